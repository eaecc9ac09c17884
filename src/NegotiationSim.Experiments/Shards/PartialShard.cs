namespace NegotiationSim.Experiments.Shards;

/// <summary>A shard's partial folder, read back for merging.</summary>
/// <param name="Folder">The folder as given (how messages name it).</param>
/// <param name="Manifest">Its shard.json.</param>
public sealed record PartialShard(string Folder, ShardManifest Manifest)
{
    /// <summary>Reads its accumulator arrays.</summary>
    /// <exception cref="ShardException">accumulators.bin is missing or damaged.</exception>
    public long[][] ReadAccumulators() => AccumulatorFile.Read(Path.Combine(Folder, AccumulatorFile.FileName));

    /// <summary>The bytes of the input given as <paramref name="path"/>, checked against the hash shard.json recorded; null when the shard read no such file.</summary>
    /// <exception cref="ShardException">The copy cannot be read or was changed.</exception>
    public byte[]? ReadInput(string path)
    {
        var input = Manifest.Inputs.FirstOrDefault(i => i.Path == path);
        if (input is null) return null;
        string file = Path.Combine(Folder, PartialFolder.InputsFolder, input.File);
        byte[] bytes;
        try { bytes = File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ShardException($"cannot read '{file}': {e.Message}");
        }
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        if (sha != input.Sha256) throw new ShardException($"'{file}' was changed after the shard ran (SHA-256 {sha}, shard.json recorded {input.Sha256})");
        return bytes;
    }
}
