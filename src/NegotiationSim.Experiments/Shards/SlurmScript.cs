using System.Globalization;
using System.Text;

namespace NegotiationSim.Experiments.Shards;

/// <summary>
/// The sbatch scripts of a sharded run (docs/cluster.md): a job array 1…N whose task K runs shard K of N, and a merge job submitted with <c>--dependency=afterok:ARRAY</c>, which runs only when every
/// task has succeeded and writes the results folder a single run would.
/// </summary>
public static class SlurmScript
{
    /// <summary>The job array's script name in the job folder.</summary>
    public const string ShardsFile = "shards.sbatch";

    /// <summary>The merge job's script name.</summary>
    public const string MergeFile = "merge.sbatch";

    /// <summary>A script that submits both with sbatch, for those who want to look before submitting.</summary>
    public const string SubmitFile = "submit.sh";

    /// <summary>Where the shards write their partial folders, inside the job folder.</summary>
    public const string ShardsFolder = "shards";

    /// <summary>Where the merged results go.</summary>
    public const string ResultsFolder = "results";

    /// <summary>Where the jobs' output goes.</summary>
    public const string LogsFolder = "logs";

    /// <summary>The job array's script.</summary>
    public static string Shards(SlurmJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var s = Header(job, job.Name, $"{LogsFolder}/shard-%a.out");
        s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --array=1-{job.Shards}{(job.Resources.Throttle > 0 ? "%" + job.Resources.Throttle.ToString(CultureInfo.InvariantCulture) : "")}");
        s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --cpus-per-task={job.Resources.CpusPerTask}");
        s.AppendLine(CultureInfo.InvariantCulture, $"# Task K runs shard K of {job.Shards} and writes shards/shard-K-of-N. N is written here rather than read from");
        s.AppendLine("# SLURM_ARRAY_TASK_COUNT so that failed tasks can be submitted again alone (sbatch --array=5,9 THIS_FILE);");
        s.AppendLine("# --force lets such a task replace what an earlier attempt left.");
        Body(s, job);
        s.AppendLine(CultureInfo.InvariantCulture,
            $"exec {job.Negsim} {job.Command} --shard \"$SLURM_ARRAY_TASK_ID/{job.Shards}\" --threads \"${{SLURM_CPUS_PER_TASK:-1}}\" --out {Quote(Path.Combine(job.Folder, ShardsFolder))} --force");
        return s.ToString();
    }

    /// <summary>The merge job's script (submit it with --dependency=afterok:ARRAY_JOB_ID).</summary>
    public static string Merge(SlurmJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var s = Header(job, job.Name + "-merge", $"{LogsFolder}/merge.out");
        s.AppendLine("#SBATCH --cpus-per-task=1");
        s.AppendLine("# Runs after every shard succeeded (afterok); refuses, and writes nothing, if a shard is missing.");
        Body(s, job);
        s.AppendLine(CultureInfo.InvariantCulture,
            $"exec {job.Negsim} merge {Quote(Path.Combine(job.Folder, ShardsFolder))} --out {Quote(Path.Combine(job.Folder, ResultsFolder))} --force");
        return s.ToString();
    }

    /// <summary>submit.sh: submits the array, then the merge with afterok on it.</summary>
    public static string Submit(SlurmJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var s = new StringBuilder();
        s.AppendLine("#!/bin/bash");
        s.AppendLine("# Submits the shards' job array, then the merge job, which waits until every shard succeeded.");
        s.AppendLine("set -euo pipefail");
        s.AppendLine(CultureInfo.InvariantCulture, $"array=$(sbatch --parsable {Quote(Path.Combine(job.Folder, ShardsFile))})");
        s.AppendLine("array=${array%%;*}   # --parsable prints ID or ID;CLUSTER");
        s.AppendLine(CultureInfo.InvariantCulture, $"merge=$(sbatch --parsable --dependency=afterok:\"$array\" {Quote(Path.Combine(job.Folder, MergeFile))})");
        s.AppendLine("echo \"submitted job array $array and merge job ${merge%%;*}\"");
        return s.ToString();
    }

    /// <summary>Quotes <paramref name="word"/> for bash when it needs it.</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '=' or '/' or ':' or ',' or '+' or '@' or '%')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    private static StringBuilder Header(SlurmJob job, string name, string output)
    {
        var s = new StringBuilder();
        s.AppendLine("#!/bin/bash");
        s.AppendLine("# Written by negsim slurm (docs/cluster.md).");
        s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --job-name={Safe(name)}");
        s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --output={Path.Combine(job.Folder, output)}");
        if (job.Resources.Partition is { } partition) s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --partition={Safe(partition)}");
        if (job.Resources.Account is { } account) s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --account={Safe(account)}");
        if (job.Resources.Time is { } time) s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --time={Safe(time)}");
        if (job.Resources.Memory is { } memory) s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --mem={Safe(memory)}");
        foreach (var extra in job.Resources.Extra) s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH {Safe(extra)}");
        return s;
    }

    private static void Body(StringBuilder s, SlurmJob job)
    {
        s.AppendLine("set -euo pipefail");
        s.AppendLine(CultureInfo.InvariantCulture, $"cd {Quote(job.WorkingDirectory)}");
    }

    // #SBATCH lines are not parsed by bash: no quoting there, but no line breaks either.
    private static string Safe(string value) => value.Replace('\n', ' ').Replace('\r', ' ');
}
