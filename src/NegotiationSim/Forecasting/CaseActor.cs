namespace NegotiationSim.Forecasting;

/// <summary>One actor involved in a <see cref="NegotiationCase"/>: its stance on the case's single issue.</summary>
/// <param name="Name">Actor code as in the data (e.g. "com", "de").</param>
/// <param name="Position">Position on the case's 0–100 scale.</param>
/// <param name="Salience">How much the issue matters to the actor, 0–100 (a blank salience is read as 0).</param>
/// <param name="Capability">Weight in weighted models, ≥ 0 (equal, Council votes, or a column of the file).</param>
public sealed record CaseActor(string Name, double Position, double Salience, double Capability);
