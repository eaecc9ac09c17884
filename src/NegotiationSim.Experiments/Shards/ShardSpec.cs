using System.Globalization;

namespace NegotiationSim.Experiments.Shards;

/// <summary>Which shard of how many a process runs: shard <see cref="Shard"/> of <see cref="Shards"/>, counted from 1.</summary>
/// <param name="Shard">1 … <see cref="Shards"/>.</param>
/// <param name="Shards">N ≥ 1.</param>
public sealed record ShardSpec(int Shard, int Shards)
{
    /// <summary>The value of <c>--shard</c> that reads the Slurm job array's environment.</summary>
    public const string Slurm = "slurm";

    /// <summary>"K/N".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Shard}/{Shards}");

    /// <summary>The partial folder's name, shard-K-of-N with K and N zero-padded to the same width, so that names sort in shard order.</summary>
    public string FolderName
    {
        get
        {
            int width = Math.Max(4, Shards.ToString(CultureInfo.InvariantCulture).Length);
            return "shard-" + Shard.ToString("D" + width, CultureInfo.InvariantCulture) + "-of-" + Shards.ToString("D" + width, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// Reads <c>--shard</c>: "K/N" (1 ≤ K ≤ N), or "slurm" for the task of a Slurm job array, which reads
    /// SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT and SLURM_ARRAY_TASK_MIN (K = ID − MIN + 1, N = COUNT); the array
    /// must be contiguous (e.g. --array=0-15 or 1-16, a % limit is fine, a :step is not).
    /// </summary>
    /// <param name="text">The option's value.</param>
    /// <param name="environment">Looks up an environment variable (Environment.GetEnvironmentVariable, or a test's table).</param>
    /// <exception cref="ShardException">The value is neither, or the Slurm variables are missing or inconsistent.</exception>
    public static ShardSpec Parse(string text, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        if (string.Equals(text.Trim(), Slurm, StringComparison.OrdinalIgnoreCase)) return FromSlurm(environment);
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            throw new ShardException($"--shard {text}: expected K/N (shard K of N, counted from 1, e.g. --shard 3/8) or --shard slurm");
        if (n < 1 || k < 1 || k > n)
            throw new ShardException($"--shard {text}: K must be between 1 and N, and N at least 1 (e.g. --shard 1/{Math.Max(n, 1)} … {Math.Max(n, 1)}/{Math.Max(n, 1)})");
        return new ShardSpec(k, n);
    }

    private static ShardSpec FromSlurm(Func<string, string?> environment)
    {
        long Read(string name, bool required, long fallback)
        {
            string? value = environment(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required) throw new ShardException($"--shard slurm: {name} is not set; run this command as a task of a Slurm job array (sbatch --array=…), or give --shard K/N");
                return fallback;
            }
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long x))
                throw new ShardException($"--shard slurm: {name}={value} is not a whole number");
            return x;
        }
        long id = Read("SLURM_ARRAY_TASK_ID", true, 0);
        long count = Read("SLURM_ARRAY_TASK_COUNT", true, 0);
        long min = Read("SLURM_ARRAY_TASK_MIN", false, 0);
        long max = Read("SLURM_ARRAY_TASK_MAX", false, min + count - 1);
        if (count < 1 || count > int.MaxValue) throw new ShardException($"--shard slurm: SLURM_ARRAY_TASK_COUNT={count} is not a usable number of shards");
        // A stepped or gappy array (--array=0-30:2, --array=1,4,9) would leave shards that no task runs.
        if (max - min + 1 != count)
            throw new ShardException($"--shard slurm: the job array is not contiguous (tasks {min}–{max} but {count} of them); submit it as --array=0-{count - 1} (a %limit is fine, a :step is not)");
        if (id < min || id > max) throw new ShardException($"--shard slurm: SLURM_ARRAY_TASK_ID={id} lies outside the array {min}–{max}");
        return new ShardSpec((int)(id - min + 1), (int)count);
    }
}
