using System.Globalization;
using NegotiationSim.Scenarios;
using NegotiationSim.Uncertainty;

namespace NegotiationSim.Experiments;

/// <summary>
/// Binds the top level of an experiment file to a <see cref="Scenario"/> plus run settings. Items are bound
/// before parties, and parties before blocs and meetings, so that every reference can be checked against the
/// ids declared in the file.
/// </summary>
internal static class ExperimentBinder
{
    internal static readonly string[] Keys =
    [
        "$schema", "name", "description", "seed", "runs", "lossExponent", "items", "parties", "blocs", "meetings",
        "trust", "escalation", "sequence", "variants", "war", "bargaining",
    ];

    internal static readonly string[] TrustKeys = ["initial", "gainOnAgreement", "lossOnFailure", "lossOnWalkout"];
    internal static readonly string[] EscalationKeys = ["temperature", "date"];
    internal static readonly string[] BargainingKeys = ["proposer", "acceptance", "shadowOfWar", "offersStopAtStatusQuo"];

    internal static readonly (string Name, ProposerRule Value)[] ProposerRules = [("rotation", ProposerRule.Rotation), ("random", ProposerRule.Random), ("simultaneous", ProposerRule.Simultaneous)];
    internal static readonly (string Name, AcceptanceNoise Value)[] AcceptanceRules =
        [("perOffer", AcceptanceNoise.PerOffer), ("perNegotiation", AcceptanceNoise.PerNegotiation)];
    internal static readonly string[] SequenceKeys = ["endOnDecline", "endOnWalkout"];

    private const long DefaultRuns = 100_000;
    private const ulong DefaultSeed = 1;
    private const double LargestExactWhole = 9007199254740992;
    private const double TwoToThe64 = 18446744073709551616.0;

    /// <summary>The bound experiment, or null when the file is not even an object (an error has then been reported).</summary>
    public static BoundExperiment? Bind(SourceNode root, Binder binder)
    {
        var top = binder.Object(root, "an experiment file", Keys,
            "An experiment file is one JSON object: { \"name\": ..., \"items\": [...], \"parties\": [...], \"meetings\": [...] }.");
        if (top is null) return null;

        if (top.Find("$schema") is { } schema) binder.String(schema, "$schema", "Valid: the schema's path or URL in double quotes.");

        string name = "";
        if (top.Require("name", "Add \"name\": a short name shown on plots and in results.") is { } nameNode
            && binder.String(nameNode, "name", "Valid: a short name in double quotes.") is { } written)
        {
            name = written;
            if (string.IsNullOrWhiteSpace(name))
                binder.Errors.At(nameNode, "name must not be empty", "Valid: a short name shown on plots and in results.");
        }
        string description = top.String("description", "", "Valid: text in double quotes.");

        long runs = top.Find("runs") is { } runsNode
            ? binder.Integer(runsNode, "runs", 1, long.MaxValue,
                "Valid: a whole number of Monte Carlo replicates >= 1, e.g. 100000 or 1e5.") ?? DefaultRuns
            : DefaultRuns;
        ulong seed = top.Find("seed") is { } seedNode ? Seed(seedNode, binder) ?? DefaultSeed : DefaultSeed;
        int lossExponent = top.Find("lossExponent") is { } lossNode ? LossExponent(lossNode, binder) : 1;

        var items = new IdRegistry("item", "items", binder.Errors);
        var parties = new IdRegistry("party", "parties", binder.Errors);
        var blocs = new IdRegistry("bloc", "blocs", binder.Errors);
        var meetings = new IdRegistry("meeting", "meetings", binder.Errors);

        var agenda = List(top, "items", "agenda item", required: true, binder, items,
            node => AgendaItemBinder.Bind(node, binder, items), item => item.Id);
        var partyList = List(top, "parties", "party", required: true, binder, parties,
            node => PartyBinder.Bind(node, binder, parties, items), party => party.Id);
        var membership = new Dictionary<string, string>(StringComparer.Ordinal);
        var mediators = partyList.Where(p => p.Mediator).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var blocList = List(top, "blocs", "bloc", required: false, binder, blocs,
            node => BlocBinder.Bind(node, binder, blocs, parties, membership, mediators), bloc => bloc.Id);
        var meetingList = List(top, "meetings", "meeting", required: true, binder, meetings,
            node => MeetingBinder.Bind(node, binder, meetings, parties, items), meeting => meeting.Id);

        var war = top.Find("war") is { } warNode ? WarBinder.Bind(warNode, binder, parties, items, mediators) : null;
        var scenario = new Scenario(
            name, description, agenda, partyList, blocList, meetingList,
            Trust(top.Find("trust"), binder),
            Rules(top.Find("sequence"), top.Find("escalation"), binder),
            lossExponent,
            war,
            top.Find("bargaining") is { } bargaining ? Bargaining(bargaining, binder) : null);
        var variants = top.Find("variants") is { } variantsNode ? VariantBinder.Bind(variantsNode, binder) : [];
        return new BoundExperiment(scenario, runs, seed, variants);
    }

