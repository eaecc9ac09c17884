using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace NegotiationSim.Tests.Validation;

/// <summary>
/// Random valid experiment files, written as JSON so that the reader vouches for their validity: 2–30 parties
/// (a meeting needs two), 1–50 items, 1–10 meetings, blocs, and extreme but legal values throughout: saliences
/// of 0 (and parties with no stance at all), red lines at the edges, concession exponents from 0.01 to 100,
/// temperatures of 0 and very large, hazards and attendance of exactly 0 and 1, both loss exponents, and every
/// distribution form.
/// </summary>
internal static class ScenarioGen
{
    private static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    // Static fields initialise in the order written: generators used by others come first.

    /// <summary>Concession exponents: 0.01 to 100, log-uniform, with the ends themselves.</summary>
    public static readonly Gen<double> Exponent = Gen.Frequency(
        (1, Gen.OneOf(0.01, 100.0, 1.0)),
        (4, Gen.Double[-2, 2].Select(x => Math.Pow(10, x))));

    // A point of [lo, hi] at fraction m, kept inside despite rounding.
    private static double Between((double Lo, double Hi) r, double m) => Math.Clamp(r.Lo + m * (r.Hi - r.Lo), r.Lo, r.Hi);

    private static Gen<(double Lo, double Hi)> Interval(double lower, double upper) =>
        Gen.Select(Gen.Double[lower, upper], Gen.Double[lower, upper], (a, b) => a < b ? (a, b) : b < a ? (b, a) : (lower, upper));

    private static Gen<string> Distributions(double lower, double upper) => Gen.Frequency(
        (2, Interval(lower, upper).Select(r => $"{{\"uniform\": [{N(r.Lo)}, {N(r.Hi)}]}}")),
        (2, Gen.Select(Interval(lower, upper), Gen.Double[0, 1], (r, m) => $"{{\"pert\": [{N(r.Lo)}, {N(Between(r, m))}, {N(r.Hi)}]}}")),
        (1, Gen.Select(Interval(lower, upper), Gen.Double[0, 1], (r, m) => $"{{\"triangular\": [{N(r.Lo)}, {N(Between(r, m))}, {N(r.Hi)}]}}")),
        (2, Gen.Select(Interval(lower, upper), Exponent, Exponent, (r, a, b) => $"{{\"beta\": [{N(a)}, {N(b)}], \"range\": [{N(r.Lo)}, {N(r.Hi)}]}}")),
        // A mean inside the interval and an sd within an order of magnitude of its width keep the mass well above 0.
        (1, Gen.Select(Interval(lower, upper), Gen.Double[0, 1], Gen.Double[-1, 1], (r, m, sd) =>
            $"{{\"truncatedNormal\": [{N(Between(r, m))}, {N((r.Hi - r.Lo) * Math.Pow(10, sd))}, {N(r.Lo)}, {N(r.Hi)}]}}")),
        (1, Gen.Double[lower, upper].Array[1, 4].Select(Gen.Double[0, 5].Array[4], (values, weights) =>
            $"{{\"choice\": [{string.Join(", ", values.Select(N))}], \"weights\": [{string.Join(", ", weights.Take(values.Length - 1).Select(N).Append("1"))}]}}")));

    /// <summary>A parameter on [0, 1]: probabilities, positions, utilities.</summary>
    public static readonly Gen<string> Unit = Gen.Frequency(
        (4, Gen.OneOf("0", "1", "0.5", "1e-12", "0.999999999999")),
        (3, Gen.Double[0, 1].Select(N)),
        (3, Distributions(0, 1)));

    private static readonly Gen<string> ExponentParameter = Gen.Frequency(
        (4, Exponent.Select(N)),
        (1, Distributions(0.01, 100)));

    /// <summary>A parameter ≥ 0 (saliences, capabilities, trust sensitivity): 0, tiny, huge and ordinary.</summary>
    private static readonly Gen<string> NonNegative = Gen.Frequency(
        (3, Gen.OneOf("0", "1e-12", "1", "1e6")),
        (3, Gen.Double[0, 10].Select(N)),
        (1, Distributions(0, 10)));

