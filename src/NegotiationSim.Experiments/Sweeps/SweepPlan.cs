using NegotiationSim.Diagnostics;
using NegotiationSim.Sensitivity;

namespace NegotiationSim.Experiments.Sweeps;

/// <summary>
/// Where a sweep runs the model: a grid for one or two parameters (every combination of their values), or for
/// three or more a <see cref="SaltelliDesign"/> on a Sobol' sequence, whose points give Sobol' indices.
/// </summary>
public sealed class SweepPlan
{
    /// <summary>Default grid values for a one-parameter sweep.</summary>
    public const int DefaultSteps1D = 11;

    /// <summary>Default grid values per axis for a two-parameter sweep.</summary>
    public const int DefaultSteps2D = 9;

    private SweepPlan(IReadOnlyList<SweepParameter> parameters, IReadOnlyList<(string Block, double[] Values)> points, SaltelliDesign? saltelli)
    {
        Parameters = parameters;
        Points = points;
        Saltelli = saltelli;
    }

    /// <summary>The swept parameters, in command-line order.</summary>
    public IReadOnlyList<SweepParameter> Parameters { get; }

    /// <summary>Every point: its block ("grid", or "A", "B", "AB0"… in a Saltelli design) and the parameters' values.</summary>
    public IReadOnlyList<(string Block, double[] Values)> Points { get; }

    /// <summary>The Saltelli design for three or more parameters; null for a grid.</summary>
    public SaltelliDesign? Saltelli { get; }

    /// <summary>"grid" or "saltelli".</summary>
    public string Design => Saltelli is null ? "grid" : "saltelli";

    /// <summary>The plan for <paramref name="parameters"/>; <paramref name="baseSamples"/> (N) sizes a Saltelli design of N(d + 2) points.</summary>
    /// <exception cref="ExperimentException">No parameter, a parameter given twice, or too many for a Saltelli design.</exception>
    public static SweepPlan Create(IReadOnlyList<SweepParameter> parameters, int baseSamples)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count == 0)
            throw Error("", "a sweep needs at least one --param", "Example: --param parties.russia.outsideOption=0.2:0.7:11.");
        var twice = parameters.GroupBy(p => p.Path).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw Error(twice.Key, "the parameter is given twice", "Give each --param once.");

        if (parameters.Count == 1)
        {
            var p = parameters[0];
            int n = p.Steps ?? DefaultSteps1D;
            return new SweepPlan(parameters, Enumerable.Range(0, n).Select(i => ("grid", new[] { p.At((double)i / (n - 1)) })).ToList(), null);
        }
        if (parameters.Count == 2)
        {
            var (p, q) = (parameters[0], parameters[1]);
            int n = p.Steps ?? DefaultSteps2D, m = q.Steps ?? DefaultSteps2D;
            var points = new List<(string, double[])>();
            for (int i = 0; i < n; i++)
                for (int j = 0; j < m; j++)
                    points.Add(("grid", [p.At((double)i / (n - 1)), q.At((double)j / (m - 1))]));
            return new SweepPlan(parameters, points, null);
        }
        if (parameters.Count > SaltelliDesign.MaxParameters)
            throw Error("", $"a Saltelli design takes at most {SaltelliDesign.MaxParameters} parameters, got {parameters.Count}", "Sweep fewer parameters at once.");
        if (baseSamples < 2) throw Error("", $"--samples must be at least 2, got {baseSamples}", "A power of 2 such as 64 or 256 balances the Sobol' points best.");
        var design = new SaltelliDesign(baseSamples, parameters.Count);
        var rows = design.Rows.Select((u, row) => (design.Block(row), u.Select((x, i) => parameters[i].At(x)).ToArray())).ToList();
        return new SweepPlan(parameters, rows, design);
    }

    private static ExperimentException Error(string path, string message, string hint) =>
        new([new UserError(SweepParameter.Origin, 0, 0, path, message, hint)]);
}
