using System.Buffers.Binary;

namespace NegotiationSim.Plots;

/// <summary>
/// Records a PNG's resolution (its pHYs chunk), which Skia's encoder leaves out. Journals' upload checks and
/// layout programs read the print size from it; without it a 300 dpi figure is taken for 72 dpi and placed 4× too large.
/// </summary>
internal static class PngResolution
{
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary>The PNG <paramref name="png"/> with a pHYs chunk for <paramref name="dpi"/> right after its header chunk.</summary>
    public static byte[] With(byte[] png, double dpi)
    {
        // Signature (8 bytes), then IHDR: length (4), type (4), 13 bytes of data, CRC (4).
        const int AfterHeader = 8 + 4 + 4 + 13 + 4;
        uint perMetre = (uint)Math.Round(dpi / 0.0254);
        var chunk = new byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), perMetre);
        chunk[16] = 1;   // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc(chunk.AsSpan(4, 13)));
        return [.. png.AsSpan(0, AfterHeader), .. chunk, .. png.AsSpan(AfterHeader)];
    }

    /// <summary>The resolution a PNG records, in dots per inch, or null when it records none.</summary>
    public static double? Of(byte[] png)
    {
        int at = 8;
        while (at + 8 <= png.Length)
        {
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("pHYs"u8) && png[at + 16] == 1)
                return BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8)) * 0.0254;
            at += 12 + length;
        }
        return null;
    }

    // The CRC-32 of the PNG specification (ISO 3309), over chunk type and data.
    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        uint c = 0xFFFFFFFF;
        foreach (byte b in bytes) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFF;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
