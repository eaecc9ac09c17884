using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NegotiationSim.Engine.Sampling;

/// <summary>
/// A SplitMix64 generator (Steele, Lea &amp; Flood 2014): one 64-bit state, a Weyl increment and a
/// bijective finaliser. Each (seed, replicate, stream key) gets its own stream, so a replicate's draws
/// never depend on thread count, chunking or on which other parameters are uncertain
/// (common random numbers survive variants that add or remove uncertain parameters).
/// A value type with no references: it can live in registers and compiles for a GPU unchanged.
/// </summary>
internal struct RandomStream
{
    /// <summary>The Weyl increment added to the state before each output.</summary>
    internal const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    /// <summary>A stream whose first output is the SplitMix64 output after <paramref name="state"/>.</summary>
    public RandomStream(ulong state) => _state = state;

    /// <summary>The stream of replicate <paramref name="replicate"/> for the stream named by <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static RandomStream For(ulong seed, long replicate, ulong key) => For(KeyBase(seed, key), ReplicateMix(replicate));

    /// <summary>The per-run half of a stream's derivation; callers that open many streams per replicate compute it once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong KeyBase(ulong seed, ulong key) => Mix(seed ^ key);

    /// <summary>The per-replicate half of a stream's derivation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ReplicateMix(long replicate) => Mix((ulong)replicate ^ 0xD1B54A32D192ED03UL);

    /// <summary>The stream whose halves are <paramref name="keyBase"/> and <paramref name="replicateMix"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static RandomStream For(ulong keyBase, ulong replicateMix) => new(Mix(keyBase + replicateMix));

    /// <summary>The SplitMix64 finaliser: a bijection of 64-bit words with full avalanche.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary><see cref="Mix(ulong)"/> on four words at once: the same bits in every lane, for the block samplers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<ulong> Mix(Vector256<ulong> z)
    {
        z = (z ^ (z >>> 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
        z = (z ^ (z >>> 27)) * Vector256.Create(0x94D049BB133111EBUL);
        return z ^ (z >>> 31);
    }

    /// <summary>Next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>Uniform on (0, 1): never 0, so safe for logarithms.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / 9007199254740992.0);

    /// <summary>A stable 64-bit key for a stream name (FNV-1a, then mixed), e.g. a parameter's path.</summary>
    public static ulong KeyOf(string name)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in name)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        return Mix(h);
    }
}
