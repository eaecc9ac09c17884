using System.Text.Json.Nodes;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Shards;

/// <summary>
/// negsim merge: shards merged give the single run's results folder (summary, tables, plots bit-identical, timing
/// fields aside), and every refusal — other experiment, seed, version or N, a duplicate, a missing shard, a folder
/// that is no shard — exits 2 with a message naming what is wrong and writes nothing.
/// </summary>
public class MergeCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private static readonly string Experiment = Repository.File("experiments/nato-russia-2022.json");

    public void Dispose() => _folder.Dispose();

    private string At(string name) => Path.Combine(_folder.Path, name);

    private static RunOptions Options(string target, long runs = 3000, ulong seed = 7, string? shard = null, bool plots = false, bool replicates = false) =>
        new(Experiment, runs, seed, target, Threads: 1, Force: false, NoPlots: !plots, SaveReplicates: replicates) { Shard = shard };

    private static void Succeeds(ExitCode code, StringWriter error) => Assert.True(code == ExitCode.Success, error.ToString());

    private static void Run(RunOptions options)
    {
        var error = new StringWriter();
        Succeeds(RunCommand.Execute(options, new StringWriter(), error, default), error);
    }

    /// <summary>Runs shards <paramref name="shards"/> of N into <paramref name="parent"/>.</summary>
    private void Shards(string parent, int n, IEnumerable<int>? shards = null, long runs = 3000, ulong seed = 7, bool plots = false, bool replicates = false)
    {
        foreach (int k in shards ?? Enumerable.Range(1, n)) Run(Options(At(parent), runs, seed, $"{k}/{n}", plots, replicates));
    }

    private (ExitCode Code, string Output, string Error) Merge(string target, params string[] folders)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = MergeCommand.Execute(folders.Select(At).ToList(), At(target), false, output, error, default);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>summary.json without the fields that record when and how fast it ran.</summary>
    internal static string Untimed(string json)
    {
        var node = JsonNode.Parse(json)!;
        var manifest = node["manifest"]!.AsObject();
        manifest.Remove("wallSeconds");
        manifest.Remove("startedUtc");
        return node.ToJsonString();
    }

    private static string ClipIds(byte[] svg) =>
        System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(svg), "cl_[0-9a-f]+", "cl_");

    private static Dictionary<string, byte[]> Files(string folder, string except) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != except)
            .ToDictionary(p => Path.GetRelativePath(folder, p), File.ReadAllBytes);

    private void AssertRefused((ExitCode Code, string Output, string Error) merge, params string[] expected)
    {
        Assert.Equal(ExitCode.UsageError, merge.Code);
        foreach (var text in expected) Assert.Contains(text, merge.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", merge.Error, StringComparison.Ordinal);
        // No results folder, and no staging folder either.
        Assert.False(Directory.Exists(At("merged")));
        Assert.Empty(Directory.GetDirectories(_folder.Path, ".merged*"));
    }

    [Fact]
    public void Merged_shards_are_the_single_run_summary_tables_and_plots_included()
    {
        Run(Options(At("single"), plots: true));
        Shards("parts", 2, plots: true);

        var (code, output, error) = Merge("merged", "parts");

        Assert.True(code == ExitCode.Success, error);
        Assert.Contains("Results: " + At("merged"), output, StringComparison.Ordinal);
        Assert.Equal(Untimed(File.ReadAllText(At("single/summary.json"))), Untimed(File.ReadAllText(At("merged/summary.json"))));
        var single = Files(At("single"), "summary.json");
        var merged = Files(At("merged"), "summary.json");
        Assert.Equal(single.Keys.Order(), merged.Keys.Order());
        Assert.Contains(single.Keys, k => k.EndsWith(".png", StringComparison.Ordinal));
        foreach (var (path, bytes) in single)
        {
            if (path.EndsWith(".svg", StringComparison.Ordinal))
                // Skia numbers SVG clip paths from a per-process counter (cl_86, …): two renderings in one test process
                // differ there only; negsim merge, a process of its own, writes the single run's bytes.
                Assert.Equal(ClipIds(bytes), ClipIds(merged[path]));
            else
                Assert.True(bytes.AsSpan().SequenceEqual(merged[path]), $"{path} differs");
        }
    }

    [Fact]
    public void Per_replicate_parquet_tables_merge_in_replicate_order_byte_for_byte()
    {
        // 40,000 replicates are three row groups of 16,384: shards cut at row groups, so the joined files are the single run's.
        Run(Options(At("single"), runs: 40_000, replicates: true));
        Shards("parts", 3, runs: 40_000, replicates: true);

        var (code, _, error) = Merge("merged", "parts");

        Assert.True(code == ExitCode.Success, error);
        foreach (var table in new[] { "replicates.parquet", "items.parquet" })
            Assert.Equal(File.ReadAllBytes(At("single/tables/" + table)), File.ReadAllBytes(At("merged/tables/" + table)));
        Assert.Equal(Untimed(File.ReadAllText(At("single/summary.json"))), Untimed(File.ReadAllText(At("merged/summary.json"))));
    }

    [Fact]
    public void More_shards_than_chunks_leaves_empty_shards_that_still_merge()
    {
        // 3,000 replicates are two chunks; shards 1, 3 and 4 of 5 … run nothing.
        Run(Options(At("single")));
        Shards("parts", 5);
        var shardJson = Directory.GetFiles(At("parts"), "shard.json", SearchOption.AllDirectories);
        Assert.Equal(5, shardJson.Length);
        Assert.Equal(3, shardJson.Count(f => JsonNode.Parse(File.ReadAllText(f))!["count"]!.GetValue<long>() == 0));

        var (code, _, error) = Merge("merged", "parts");

        Assert.True(code == ExitCode.Success, error);
        Assert.Equal(Untimed(File.ReadAllText(At("single/summary.json"))), Untimed(File.ReadAllText(At("merged/summary.json"))));
    }

    [Fact]
    public void Compare_shards_merge_into_the_single_comparison()
    {
        static CompareOptions Compare(string target, string? shard) =>
            new([Experiment], 3000, 7, target, 1, false, true, false) { Variants = ["russia-hardline"], Shard = shard };
        var error = new StringWriter();
        Succeeds(CompareCommand.Execute(Compare(At("single"), null), new StringWriter(), error, default), error);
        for (int k = 1; k <= 2; k++) Succeeds(CompareCommand.Execute(Compare(At("parts"), $"{k}/2"), new StringWriter(), error, default), error);

        var (code, _, mergeError) = Merge("merged", "parts");

        Assert.True(code == ExitCode.Success, mergeError);
        Assert.Equal(Untimed(File.ReadAllText(At("single/compare.json"))), Untimed(File.ReadAllText(At("merged/compare.json"))));
        Assert.Equal(File.ReadAllBytes(At("single/tables/compare.csv")), File.ReadAllBytes(At("merged/tables/compare.csv")));
    }

    [Fact]
    public void Sweep_shards_split_the_points_and_merge_into_the_single_sweep()
    {
        static SweepOptions Sweep(string target, string? shard) =>
            new(Experiment, ["parties.russia.outsideOption=0.2:0.7:3"], 1000, 64, 7, target, 1, false, true) { Shard = shard };
        var error = new StringWriter();
        Succeeds(SweepCommand.Execute(Sweep(At("single"), null), new StringWriter(), error, default), error);
        for (int k = 1; k <= 2; k++) Succeeds(SweepCommand.Execute(Sweep(At("parts"), $"{k}/2"), new StringWriter(), error, default), error);

        var (code, _, mergeError) = Merge("merged", "parts");

        Assert.True(code == ExitCode.Success, mergeError);
        var single = JsonNode.Parse(File.ReadAllText(At("single/sweep.json")))!;
        var merged = JsonNode.Parse(File.ReadAllText(At("merged/sweep.json")))!;
        foreach (var json in new[] { single, merged })
        {
            json["manifest"]!.AsObject().Remove("wallSeconds");
            json["manifest"]!.AsObject().Remove("startedUtc");
        }
        Assert.Equal(single.ToJsonString(), merged.ToJsonString());
        Assert.Equal(File.ReadAllBytes(At("single/tables/sweep.csv")), File.ReadAllBytes(At("merged/tables/sweep.csv")));
    }

    [Fact]
    public void Shards_of_different_experiments_are_refused()
    {
        Shards("parts", 2, [1], runs: 3000);
        Shards("parts", 2, [2], runs: 5000);

        AssertRefused(Merge("merged", "parts"), "the shards are of different experiments", "shard-0001-of-0002", "shard-0002-of-0002");
    }

    [Fact]
    public void Shards_of_different_seeds_are_refused()
    {
        Shards("parts", 2, [1], seed: 7);
        Shards("parts", 2, [2], seed: 8);

        AssertRefused(Merge("merged", "parts"), "the shards are of different seeds", "seed 7", "seed 8");
    }

    [Fact]
    public void Shards_of_another_negsim_version_are_refused()
    {
        Shards("parts", 2);
        string manifest = Path.Combine(At("parts"), "shard-0002-of-0002", "shard.json");
        var node = JsonNode.Parse(File.ReadAllText(manifest))!;
        node["version"] = "0.0.1-other";
        File.WriteAllText(manifest, node.ToJsonString());

        AssertRefused(Merge("merged", "parts"), "the shards are of different negsim versions", "0.0.1-other");
    }

    [Fact]
    public void Shards_all_made_by_another_build_than_the_merging_one_are_refused()
    {
        Shards("parts", 2);
        foreach (var manifest in Directory.GetFiles(At("parts"), "shard.json", SearchOption.AllDirectories))
        {
            var node = JsonNode.Parse(File.ReadAllText(manifest))!;
            node["commit"] = "0000000";
            File.WriteAllText(manifest, node.ToJsonString());
        }

        AssertRefused(Merge("merged", "parts"), "the shards were made by negsim", "+0000000", "this is negsim");
    }

    [Fact]
    public void Shards_of_different_shard_counts_are_refused()
    {
        Shards("parts", 2, [1]);
        Shards("parts", 3, [2, 3]);

        AssertRefused(Merge("merged", "parts"), "the shards are of different shard counts", "N = 2", "N = 3");
    }

    [Fact]
    public void A_shard_given_twice_is_refused()
    {
        Shards("parts", 2);
        Shards("copy", 2, [1]);

        AssertRefused(Merge("merged", "parts", "copy"), "shard 1/2 is given 2 times", "parts", "copy");
    }

    [Fact]
    public void Missing_shards_are_refused_and_named()
    {
        Shards("parts", 4, [1, 3]);

        AssertRefused(Merge("merged", "parts"), "2 of 4 shards are missing: 2/4, 4/4", "--shard K/4");
    }

    [Fact]
    public void A_folder_that_is_not_a_shard_is_refused()
    {
        Directory.CreateDirectory(At("empty"));

        AssertRefused(Merge("merged", "empty"), "'" + At("empty") + "' is not a shard's partial folder");
    }

    [Fact]
    public void A_damaged_accumulator_file_is_refused()
    {
        Shards("parts", 2);
        string file = Path.Combine(At("parts"), "shard-0002-of-0002", "accumulators.bin");
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);

        AssertRefused(Merge("merged", "parts"), "is not a complete accumulator file", "shard-0002-of-0002");
    }

    [Fact]
    public void A_bad_shard_option_is_a_usage_error_that_writes_nothing()
    {
        var error = new StringWriter();
        var code = RunCommand.Execute(Options(At("parts"), shard: "5/4"), new StringWriter(), error, default);

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("--shard 5/4: K must be between 1 and N", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(At("parts")));
    }
}
