using NegotiationSim.Scenarios;

namespace NegotiationSim.Experiments;

/// <summary>Binds one entry of <c>items</c> to an <see cref="AgendaItem"/>.</summary>
internal static class AgendaItemBinder
{
    internal static readonly string[] Keys = ["id", "name", "low", "high", "statusQuo"];

    private const string Shape = "Valid: an object such as { \"id\": \"ukraine\", \"statusQuo\": 0.3 }, with optional name, low and high.";

    public static AgendaItem? Bind(SourceNode node, Binder binder, IdRegistry items)
    {
        var item = binder.Object(node, "item", Keys, Shape);
        if (item is null) return null;

        string id = "";
        if (item.Require("id", "Add \"id\": a short identifier such as \"ukraine\", used by positions and meetings.") is { } idNode
            && binder.Identifier(idNode, "id") is { } declared)
        {
            id = declared;
            // Positions use item ids as keys next to an optional "why"; an item called "why" could not be told apart.
            if (id == SettingsObject.Rationale)
                binder.Errors.At(idNode, "\"why\" cannot be an item id", "\"why\" is reserved for rationales; choose another id.");
            items.Declare(id, idNode);
        }

        const string TextHint = "Valid: text in double quotes.";
        return new AgendaItem(
            id,
            item.String("name", id, TextHint),
            item.String("low", "0", TextHint),
            item.String("high", "1", TextHint),
            item.RequiredParameter("statusQuo", "statusQuo", ParameterRange.UnitInterval,
                "Add \"statusQuo\": what holds without a deal, a number in [0, 1] or a distribution."));
    }
}