    /// <summary>Temperatures that may be 0: exactly 0, or from 1e-9 to 1e6.</summary>
    private static readonly Gen<string> Temperature = Gen.Frequency(
        (3, Gen.OneOf("0", "1e-9", "1e6")),
        (2, Gen.Double[-9, 6].Select(x => N(Math.Pow(10, x)))));

    /// <summary>A temperature that divides (escalation): &gt; 0, from 1e-9 to 1e6.</summary>
    private static readonly Gen<string> PositiveTemperature = Gen.Frequency(
        (2, Gen.OneOf("1e-9", "1e6", "0.05")),
        (2, Gen.Double[-9, 6].Select(x => N(Math.Pow(10, x)))),
        (1, Distributions(1e-3, 1)));

    private static readonly Gen<string> Hardening = Gen.Frequency(
        (3, Gen.OneOf("-1", "1", "0")),
        (2, Gen.Double[-1, 1].Select(N)),
        (1, Distributions(-1, 1)));

    private static readonly Gen<string?> RedLine = Gen.Frequency(
        (4, Gen.Const<string?>(default(string))),
        (3, Gen.OneOf<string?>("[0, 0]", "[1, 1]", "[0, 1]", "[0.5, 0.5]")),
        (2, Interval(0, 1).Select(r => (string?)$"[{N(r.Lo)}, {N(r.Hi)}]")));

    private static readonly Gen<JsonObject?> Position = Gen.Frequency(
        (1, Gen.Const<JsonObject?>(default(JsonObject))),
        (3, Gen.Select(Unit, NonNegative, RedLine, (ideal, salience, redLine) =>
        {
            var position = new JsonObject { ["ideal"] = JsonNode.Parse(ideal), ["salience"] = JsonNode.Parse(salience) };
            if (redLine is not null) position["redLine"] = JsonNode.Parse(redLine);
            return (JsonObject?)position;
        })));

    private static readonly Gen<string?> OutsideOption = Gen.Frequency((2, Gen.Const<string?>(default(string))), (1, Unit.Select(u => (string?)u)));

    private static Gen<JsonObject> Party(int items) =>
        Gen.Select(
            Gen.Select(NonNegative, Unit, ExponentParameter, Unit, Temperature, Unit, Unit, NonNegative),
            Gen.Select(Hardening, OutsideOption, Position.Array[items], Gen.Bool),
            (a, b) =>
            {
                var (capability, reservation, exponent, initial, temperature, walkout, attendance, sensitivity) = a;
                var (hardening, outside, positions, silent) = b;
                var party = new JsonObject
                {
                    ["capability"] = JsonNode.Parse(capability),
                    ["reservationUtility"] = JsonNode.Parse(reservation),
                    ["concession"] = new JsonObject { ["exponent"] = JsonNode.Parse(exponent), ["initial"] = JsonNode.Parse(initial) },
                    ["acceptanceTemperature"] = JsonNode.Parse(temperature),
                    ["walkoutHazard"] = JsonNode.Parse(walkout),
                    ["attendance"] = JsonNode.Parse(attendance),
                    ["trustSensitivity"] = JsonNode.Parse(sensitivity),
                    ["hardening"] = JsonNode.Parse(hardening),
                };
                if (outside is not null) party["outsideOption"] = JsonNode.Parse(outside);
                var stance = new JsonObject();
                // Now and then a party with no stance at all: every salience 0.
                if (!(silent && positions.Length % 5 == 0))
                    for (int i = 0; i < positions.Length; i++)
                        if (positions[i] is { } p) stance[$"i{i}"] = p;
                party["positions"] = stance;
                return party;
            });

    private static Gen<JsonObject> Meeting(int parties, int items) =>
        Gen.Select(Gen.Bool.Array[parties], Gen.Bool.Array[items], Gen.Frequency((6, Gen.OneOf(1, 2, 5, 20)), (2, Gen.Int[1, 60]), (1, Gen.OneOf(200, 1000))),
            Gen.Bool, (who, what, rounds, itemByItem) =>
            {
                var participants = Enumerable.Range(0, parties).Where(a => who[a]).ToList();
                foreach (int a in new[] { 0, 1 }) if (participants.Count < 2 && !participants.Contains(a)) participants.Add(a);
                var agenda = Enumerable.Range(0, items).Where(i => what[i]).DefaultIfEmpty(0).ToList();
                return new JsonObject
                {
                    ["participants"] = new JsonArray([.. participants.Select(a => (JsonNode)$"p{a}")]),
                    ["items"] = new JsonArray([.. agenda.Select(i => (JsonNode)$"i{i}")]),
                    ["rounds"] = rounds,
                    ["settlement"] = itemByItem ? "itemByItem" : "package",
                };
            });

