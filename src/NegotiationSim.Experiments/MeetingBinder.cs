using NegotiationSim.Scenarios;

namespace NegotiationSim.Experiments;

/// <summary>Binds one entry of <c>meetings</c> to a <see cref="Meeting"/>.</summary>
internal static class MeetingBinder
{
    internal static readonly string[] Keys = ["id", "name", "participants", "items", "rounds", "settlement", "protocol", "date", "hours", "format"];

    internal static readonly (string Name, MeetingFormat Value)[] Formats = [("talks", MeetingFormat.Talks), ("written", MeetingFormat.Written)];

    internal static readonly (string Name, Settlement Value)[] Settlements =
        [("package", Settlement.Package), ("itemByItem", Settlement.ItemByItem)];

    internal static readonly (string Name, ProtocolKind Value)[] Protocols = [("alternatingOffers", ProtocolKind.AlternatingOffers), ("expectedUtility", ProtocolKind.ExpectedUtility)];

    // The round limit: at least one round, and few enough that a replicate stays cheap.
    private const int MinRounds = 1;
    private const int MaxRounds = 1000;
    private const int DefaultRounds = 20;

    public static Meeting? Bind(SourceNode node, Binder binder, IdRegistry meetings, IdRegistry parties, IdRegistry items)
    {
        var meeting = binder.Object(node, "meeting", Keys,
            "Valid: an object such as { \"id\": \"geneva\", \"participants\": [\"usa\", \"russia\"], \"items\": [\"ukraine\"] }.");
        if (meeting is null) return null;

        string id = "";
        if (meeting.Require("id", "Add \"id\": a short identifier such as \"geneva\".") is { } idNode
            && binder.Identifier(idNode, "id") is { } declared)
        {
            id = declared;
            meetings.Declare(id, idNode);
        }

        const string ParticipantsHint = "Valid: an array of at least 2 different party ids, e.g. [\"usa\", \"russia\"].";
        const string ItemsHint = "Valid: an array of at least 1 item id, each once, e.g. [\"ukraine\", \"nato\"].";
        var participants = meeting.Require("participants", "Add \"participants\": " + ParticipantsHint["Valid: ".Length..]) is { } p
            ? binder.References(p, "participants", parties, 2, ParticipantsHint)
            : [];
        var agenda = meeting.Require("items", "Add \"items\": " + ItemsHint["Valid: ".Length..]) is { } i
            ? binder.References(i, "items", items, 1, ItemsHint)
            : [];

        const string RoundsHint = "Valid: a whole number of rounds in [1, 1000].";
        int rounds = meeting.Find("rounds") is { } r
            ? (int)(binder.Integer(r, "rounds", MinRounds, MaxRounds, RoundsHint) ?? DefaultRounds)
            : DefaultRounds;

        return new Meeting(
            id,
            meeting.String("name", id, "Valid: text in double quotes."),
            participants.AsReadOnly(),
            agenda.AsReadOnly(),
            rounds,
            meeting.Find("settlement") is { } s ? binder.Option(s, "settlement", Settlements) ?? Settlement.Package : Settlement.Package,
            meeting.Find("protocol") is { } k ? binder.Option(k, "protocol", Protocols) ?? ProtocolKind.AlternatingOffers : ProtocolKind.AlternatingOffers,
            meeting.Find("date") is { } date ? binder.Date(date, "date") : null,
            meeting.Find("hours") is { } hours ? binder.PositiveNumber(hours, "hours", "Valid: the meeting's duration in hours, a number > 0, e.g. 4.") : null,
            meeting.Find("format") is { } format ? binder.Option(format, "format", Formats) ?? MeetingFormat.Talks : MeetingFormat.Talks);
    }
}
