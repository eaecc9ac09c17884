namespace NegotiationSim.Experiments.Shards;

/// <summary>
/// A shard cannot be run or shards cannot be merged as asked (bad <c>--shard</c>, a folder that is not a shard's
/// partial folder, shards that do not belong together): a user-facing error, turned into exit code 2 by the CLI.
/// </summary>
public sealed class ShardException(string message) : Exception(message);