    private static Gen<JsonArray> Blocs(int parties) =>
        Gen.Select(Gen.Int[-1, 3].Array[parties], Gen.Select(Unit, Gen.Bool).Array[4], (membership, attributes) =>
        {
            var blocs = new JsonArray();
            for (int b = 0; b < 4; b++)
            {
                var members = Enumerable.Range(0, parties).Where(a => membership[a] == b).ToList();
                if (members.Count < 2) continue;
                blocs.Add(new JsonObject
                {
                    ["id"] = $"b{b}",
                    ["members"] = new JsonArray([.. members.Select(a => (JsonNode)$"p{a}")]),
                    ["cohesion"] = JsonNode.Parse(attributes[b].Item1),
                    ["rule"] = attributes[b].Item2 ? "leader" : "consensus",
                });
            }
            return blocs;
        });

    private static readonly Gen<JsonObject> Rules =
        Gen.Select(Gen.Select(Unit, Unit, Unit, Unit), PositiveTemperature, Gen.Bool, Gen.Bool, Gen.OneOf(1, 2), (trust, temperature, decline, walkout, loss) =>
            new JsonObject
            {
                ["lossExponent"] = loss,
                ["trust"] = new JsonObject
                {
                    ["initial"] = JsonNode.Parse(trust.Item1),
                    ["gainOnAgreement"] = JsonNode.Parse(trust.Item2),
                    ["lossOnFailure"] = JsonNode.Parse(trust.Item3),
                    ["lossOnWalkout"] = JsonNode.Parse(trust.Item4),
                },
                ["escalation"] = new JsonObject { ["temperature"] = JsonNode.Parse(temperature) },
                ["sequence"] = new JsonObject { ["endOnDecline"] = decline, ["endOnWalkout"] = walkout },
            });

    private static readonly string[] Dates = ["2021-12-17", "2022-01-10", "2022-01-12", "2022-02-07", "2022-02-24"];

