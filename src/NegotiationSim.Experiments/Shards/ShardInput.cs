namespace NegotiationSim.Experiments.Shards;

/// <summary>An experiment file a shard read, kept in its partial folder so that the merge reads the very same bytes.</summary>
/// <param name="Path">The path as the command was given it (how results name their source).</param>
/// <param name="File">The copy's name inside the partial folder's inputs/ folder.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
public sealed record ShardInput(string Path, string File, string Sha256);
