namespace NegotiationSim.Tests.Peer;

/// <summary>
/// A plain transcription of docs/peer-scenario.md with arrays and loops, written apart from the kernels,
/// as the oracle they are checked against: its own SplitMix64, t^e by Math.Pow in every round, Math.Round, direct
/// formulas. It sums over issues in the kernels' order (numpy's pairwise order for 8; docs/peer-scenario.md, "Arithmetic left open, and fixed here"), so results agree bit
/// for bit.
/// </summary>
internal static class PeerReferenceModel
{
    private static readonly double[] Exponents = [4.0, 1.0, 0.25];

    public sealed record Result(bool Agreed, int Rounds, int[] Agreement, double[] Utilities);

    public static ulong NextSplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Runs scenario <paramref name="seed"/>.</summary>
    /// <param name="seed">The scenario j.</param>
    /// <param name="steps">The deadline in rounds.</param>
    /// <param name="pairwise">
    /// True: the kernels' arithmetic. False: a different but equally valid reading of the formulas (left-to-right
    /// sums, "/ 10" inside each term), to show that such last-bit choices do not change outcomes.
    /// </param>
    public static Result Run(long seed, int steps, bool pairwise = true)
    {
        double Sum8(double[] x) => pairwise
            ? ((x[0] + x[1]) + (x[2] + x[3])) + ((x[4] + x[5]) + (x[6] + x[7]))
            : x[0] + x[1] + x[2] + x[3] + x[4] + x[5] + x[6] + x[7];
        double ByTen(double x) => pairwise ? x : x / 10;
        double SumByTen(double[] x) => pairwise ? Sum8(x) / 10 : Sum8(x);

        ulong state = (ulong)seed;
        double NextDouble(ref ulong s) => (NextSplitMix(ref s) >> 11) * Math.Pow(2, -53);

        var w = new double[3][];
        var ideal = new int[3][];
        var reserved = new double[3];
        for (int p = 0; p < 3; p++)
        {
            var raw = new double[8];
            for (int k = 0; k < 8; k++) raw[k] = NextDouble(ref state);
            double sum = Sum8(raw);
            w[p] = new double[8];
            for (int k = 0; k < 8; k++) w[p][k] = raw[k] / sum;
            ideal[p] = new int[8];
            for (int k = 0; k < 8; k++) ideal[p][k] = Math.Min(10, (int)Math.Floor(11 * NextDouble(ref state)));
            reserved[p] = 0.30 + 0.30 * NextDouble(ref state);
        }

        double U(int p, int[] x)
        {
            var terms = new double[8];
            for (int k = 0; k < 8; k++) terms[k] = w[p][k] * (1 - Math.Abs(x[k] - ideal[p][k]) / 10.0);
            return Sum8(terms);
        }

        var m = new double[3];
        var target = new double[3][];
        var distance = new double[3];
        for (int p = 0; p < 3; p++)
        {
            var worst = new double[8];
            for (int k = 0; k < 8; k++) worst[k] = ByTen(w[p][k] * Math.Max(ideal[p][k], 10 - ideal[p][k]));
            double uMin = 1 - SumByTen(worst);
            m[p] = Math.Max(reserved[p], uMin);
            int a = (p + 1) % 3, b = (p + 2) % 3;
            target[p] = new double[8];
            var gap = new double[8];
            for (int k = 0; k < 8; k++)
            {
                target[p][k] = (ideal[a][k] + ideal[b][k]) / 2.0;
                gap[k] = ByTen(w[p][k] * Math.Abs(target[p][k] - ideal[p][k]));
            }
            distance[p] = SumByTen(gap);
        }

        int[] MakeOffer(int p, double threshold)
        {
            double lambda = distance[p] == 0 ? 0 : Math.Clamp((1 - threshold) / distance[p], 0, 1);
            var x = new int[8];
            for (int k = 0; k < 8; k++)
                x[k] = (int)Math.Round(ideal[p][k] + lambda * (target[p][k] - ideal[p][k]), MidpointRounding.ToEven);
            return x;
        }

        int[]? standing = null;
        int acceptances = 0;
        for (int k = 0; k < steps; k++)
        {
            double t = (double)(k + 1) / (steps + 1);
            for (int p = 0; p < 3; p++)
            {
                double threshold = m[p] + (1 - Math.Pow(t, Exponents[p])) * (1 - m[p]);
                if (standing is not null && U(p, standing) >= threshold)
                {
                    if (++acceptances == 3)
                        return new Result(true, k + 1, standing, [U(0, standing), U(1, standing), U(2, standing)]);
                }
                else
                {
                    standing = MakeOffer(p, threshold);
                    acceptances = 1;
                }
            }
        }
        return new Result(false, steps, new int[8], [0, 0, 0]);
    }
}