    /// <summary>
    /// The shadow of war (docs/model.md §13), half the time: a war with 1–2 initiators, a constant or dated chance of
    /// prevailing, war outcomes on random items and costs for random parties (0 to 10⁶); random bargaining rules;
    /// dates, hours and the written format on meetings; walkout rates and linkages on parties.
    /// </summary>
    private static Gen<Action<JsonObject>> ShadowOfWar(int parties, int items, int meetings) =>
        Gen.Frequency(
            (1, Gen.Const<Action<JsonObject>>(_ => { })),
            (1, Gen.Select(
                Gen.Select(Gen.Int[1, 2], Unit, Unit, Gen.Bool, Gen.Int[0, Dates.Length - 2]),
                Gen.Select(Unit.Array[items], Gen.Bool.Array[items], NonNegative.Array[parties], Gen.Bool.Array[parties]),
                Gen.Select(Gen.Int[0, 2], Gen.Bool, Gen.Bool, Gen.Bool),
                Gen.Select(Gen.Int[0, Dates.Length - 1].Array[meetings], Gen.Double[0.1, 12].Array[meetings], Gen.Bool.Array[meetings], Unit.Array[parties], Gen.Int[0, items - 1].Array[parties]),
                (war, outcomes, rules, calendar) => (Action<JsonObject>)(file =>
                {
                    var (initiators, start, end, dated, from) = war;
                    var (values, decides, costs, bears) = outcomes;
                    var won = new JsonObject(); var lost = new JsonObject(); var cost = new JsonObject();
                    for (int i = 0; i < items; i++) if (decides[i]) { won[$"i{i}"] = JsonNode.Parse(values[i]); lost[$"i{i}"] = JsonNode.Parse(values[items - 1 - i]); }
                    for (int a = 0; a < parties; a++) if (bears[a]) cost[$"p{a}"] = JsonNode.Parse(costs[a]);
                    file["war"] = new JsonObject
                    {
                        ["initiators"] = new JsonArray([.. Enumerable.Range(0, Math.Min(initiators, parties)).Select(a => (JsonNode)$"p{a}")]),
                        ["prevails"] = dated
                            ? new JsonObject { ["start"] = JsonNode.Parse(start), ["end"] = JsonNode.Parse(end), ["from"] = Dates[from], ["to"] = Dates[from + 1] }
                            : JsonNode.Parse(start),
                        ["ifPrevails"] = won, ["ifFails"] = lost, ["costs"] = cost,
                    };
                    var (proposer, acceptance, shadow, stop) = rules;
                    file["bargaining"] = new JsonObject
                    {
                        ["proposer"] = new[] { "rotation", "random", "simultaneous" }[proposer],
                        ["acceptance"] = acceptance ? "perNegotiation" : "perOffer",
                        ["shadowOfWar"] = shadow, ["offersStopAtStatusQuo"] = stop,
                    };
                    var (day, hours, written, rate, linked) = calendar;
                    var meetingList = file["meetings"]!.AsArray();
                    for (int m = 0; m < meetingList.Count; m++)
                    {
                        var meeting = meetingList[m]!.AsObject();
                        meeting["date"] = Dates[day[m]];
                        if (m % 2 == 0) meeting["hours"] = hours[m];
                        if (written[m] && m % 3 == 0) meeting["format"] = "written";
                    }
                    var partyList = file["parties"]!.AsArray();
                    for (int a = 0; a < partyList.Count; a++)
                    {
                        var party = partyList[a]!.AsObject();
                        party["walkoutRate"] = JsonNode.Parse(rate[a]);
                        if (a % 2 == 0)
                            party["linkage"] = new JsonArray(new JsonObject
                            {
                                ["items"] = new JsonArray($"i{linked[a]}"),
                                ["on"] = new JsonArray($"i{(linked[a] + 1) % items}"),
                                ["holds"] = JsonNode.Parse(rate[(a + 1) % partyList.Count]),
                            });
                    }
                    file["escalation"]!["date"] = Dates[^1];
                }))));

    /// <summary>A valid experiment file's text; its seed is random too.</summary>
    public static readonly Gen<string> Experiment =
        from parties in Gen.Int[2, 30]
        from items in Gen.Int[1, 50]
        from meetings in Gen.Int[1, 10]
        from statusQuo in Unit.Array[items]
        from partyList in Party(items).Array[parties]
        from meetingList in Meeting(parties, items).Array[meetings]
        from blocs in Blocs(parties)
        from rules in Rules
        from war in ShadowOfWar(parties, items, meetings)
        from seed in Gen.Int[0, int.MaxValue]
        select Write(statusQuo, partyList, meetingList, blocs, rules, war, seed);

    private static string Write(string[] statusQuo, JsonObject[] parties, JsonObject[] meetings, JsonArray blocs, JsonObject rules, Action<JsonObject> war, int seed)
    {
        var file = new JsonObject
        {
            ["name"] = "generated",
            ["seed"] = seed,
            ["runs"] = 200,
            ["items"] = new JsonArray([.. statusQuo.Select((q, i) => (JsonNode)new JsonObject { ["id"] = $"i{i}", ["statusQuo"] = JsonNode.Parse(q) })]),
            ["parties"] = new JsonArray([.. parties.Select((p, a) => { var copy = new JsonObject { ["id"] = $"p{a}" }; foreach (var (k, v) in p) copy[k] = v?.DeepClone(); return (JsonNode)copy; })]),
            ["blocs"] = blocs.DeepClone(),
            ["meetings"] = new JsonArray([.. meetings.Select((m, j) => { var copy = new JsonObject { ["id"] = $"m{j}" }; foreach (var (k, v) in m) copy[k] = v?.DeepClone(); return (JsonNode)copy; })]),
        };
        foreach (var (k, v) in rules) file[k] = v?.DeepClone();
        war(file);
        return file.ToJsonString();
    }
}
