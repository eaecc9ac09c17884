using System.Globalization;

namespace NegotiationSim.Experiments.Shards;

/// <summary>
/// All N shards of one run, checked to belong together: same tool build (and this one), same run (command, options
/// and inputs), same seed, same N, each shard once, none missing. Only then are their accumulators combined, so a
/// merge either gives the single run's numbers exactly or refuses (docs/model.md §8).
/// </summary>
public sealed class ShardSet
{
    private ShardSet(IReadOnlyList<PartialShard> shards) => Shards = shards;

    /// <summary>The shards in order 1 … N.</summary>
    public IReadOnlyList<PartialShard> Shards { get; }

    /// <summary>Shard 1's manifest (all agree on what matters).</summary>
    public ShardManifest First => Shards[0].Manifest;

    /// <summary>Sum of the shards' wall times: the simulation's cost, as a single run records its own wall time.</summary>
    public double WallSeconds => Shards.Sum(s => s.Manifest.WallSeconds);

    /// <summary>When the earliest shard started.</summary>
    public DateTime StartedUtc => Shards.Min(s => s.Manifest.StartedUtc);

    /// <summary>
    /// Checks that <paramref name="shards"/> are exactly the N shards of one run, made by <paramref name="build"/>
    /// ("VERSION+COMMIT" of the merging tool), and puts them in shard order.
    /// </summary>
    /// <exception cref="ShardException">They are not; the message lists every reason and names the folders and shards.</exception>
    public static ShardSet Check(IReadOnlyList<PartialShard> shards, string build)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0) throw new ShardException("no partial folders to merge");
        var problems = new List<string>();

        void Differ(string what, Func<ShardManifest, string> key, string hint)
        {
            var groups = shards.GroupBy(s => key(s.Manifest)).ToList();
            if (groups.Count < 2) return;
            problems.Add($"the shards are of different {what}: " +
                string.Join("; ", groups.Select(g => $"{g.Key} in {Folders(g)}")) + ". " + hint);
        }

        var other = shards.Where(s => s.Manifest.Build != build).ToList();
        Differ("negsim versions", m => m.Build, "Run every shard, and the merge, with the same negsim build.");
        if (other.Count > 0 && shards.Select(s => s.Manifest.Build).Distinct().Count() == 1)
            problems.Add($"the shards were made by negsim {other[0].Manifest.Build}, this is negsim {build}; merge them with the negsim that ran them");
        Differ("experiments", m => $"{m.Command} of {m.Experiment} (run {m.ExperimentSha256[..Math.Min(12, m.ExperimentSha256.Length)]})", "Merge only the shards of one command line.");
        Differ("seeds", m => "seed " + m.Seed.ToString(CultureInfo.InvariantCulture), "Merge only the shards of one seed.");
        Differ("shard counts", m => "N = " + m.Shards.ToString(CultureInfo.InvariantCulture), "Merge only the shards of one --shard K/N split.");
        if (problems.Count > 0) throw new ShardException(problems);

        int n = shards[0].Manifest.Shards;
        foreach (var twice in shards.GroupBy(s => s.Manifest.Shard).Where(g => g.Count() > 1))
            problems.Add($"shard {twice.Key}/{n} is given {twice.Count()} times: {Folders(twice)}. Give each shard once.");
        var present = shards.Select(s => s.Manifest.Shard).ToHashSet();
        var missing = Enumerable.Range(1, n).Where(k => !present.Contains(k)).ToList();
        if (missing.Count > 0)
            problems.Add($"{missing.Count} of {n} shards {(missing.Count == 1 ? "is" : "are")} missing: " +
                Names(missing, n) + ". Run " + (missing.Count == 1 ? "it" : "them") + " (--shard K/" + n + ") and merge again.");
        var outOfRange = shards.Where(s => s.Manifest.Shard < 1 || s.Manifest.Shard > n).ToList();
        foreach (var s in outOfRange) problems.Add($"'{s.Folder}' says it is shard {s.Manifest.Shard} of {n}");
        if (problems.Count > 0) throw new ShardException(problems);

        var ordered = shards.OrderBy(s => s.Manifest.Shard).ToList();
        // The ranges follow from (units, K, N); a gap or overlap means a folder was edited or damaged.
        long next = 0;
        foreach (var s in ordered)
        {
            if (s.Manifest.First != next || s.Manifest.Count < 0)
                throw new ShardException($"'{s.Folder}' (shard {s.Manifest.Spec}) covers {s.Manifest.Unit} {s.Manifest.First}…{s.Manifest.First + s.Manifest.Count - 1}, expected to start at {next}; the folder is damaged, run that shard again");
            next += s.Manifest.Count;
        }
        if (next != ordered[0].Manifest.Units)
            throw new ShardException($"the shards cover {next:N0} of {ordered[0].Manifest.Units:N0} {ordered[0].Manifest.Unit}; a folder is damaged");
        return new ShardSet(ordered);
    }

    /// <summary>
    /// The run's accumulator arrays: the shards' arrays added element by element (replicate shards), or put one
    /// after another in shard order (sweep points), as shard.json's "combine" says.
    /// </summary>
    /// <exception cref="ShardException">An accumulator file is damaged or of another shape.</exception>
    public IReadOnlyList<long[]> Combine()
    {
        if (First.Combine == ShardManifest.CombineConcatenate)
            return Shards.SelectMany(s => s.ReadAccumulators()).ToList();
        long[][]? total = null;
        foreach (var shard in Shards)
        {
            var arrays = shard.ReadAccumulators();
            if (total is null) { total = arrays; continue; }
            if (arrays.Length != total.Length || arrays.Where((a, i) => a.Length != total[i].Length).Any())
                throw new ShardException($"'{shard.Folder}': its accumulators have another shape than shard 1's; the folder is damaged");
            for (int a = 0; a < arrays.Length; a++)
            {
                var into = total[a];
                var add = arrays[a];
                for (int i = 0; i < into.Length; i++) into[i] += add[i];
            }
        }
        return total!;
    }

    private static string Folders(IEnumerable<PartialShard> shards)
    {
        var list = shards.Select(s => $"'{s.Folder}'").ToList();
        return list.Count <= 3 ? string.Join(", ", list) : string.Join(", ", list.Take(3)) + $" and {list.Count - 3} more";
    }

    /// <summary>"2/8, 5/8" — all of them when few, else the first ten and a count.</summary>
    private static string Names(IReadOnlyList<int> shards, int n)
    {
        var names = shards.Take(10).Select(k => $"{k}/{n}");
        return string.Join(", ", names) + (shards.Count > 10 ? $" and {shards.Count - 10} more" : "");
    }
}
