using NegotiationSim.Scenarios;

namespace NegotiationSim.Experiments;

/// <summary>Binds a party's stance on one item (a value of <c>positions</c>) to a <see cref="PartyPosition"/>.</summary>
internal static class PartyPositionBinder
{
    internal static readonly string[] Keys = ["ideal", "salience", "redLine", "tradeable"];

    private const string RedLineHint = "Valid: [min, max] with 0 <= min <= max <= 1, e.g. [0, 0.4]; leave it out for no red line.";

    public static PartyPosition? Bind(SourceNode node, Binder binder)
    {
        var position = binder.Object(node, "position", Keys,
            "Valid: an object such as { \"ideal\": 0.8, \"salience\": 0.6 }, with an optional \"redLine\": [min, max].");
        if (position is null) return null;

        return new PartyPosition(
            position.RequiredParameter("ideal", "ideal", ParameterRange.UnitInterval,
                "Add \"ideal\": the most preferred value, a number in [0, 1] or a distribution."),
            position.RequiredParameter("salience", "salience", ParameterRange.NonNegative,
                "Add \"salience\": how much the item matters, a number >= 0 or a distribution."),
            position.Find("redLine") is { } redLine ? RedLine(redLine, binder) ?? Scenarios.RedLine.None : Scenarios.RedLine.None,
            position.Boolean("tradeable", false));
    }

    private static RedLine? RedLine(SourceNode node, Binder binder)
    {
        if (binder.Array(node, "redLine", RedLineHint) is not { } array) return null;
        if (array.Items.Count != 2)
        {
            binder.Errors.At(node, $"redLine must be [min, max], got {array.Items.Count} number{(array.Items.Count == 1 ? "" : "s")}", RedLineHint);
            return null;
        }
        if (array.Items[0] is not SourceNumber min || array.Items[1] is not SourceNumber max)
        {
            var wrong = array.Items.First(i => i is not SourceNumber);
            binder.TypeError(wrong, "each bound of redLine", "a number", RedLineHint);
            return null;
        }
        if (!ParameterRange.UnitInterval.Contains(min.Value) || !ParameterRange.UnitInterval.Contains(max.Value))
        {
            binder.Errors.At(node, $"redLine bounds must be in [0, 1], got [{min.Text}, {max.Text}]", RedLineHint);
            return null;
        }
        if (!(min.Value <= max.Value))
        {
            binder.Errors.At(node, $"redLine must have min <= max, got [{min.Text}, {max.Text}]", RedLineHint);
            return null;
        }
        return new RedLine(min.Value, max.Value);
    }
}
