using NegotiationSim.Sensitivity;

namespace NegotiationSim.Tests.Compare;

/// <summary>The Saltelli design and estimators against the analytic Sobol' indices of the Ishigami function.</summary>
public class SobolIndicesTests
{
    private const double A = 7, B = 0.1;

    /// <summary>Ishigami & Homma (1990): f(x) = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁, x uniform on [−π, π]³.</summary>
    private static double Ishigami(double[] unit)
    {
        double x1 = -Math.PI + 2 * Math.PI * unit[0], x2 = -Math.PI + 2 * Math.PI * unit[1], x3 = -Math.PI + 2 * Math.PI * unit[2];
        return Math.Sin(x1) + A * Math.Sin(x2) * Math.Sin(x2) + B * Math.Pow(x3, 4) * Math.Sin(x1);
    }

    [Fact]
    public void TheIshigamiIndicesAreReproducedWithinTwoHundredths()
    {
        // Analytic values (a = 7, b = 0.1): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2.
        double pi4 = Math.Pow(Math.PI, 4), pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.Pow(1 + B * pi4 / 5, 2), v2 = A * A / 8, v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] s1 = [v1 / v, v2 / v, 0], st = [(v1 + v13) / v, v2 / v, v13 / v];
        Assert.Equal(0.3139, s1[0], 3);
        Assert.Equal(0.4424, s1[1], 3);
        Assert.Equal(0.5576, st[0], 3);
        Assert.Equal(0.2437, st[2], 3);

        var design = new SaltelliDesign(8192, 3);
        var outputs = design.Rows.Select(Ishigami).ToArray();
        var indices = design.Analyse(outputs, bootstrap: 200, seed: 3);

        // Tolerance 0.02 absolute: with 2^13 Sobol' base rows the estimators' error is a few thousandths.
        for (int i = 0; i < 3; i++)
        {
            Assert.InRange(indices[i].First, s1[i] - 0.02, s1[i] + 0.02);
            Assert.InRange(indices[i].Total, st[i] - 0.02, st[i] + 0.02);
            Assert.True(indices[i].FirstLower <= indices[i].First && indices[i].First <= indices[i].FirstUpper);
            Assert.True(indices[i].TotalLower <= indices[i].Total && indices[i].Total <= indices[i].TotalUpper);
        }
    }

    [Fact]
    public void TheSobolSequenceStartsWithTheKnownPoints()
    {
        // Dimension 1 is van der Corput in base 2; dimension 2 (s = 1, m = 1) gives 0, 1/2, 1/4, 3/4, 3/8, 7/8, ...
        var points = SobolSequence.Points(6, 2, skip: 0);
        double[] first = [0, 0.5, 0.75, 0.25, 0.375, 0.875];
        double[] second = [0, 0.5, 0.25, 0.75, 0.375, 0.875];
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(first[i], points[i][0]);
            Assert.Equal(second[i], points[i][1]);
        }
    }

    [Fact]
    public void EveryDimensionIsBalancedOverAPowerOfTwo()
    {
        // A (t, m, s)-net property: the first 2^k points put exactly half of each coordinate below 1/2.
        var points = SobolSequence.Points(1024, SobolSequence.MaxDimensions, skip: 0);
        for (int d = 0; d < SobolSequence.MaxDimensions; d++)
            Assert.Equal(512, points.Count(p => p[d] < 0.5));
    }

    [Fact]
    public void AnOutputThatDoesNotVaryHasNoIndices()
    {
        var design = new SaltelliDesign(64, 2);
        var indices = design.Analyse(Enumerable.Repeat(0.3, design.Rows.Count).ToArray(), bootstrap: 10);
        Assert.All(indices, i => Assert.True(double.IsNaN(i.First) && double.IsNaN(i.Total)));
    }
}