    /// <summary>
    /// A top-level list bound entry by entry. When the list, or the id of an entry, cannot be read, the
    /// registry is marked incomplete: references to the lost ids would otherwise each be reported as unknown,
    /// burying the one real mistake.
    /// </summary>
    private static IReadOnlyList<T> List<T>(SettingsObject top, string key, string noun, bool required, Binder binder,
        IdRegistry registry, Func<SourceNode, T?> bind, Func<T, string> idOf)
        where T : class
    {
        string hint = $"Valid: an array of {registry.Plural}" + (required ? ", at least one." : ".");
        var node = required ? top.Require(key, $"Add \"{key}\": an array of {registry.Plural}, at least one.") : top.Find(key);
        if (node is null || binder.Array(node, key, hint) is not { } array)
        {
            registry.IsComplete = node is null && !required;
            return [];
        }
        if (required && array.Items.Count == 0)
            binder.Errors.At(node, $"{key} must list at least one {noun}", hint);
        var bound = new List<T>();
        foreach (var entry in array.Items)
        {
            var value = bind(entry);
            if (value is null || idOf(value).Length == 0) registry.IsComplete = false;
            if (value is not null) bound.Add(value);
        }
        return bound.AsReadOnly();
    }

    private static ulong? Seed(SourceNode node, Binder binder)
    {
        const string Hint = "Valid: a whole number in [0, 18446744073709551615], e.g. 1 or 20220224.";
        if (node is not SourceNumber n)
        {
            binder.TypeError(node, "seed", "a whole number", Hint);
            return null;
        }
        if (ulong.TryParse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed)) return seed;
        if (n.Value < 0)
        {
            binder.Errors.At(node, $"seed must be >= 0, got {n.Text}", Hint);
            return null;
        }
        // Beyond 2^53 a double cannot say which whole number "1e19" meant; plain digits can.
        if (n.Value > LargestExactWhole)
        {
            string message = n.Value >= TwoToThe64
                ? $"seed must be at most {ulong.MaxValue}, got {n.Text}"
                : $"a seed above 2^53 must be written in plain digits, got {n.Text}";
            binder.Errors.At(node, message, Hint);
            return null;
        }
        // "1e6" and "7.0" are whole numbers too.
        return binder.Integer(node, "seed", 0, (long)LargestExactWhole, Hint) is { } whole ? (ulong)whole : null;
    }

    private static int LossExponent(SourceNode node, Binder binder)
    {
        if (node is SourceNumber { Value: 1 or 2 } n) return (int)n.Value;
        binder.Errors.At(node, $"lossExponent must be 1 or 2, got {node.Description}",
            "Valid: 1 (linear loss, u = Σ w (1 − |x − p|)) or 2 (quadratic loss).");
        return 1;
    }

    private static TrustRules Trust(SourceNode? node, Binder binder)
    {
        var trust = node is null
            ? null
            : binder.Object(node, "trust", TrustKeys,
                "Valid: { \"initial\": 0.5, \"gainOnAgreement\": 0.1, \"lossOnFailure\": 0.1, \"lossOnWalkout\": 0.2 }; every key is optional.");
        Distribution Read(string key, double fallback) =>
            trust?.Parameter(key, "trust." + key, ParameterRange.UnitInterval, fallback) ?? Distribution.Fixed(fallback);
        return new TrustRules(Read("initial", 0.5), Read("gainOnAgreement", 0.1), Read("lossOnFailure", 0.1), Read("lossOnWalkout", 0.2));
    }

    private static SequenceRules Rules(SourceNode? sequenceNode, SourceNode? escalationNode, Binder binder)
    {
        var sequence = sequenceNode is null
            ? null
            : binder.Object(sequenceNode, "sequence", SequenceKeys, "Valid: { \"endOnDecline\": true, \"endOnWalkout\": true }; both keys are optional.");
        var escalation = escalationNode is null
            ? null
            : binder.Object(escalationNode, "escalation", EscalationKeys, "Valid: { \"temperature\": 0.05, \"date\": \"2022-02-24\" }; both keys are optional.");
        return new SequenceRules(
            sequence?.Boolean("endOnDecline", true) ?? true,
            sequence?.Boolean("endOnWalkout", true) ?? true,
            escalation?.Parameter("temperature", "escalation.temperature", ParameterRange.Positive, 0.05) ?? Distribution.Fixed(0.05),
            escalation?.Find("date") is { } date ? binder.Date(date, "date") : null);
    }

    /// <summary>The <c>bargaining</c> rules of docs/model.md §13; every key optional, defaults those of §4.</summary>
    private static BargainingRules Bargaining(SourceNode node, Binder binder)
    {
        var rules = binder.Object(node, "bargaining", BargainingKeys,
            "Valid: { \"proposer\": \"random\", \"acceptance\": \"perNegotiation\", \"shadowOfWar\": true, \"offersStopAtStatusQuo\": true }; every key is optional.");
        var classic = BargainingRules.Classic;
        if (rules is null) return classic;
        return new BargainingRules(
            rules.Find("proposer") is { } p ? binder.Option(p, "proposer", ProposerRules) ?? classic.Proposer : classic.Proposer,
            rules.Find("acceptance") is { } a ? binder.Option(a, "acceptance", AcceptanceRules) ?? classic.Acceptance : classic.Acceptance,
            rules.Boolean("shadowOfWar", classic.ShadowOfWar),
            rules.Boolean("offersStopAtStatusQuo", classic.OffersStopAtStatusQuo));
    }
}
