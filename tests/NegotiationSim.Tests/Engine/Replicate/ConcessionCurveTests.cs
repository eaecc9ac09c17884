using NegotiationSim.Engine.Replicate;

namespace NegotiationSim.Tests.Engine.Replicate;

public class ConcessionCurveTests
{
    [Theory]
    [InlineData(0.2, 0.0)]
    [InlineData(1.0, 0.3)]
    [InlineData(5.0, 0.1)]
    public void StartsAtInitialConcessionAndEndsFullyConceded(double exponent, double initial)
    {
        Assert.Equal(initial, ConcessionCurve.Fraction(0, initial, exponent), 12);
        Assert.Equal(1.0, ConcessionCurve.Fraction(1, initial, exponent), 12);
    }

    [Fact]
    public void IsMonotoneInTime()
    {
        foreach (double e in new[] { 0.1, 0.5, 1, 2, 10 })
        {
            double previous = -1;
            for (int t = 0; t <= 100; t++)
            {
                double f = ConcessionCurve.Fraction(t / 100.0, 0, e);
                Assert.True(f >= previous, $"F decreased at t={t} for e={e}");
                previous = f;
            }
        }
    }

    [Fact]
    public void BoulwareConcedesLessThanLinearWhichConcedesLessThanConceder()
    {
        for (int t = 1; t < 100; t++)
        {
            double tau = t / 100.0;
            double boulware = ConcessionCurve.Fraction(tau, 0, 0.3), linear = ConcessionCurve.Fraction(tau, 0, 1), conceder = ConcessionCurve.Fraction(tau, 0, 3);
            Assert.True(boulware < linear && linear < conceder, $"order broken at τ={tau}");
            Assert.Equal(tau, linear, 12);
        }
    }

    [Fact]
    public void AspirationRunsFromIdealToFloor()
    {
        Assert.Equal(1.0, ConcessionCurve.Aspiration(0.4, 0), 12);
        Assert.Equal(0.4, ConcessionCurve.Aspiration(0.4, 1), 12);
        Assert.Equal(0.7, ConcessionCurve.Aspiration(0.4, 0.5), 12);
    }

    [Fact]
    public void TheKernelsLogFormAgreesWithTheCurve()
    {
        // The kernel evaluates F from a per-meeting table of ln τ; it must be the same curve the tests above check.
        foreach (double e in new[] { 0.05, 0.3, 1, 4 })
            for (int t = 0; t < 20; t++)
            {
                double tau = t / 19.0;
                Assert.Equal(ConcessionCurve.Fraction(tau, 0.1, e), ConcessionCurve.FractionFromLog(Math.Log(tau), 0.1, 1 / e), 12);
            }
    }
}
