using NegotiationSim.Forecasting;

namespace NegotiationSim.Tests.Forecasting;

/// <summary>Small cases built in code, so each model test states what it assumes.</summary>
internal static class Cases
{
    /// <summary>An actor (name, position, salience, capability).</summary>
    public static CaseActor A(string name, double position, double salience = 50, double capability = 1) => new(name, position, salience, capability);

    /// <summary>A case with the given actors, reference point and outcome.</summary>
    public static NegotiationCase Case(double referencePoint, double outcome, params CaseActor[] actors) =>
        new("i1", "p1", "COD", actors, referencePoint, outcome);
}
