using NegotiationSim.Diagnostics;
using NegotiationSim.Inference;
using NegotiationSim.Scenarios;

namespace NegotiationSim.Experiments.Patterns;

/// <summary>
/// Reads patterns files (docs/validation.md, "Patterns files"): observed outcomes of the historical record as
/// statements about a scenario's meetings, items and parties. Mistakes are reported like an experiment file's — all
/// at once, each with file, line, column, setting path and a hint — through <see cref="ExperimentException"/>.
/// </summary>
public static class PatternReader
{
    private static readonly string[] TopKeys = ["$schema", "name", "description", "scenario", "patterns"];
    private static readonly string[] PatternKeys = ["id", "statement", "date", "source", "input", "all"];
    private static readonly string[] ConditionKeys = ["meeting", "held", "declined", "walkout", "agreed", "item", "items", "party", "walkedOut", "escalated", "ending", "war", "before"];
    private static readonly string[] Endings = ["completed", "declined", "walkout", "war"];

    private const string ConditionHint =
        "Valid: {\"meeting\": ID, \"held\"|\"declined\"|\"walkout\"|\"agreed\": true|false}, {\"item\": ID or \"items\": [IDs], \"agreed\": true|false}, " +
        "{\"party\": ID, \"walkedOut\"|\"escalated\": true|false}, {\"ending\": \"declined\"}, {\"war\": true, \"before\": MEETING}, {\"walkout\": false} (docs/validation.md).";

