using System.Text.Json;

namespace NegotiationSim.Experiments.Shards;

/// <summary>shard.json: what a partial folder holds and which run it is a shard of (docs/outputs.md, "Partial folders").</summary>
/// <param name="Format">"negsim-shard/1".</param>
/// <param name="Tool">"negsim".</param>
/// <param name="Version">Tool version that ran the shard.</param>
/// <param name="Commit">Commit the tool was built from.</param>
/// <param name="Command">The command that ran it: "run", "compare" or "sweep".</param>
/// <param name="Experiment">The experiment's (or first arm's) scenario name, for messages.</param>
/// <param name="ExperimentSha256">
/// Identity of the whole run: SHA-256 over the command, its options (all but seed, shard, output folder, force and
/// threads) and every input file's SHA-256. Shards merge only when it is equal.
/// </param>
/// <param name="Seed">Master seed of the run.</param>
/// <param name="Shard">K, 1 … N.</param>
/// <param name="Shards">N.</param>
/// <param name="Unit">What is split among shards: "replicates" or "points".</param>
/// <param name="Units">Units in the whole run.</param>
/// <param name="First">First unit this shard ran.</param>
/// <param name="Count">Units this shard ran (0 for an empty shard).</param>
/// <param name="Combine">How shards' accumulator arrays merge: "sum" (element by element) or "concatenate" (in shard order).</param>
/// <param name="Threads">Worker threads of the shard.</param>
/// <param name="WallSeconds">Wall time of the shard's simulation.</param>
/// <param name="StartedUtc">When the shard started.</param>
/// <param name="Inputs">Experiment files read, copied under inputs/.</param>
/// <param name="Options">The command's options as JSON, for the merge to finish the run as the command would.</param>
public sealed record ShardManifest(
    string Format, string Tool, string Version, string Commit, string Command, string Experiment, string ExperimentSha256,
    ulong Seed, int Shard, int Shards, string Unit, long Units, long First, long Count, string Combine,
    int Threads, double WallSeconds, DateTime StartedUtc, IReadOnlyList<ShardInput> Inputs, JsonElement Options)
{
    /// <summary>The value of <see cref="Format"/> this version writes and reads.</summary>
    public const string CurrentFormat = "negsim-shard/1";

    /// <summary>Accumulator arrays are added element by element (replicate shards).</summary>
    public const string CombineSum = "sum";

    /// <summary>Accumulator arrays are put one after another in shard order (sweep points).</summary>
    public const string CombineConcatenate = "concatenate";

    /// <summary>Whether the partial folder holds this shard's per-replicate Parquet tables (tables/).</summary>
    public bool Tables { get; init; }

    /// <summary>"K/N".</summary>
    public ShardSpec Spec => new(Shard, Shards);

    /// <summary>Tool version and commit, as compared between shards.</summary>
    public string Build => Version + "+" + Commit;
}
