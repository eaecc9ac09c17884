using NegotiationSim.Uncertainty;

namespace NegotiationSim.Scenarios;

/// <summary>
/// The initiators' chance of prevailing, linear in time between two dated values and constant outside them
/// (docs/model.md §13.1): e.g. Russia's forces massing from about 100,000 to 170,000–190,000 troops.
/// Without dates the chance is <see cref="Start"/> throughout.
/// </summary>
/// <param name="Start">Probability at <see cref="StartDate"/>, in [0, 1].</param>
/// <param name="End">Probability at <see cref="EndDate"/>, in [0, 1].</param>
/// <param name="StartDate">When the build-up starts; null for a constant chance.</param>
/// <param name="EndDate">When it is complete; null for a constant chance.</param>
public sealed record WarOdds(Distribution Start, Distribution End, DateOnly? StartDate, DateOnly? EndDate);