    /// <summary>Reads and binds the patterns file at <paramref name="path"/> to <paramref name="scenario"/>.</summary>
    /// <exception cref="ExperimentException">The file cannot be read, or holds mistakes; every one is listed.</exception>
    public static PatternSet ReadFile(string path, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new ErrorCollector(path);
        if (Directory.Exists(path)) throw new ExperimentException([new UserError(path, 0, 0, "", "is a folder, not a patterns file", "Give the path of a .json file.")]);
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string message = e is FileNotFoundException or DirectoryNotFoundException ? "patterns file not found" : "cannot read the patterns file: " + e.Message.TrimEnd('.');
            throw new ExperimentException([new UserError(path, 0, 0, "", message, $"Relative paths are resolved from the current directory, {Environment.CurrentDirectory}.")]);
        }
        return Read(bytes, path, scenario);
    }

    /// <summary>Reads and binds patterns JSON held in memory.</summary>
    /// <exception cref="ExperimentException">The text holds mistakes; every one is listed.</exception>
    public static PatternSet Read(string json, string sourceName, Scenario scenario) =>
        Read(System.Text.Encoding.UTF8.GetBytes(json), sourceName, scenario);

    private static PatternSet Read(byte[] utf8, string source, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var errors = new ErrorCollector(source);
        var root = SourceParser.Parse(utf8, errors);
        PatternSet? set = null;
        if (root is not null) set = Bind(root, new Binder(errors), scenario);
        if (set is null || errors.Count > 0)
        {
            if (errors.Count == 0) errors.Add(0, 0, "", "no patterns", "A patterns file needs \"patterns\": [ ... ] with at least one entry.");
            throw new ExperimentException(errors.InFileOrder());
        }
        return set;
    }

    private static PatternSet? Bind(SourceNode root, Binder b, Scenario scenario)
    {
        var top = b.Object(root, "the patterns file", TopKeys, "A patterns file is an object with \"name\" and \"patterns\" (docs/validation.md).");
        if (top is null) return null;
        string name = top.Require("name", "Give the file a name, e.g. \"january-2022\".") is { } n ? b.String(n, "name", "A name in quotes.") ?? "" : "";
        string description = top.String("description", "", "A one-line description in quotes.");
        if (top.Find("scenario") is { } sc && b.String(sc, "scenario", "The name of the scenario the ids refer to, in quotes.") is { } sn && !Matches(sn, scenario.Name))
            b.Errors.At(sc, $"the patterns are written for scenario \"{sn}\", but the experiment is \"{scenario.Name}\"",
                "Score them against the experiment they were written for, or change \"scenario\" after checking every id.");
        var list = top.Require("patterns", "List the observed patterns under \"patterns\": [ ... ].") is { } pn ? b.Array(pn, "patterns", "An array of patterns.") : null;
        if (list is null) return null;
        if (list.Items.Count == 0) b.Errors.At(list, "patterns must not be empty", "Give at least one observed pattern.");
        if (list.Items.Count > PatternSet.MaxPatterns) b.Errors.At(list, $"at most {PatternSet.MaxPatterns} patterns, got {list.Items.Count}", "Split the file.");
        var patterns = new List<RecordPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list.Items)
        {
            var p = BindPattern(node, b, scenario);
            if (p is null) continue;
            if (!ids.Add(p.Id)) b.Errors.At(node, $"duplicate pattern id \"{p.Id}\"", "Every pattern needs its own id.");
            patterns.Add(p);
        }
        if (b.Errors.Count > 0 || patterns.Count == 0 || patterns.Count > PatternSet.MaxPatterns) return null;
        return new PatternSet(name, description, scenario.Name, patterns);
    }

    // A variant's scenario is named "BASE.VARIANT" (docs/configuration.md) and a posterior experiment "BASE-posterior":
    // both keep the base's ids, so the patterns written for the base apply.
    private static bool Matches(string written, string actual) =>
        actual == written || actual.StartsWith(written + ".", StringComparison.Ordinal) || actual.StartsWith(written + "-", StringComparison.Ordinal);

    private static RecordPattern? BindPattern(SourceNode node, Binder b, Scenario scenario)
    {
        var o = b.Object(node, "a pattern", PatternKeys, "A pattern is {\"id\", \"statement\", \"date\", \"source\", \"all\": [conditions]}.");
        if (o is null) return null;
        string? id = o.Require("id", "Give the pattern a short id, e.g. \"geneva\".") is { } idn ? b.Identifier(idn, "id") : null;
        string statement = RequiredText(o, b, "statement", "What was observed, in words.");
        string date = RequiredText(o, b, "date", "When it was observed, e.g. \"2022-01-10\".");
        string source = RequiredText(o, b, "source", "Where the public record reports it.");
        bool input = o.Boolean("input", false);
        var all = o.Require("all", "List the conditions under \"all\": [ ... ]; every one must hold.") is { } an ? b.Array(an, "all", ConditionHint) : null;
        var conditions = new List<PatternCondition>();
        if (all is not null)
        {
            if (all.Items.Count == 0) b.Errors.At(all, "all must not be empty", ConditionHint);
            foreach (var c in all.Items) conditions.AddRange(BindCondition(c, b, scenario));
        }
        return id is null ? null : new RecordPattern(id, statement, date, source, input, conditions);
    }

    private static string RequiredText(SettingsObject o, Binder b, string key, string hint) =>
        o.Require(key, hint) is { } n ? b.String(n, key, hint) ?? "" : "";

    private static IEnumerable<PatternCondition> BindCondition(SourceNode node, Binder b, Scenario scenario)
    {
        var o = b.Object(node, "a condition", ConditionKeys, ConditionHint);
        if (o is null) yield break;
        var meetingIds = scenario.Meetings.Select(m => m.Id).ToList();
        var itemIds = scenario.Items.Select(i => i.Id).ToList();
        var partyIds = scenario.Parties.Select(p => p.Id).ToList();
        bool empty = o.Source.Members.All(m => m.Key == SettingsObject.Rationale);

        if (o.Find("meeting") is { } mn)
        {
            Only(o, b, ["meeting", "held", "declined", "walkout", "agreed"], "a meeting condition");
            int m = Index(b, mn, "meeting", meetingIds, "meetings");
            bool any = false;
            foreach (var (key, kind) in new[] { ("held", PatternConditionKind.MeetingHeld), ("declined", PatternConditionKind.MeetingDeclined), ("walkout", PatternConditionKind.MeetingWalkout), ("agreed", PatternConditionKind.MeetingAgreed) })
            {
                if (o.Find(key) is not { } v) continue;
                any = true;
                bool? value = b.Boolean(v, key);
                if (kind == PatternConditionKind.MeetingWalkout && !scenario.Rules.EndOnWalkout)
                    b.Errors.At(v, "a walkout at a given meeting can be checked only when a walkout ends the sequence", "Set sequence.endOnWalkout to true, or use {\"walkout\": false} (nobody walked out of any meeting).");
                if (value is { } x && m >= 0) yield return new PatternCondition(kind, m, x);
            }
            if (!any) b.Errors.At(o.Source, "a meeting condition needs \"held\", \"declined\", \"walkout\" or \"agreed\"", ConditionHint);
            yield break;
        }
        if (o.Find("item") is not null || o.Find("items") is not null)
        {
            Only(o, b, ["item", "items", "agreed"], "an item condition");
            var items = new List<int>();
            if (o.Find("item") is { } itn) items.Add(Index(b, itn, "item", itemIds, "items"));
            if (o.Find("items") is { } isn && b.Array(isn, "items", "An array of item ids.") is { } arr)
            {
                if (arr.Items.Count == 0) b.Errors.At(arr, "items must not be empty", "List at least one item id.");
                items.AddRange(arr.Items.Select(x => Index(b, x, "item", itemIds, "items")));
            }
            bool? agreed = o.Require("agreed", "Say whether the items were agreed: \"agreed\": false.") is { } an ? b.Boolean(an, "agreed") : null;
            if (agreed is { } x)
                foreach (int i in items.Where(i => i >= 0)) yield return new PatternCondition(PatternConditionKind.ItemAgreed, i, x);
            yield break;
        }
        if (o.Find("party") is { } pn)
        {
            Only(o, b, ["party", "walkedOut", "escalated"], "a party condition");
            int a = Index(b, pn, "party", partyIds, "parties");
            bool any = false;
            foreach (var (key, kind) in new[] { ("walkedOut", PatternConditionKind.PartyWalkedOut), ("escalated", PatternConditionKind.PartyEscalated) })
            {
                if (o.Find(key) is not { } v) continue;
                any = true;
                if (b.Boolean(v, key) is { } x && a >= 0) yield return new PatternCondition(kind, a, x);
            }
            if (!any) b.Errors.At(o.Source, "a party condition needs \"walkedOut\" or \"escalated\"", ConditionHint);
            yield break;
        }
        Only(o, b, ["ending", "war", "before", "walkout"], "a condition on the whole sequence");
        bool found = false;
        if (o.Find("ending") is { } en)
        {
            found = true;
            if (b.String(en, "ending", "One of \"completed\", \"declined\", \"walkout\", \"war\".") is { } e)
            {
                int k = Array.IndexOf(Endings, e);
                if (k < 0) b.Errors.At(en, $"unknown ending \"{e}\"", SpellingSuggestion.Hint(e, Endings));
                else yield return new PatternCondition(PatternConditionKind.Ending, k, true);
            }
        }
        if (o.Find("war") is { } wn)
        {
            found = true;
            int before = scenario.Meetings.Count;
            if (o.Find("before") is { } bn) before = Index(b, bn, "before", meetingIds, "meetings");
            if (b.Boolean(wn, "war") is { } x && before >= 0) yield return new PatternCondition(PatternConditionKind.War, before, x);
        }
        else if (o.Find("before") is { } lone)
            b.Errors.At(lone, "\"before\" belongs to a war condition", "Write {\"war\": true, \"before\": \"m1\"}.");
        if (o.Find("walkout") is { } won)
        {
            found = true;
            if (b.Boolean(won, "walkout") is { } x) yield return new PatternCondition(PatternConditionKind.AnyWalkout, 0, x);
        }
        if (!found && empty) b.Errors.At(o.Source, "an empty condition", ConditionHint);
    }

    // One shape per condition object: keys of another shape are mistakes ("meeting" with "walkedOut", say).
    private static void Only(SettingsObject o, Binder b, string[] allowed, string what)
    {
        foreach (var member in o.Source.Members)
            if (member.Key != SettingsObject.Rationale && ConditionKeys.Contains(member.Key) && !allowed.Contains(member.Key))
                b.Errors.Add(member.Line, member.Column, member.Value.Path, $"\"{member.Key}\" does not belong in {what}",
                    $"Keys of {what}: {SpellingSuggestion.List(allowed)}; write separate conditions under \"all\".");
    }

    private static int Index(Binder b, SourceNode node, string name, List<string> ids, string plural)
    {
        if (b.String(node, name, $"An id of the scenario's {plural}, in quotes.") is not { } id) return -1;
        int k = ids.IndexOf(id);
        if (k < 0) b.Errors.At(node, $"no {name switch { "before" => "meeting", _ => name }} \"{id}\" in the scenario", SpellingSuggestion.Hint(id, ids, $"The scenario's {plural}"));
        return k;
    }

    /// <summary>The ending names of patterns files, in <see cref="NegotiationSim.Engine.Replicate.Ending"/> order.</summary>
    public static IReadOnlyList<string> EndingNames => Endings;
}
