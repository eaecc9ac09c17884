using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace NegotiationSim.Experiments.Shards;

/// <summary>
/// accumulators.bin: a shard's raw integer accumulators as a list of 64-bit arrays, little-endian. The file knows
/// nothing of what the arrays mean (an outcome accumulator's counters, a paired accumulator's words), so outcome
/// fields added to the model merge without a change here; merging integers is exact (docs/model.md §8).
/// </summary>
/// <remarks>Layout: the 8 bytes "NSACC001", an int64 array count, then per array an int64 length and its values.</remarks>
public static class AccumulatorFile
{
    /// <summary>The file's name in a partial folder.</summary>
    public const string FileName = "accumulators.bin";

    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("NSACC001");

    /// <summary>Writes <paramref name="arrays"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<long[]> arrays)
    {
        ArgumentNullException.ThrowIfNull(arrays);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        stream.Write(Magic);
        Span<byte> word = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(word, arrays.Count);
        stream.Write(word);
        foreach (var array in arrays)
        {
            BinaryPrimitives.WriteInt64LittleEndian(word, array.Length);
            stream.Write(word);
            if (BitConverter.IsLittleEndian) stream.Write(MemoryMarshal.AsBytes(array.AsSpan()));
            else foreach (long x in array) { BinaryPrimitives.WriteInt64LittleEndian(word, x); stream.Write(word); }
        }
    }

    /// <summary>Reads the arrays written by <see cref="Write"/>.</summary>
    /// <exception cref="ShardException">The file is missing, truncated or not an accumulator file.</exception>
    public static long[][] Read(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ShardException($"cannot read '{path}': {e.Message}");
        }
        var span = bytes.AsSpan();
        string Corrupt() => $"'{path}' is not a complete accumulator file (truncated or damaged); run that shard again";
        if (span.Length < 16 || !span[..8].SequenceEqual(Magic)) throw new ShardException(Corrupt());
        long count = BinaryPrimitives.ReadInt64LittleEndian(span[8..]);
        span = span[16..];
        if (count < 0 || count > span.Length / 8) throw new ShardException(Corrupt());
        var arrays = new long[count][];
        for (long a = 0; a < count; a++)
        {
            if (span.Length < 8) throw new ShardException(Corrupt());
            long length = BinaryPrimitives.ReadInt64LittleEndian(span);
            span = span[8..];
            if (length < 0 || length > span.Length / 8) throw new ShardException(Corrupt());
            var array = new long[length];
            var data = span[..(int)(length * 8)];
            if (BitConverter.IsLittleEndian) data.CopyTo(MemoryMarshal.AsBytes(array.AsSpan()));
            else for (int i = 0; i < array.Length; i++) array[i] = BinaryPrimitives.ReadInt64LittleEndian(data[(8 * i)..]);
            arrays[a] = array;
            span = span[(int)(length * 8)..];
        }
        if (span.Length != 0) throw new ShardException(Corrupt());
        return arrays;
    }
}
