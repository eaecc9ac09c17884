using NegotiationSim.Uncertainty;

namespace NegotiationSim.Experiments;

/// <summary>
/// Reads a PARAM setting (docs/configuration.md): a plain number, or an object with exactly one distribution
/// form such as <c>{ "beta": [2, 5] }</c>. The <see cref="Distribution"/> factories judge the form's own
/// parameters (their messages are passed on); this class adds what only the file knows: the setting's valid
/// range, which every value the distribution can produce must respect.
/// </summary>
internal sealed class ParameterReader(Binder binder)
{
    private const string Value = "value";

    /// <summary>The key of a beta's optional range.</summary>
    internal const string Range = "range";

    /// <summary>The key of a choice's optional weights.</summary>
    internal const string Weights = "weights";

    /// <summary>The forms, their arity (-1: one or more) and the syntax shown in hints.</summary>
    private static readonly (string Name, int Arity, string Syntax)[] Forms =
    [
        (Value, 1, "{\"value\": x}"),
        ("uniform", 2, "{\"uniform\": [lo, hi]}"),
        ("normal", 2, "{\"normal\": [mean, sd]}"),
        ("truncatedNormal", 4, "{\"truncatedNormal\": [mean, sd, lo, hi]}"),
        ("beta", 2, "{\"beta\": [alpha, beta]} with an optional \"range\": [lo, hi]"),
        ("triangular", 3, "{\"triangular\": [lo, mode, hi]}"),
        ("pert", 3, "{\"pert\": [lo, mode, hi]}"),
        ("choice", -1, "{\"choice\": [v1, v2, ...]} with optional \"weights\": [w1, w2, ...]"),
    ];

    /// <summary>Every distribution form the reader knows (tests compare them with docs/negsim.schema.json).</summary>
    internal static readonly string[] FormNames = Forms.Select(f => f.Name).ToArray();

    private static readonly string AllForms =
        "Write a number or one of " + string.Join(", ", Forms.Select(f => f.Syntax)) + ".";

    /// <summary>The distribution at <paramref name="node"/>, or null after reporting why it is not valid there.</summary>
    /// <param name="node">The setting's value.</param>
    /// <param name="name">The setting as named in messages, e.g. "salience" or "concession.exponent".</param>
    /// <param name="range">Where every value must lie.</param>
    public Distribution? Read(SourceNode node, string name, ParameterRange range)
    {
        var distribution = node switch
        {
            SourceNumber number => FromNumber(number, name),
            SourceObject obj => FromObject(obj, name),
            _ => TypeError(node, name, range),
        };
        if (distribution is null || InRange(distribution, range)) return distribution;

        string valid = ValidHint(range);
        if (distribution.IsFixed)
        {
            string written = node is SourceObject o && o.Find(Value)?.Value is SourceNumber n ? n.Text : ParameterRange.Format(distribution.A);
            binder.Errors.At(node, $"{name} must be {range.Describe()}, got {written}", valid);
        }
        else if (distribution.Kind == DistributionKind.Normal)
        {
            binder.Errors.At(node, $"{name} must be {range.Describe()}, but {distribution} can produce any value",
                valid + " A normal is unbounded; use " + BoundedAlternative(distribution, range) + ".");
        }
        else
        {
            binder.Errors.At(node,
                $"{name} must be {range.Describe()}, but {distribution} can produce values from {ParameterRange.Format(distribution.Minimum)} to {ParameterRange.Format(distribution.Maximum)}",
                valid);
        }
        return null;
    }

    private static bool InRange(Distribution d, ParameterRange range) =>
        d.Kind == DistributionKind.Choice
            ? d.Values.All(range.Contains)
            : range.Contains(d.Minimum) && range.Contains(d.Maximum);

    private static string ValidHint(ParameterRange range) =>
        $"Valid: a number {range.Describe()} or a distribution whose values are all {range.Describe()}.";

    // For [0, 1]-like settings the fix can be spelled out with the researcher's own mean and sd.
    private static string BoundedAlternative(Distribution normal, ParameterRange range)
    {
        if (range.IsBounded && range.LowerInclusive && range.UpperInclusive)
        {
            string example = $"{{\"truncatedNormal\": [{ParameterRange.Format(normal.A)}, {ParameterRange.Format(normal.B)}, {ParameterRange.Format(range.Lower)}, {ParameterRange.Format(range.Upper)}]}}";
            return example + " or beta";
        }
        return $"truncatedNormal, {{\"truncatedNormal\": [mean, sd, lo, hi]}}, with lo and hi {range.Describe()}";
    }

    private Distribution? TypeError(SourceNode node, string name, ParameterRange range)
    {
        binder.TypeError(node, name, "a number or a distribution object", ValidHint(range) + " " + AllForms);
        return null;
    }

    private Distribution? FromNumber(SourceNumber number, string name)
    {
        if (double.IsFinite(number.Value)) return Distribution.Fixed(number.Value);
        binder.Errors.At(number, $"{name} must be a finite number, got {number.Text}", "The number is too large for a double.");
        return null;
    }

    private Distribution? FromObject(SourceObject obj, string name)
    {
        var forms = obj.Members.Where(m => FormNames.Contains(m.Key)).ToList();
        string? form = forms.Count > 0 ? forms[0].Key : null;

        bool unknownKeys = false;
        foreach (var member in obj.Members)
        {
            if (member.Key == SettingsObject.Rationale)
            {
                SettingsObject.CheckRationale(binder, member);
            }
            else if (member.Key == Range && form != "beta" || member.Key == Weights && form != "choice")
            {
                string owner = member.Key == Range ? "beta" : "choice";
                binder.Errors.Add(member.Line, member.Column, member.Value.Path, $"\"{member.Key}\" applies only to {owner}",
                    $"Use {Forms.First(f => f.Name == owner).Syntax}.");
                unknownKeys = true;
            }
            else if (!FormNames.Contains(member.Key) && member.Key != Range && member.Key != Weights)
            {
                var valid = FormNames.Append(Range).Append(Weights).Append(SettingsObject.Rationale).ToList();
                binder.Errors.Add(member.Line, member.Column, member.Value.Path, $"unknown key \"{member.Key}\"",
                    SpellingSuggestion.Hint(member.Key, valid, "Valid keys here"));
                unknownKeys = true;
            }
        }

        if (forms.Count == 0)
        {
            // A misspelt form ("unifrom") was already reported with a suggestion; saying "no form" too adds nothing.
            if (!unknownKeys)
                binder.Errors.At(obj, $"{name} has no distribution form", AllForms);
            return null;
        }
        if (forms.Count > 1)
        {
            var second = forms[1];
            binder.Errors.Add(second.Line, second.Column, second.Value.Path,
                $"a distribution has exactly one form, but {name} has both \"{forms[0].Key}\" and \"{second.Key}\"", AllForms);
            return null;
        }
        if (unknownKeys) return null;

        var (formName, arity, syntax) = Forms.First(f => f.Name == form);
        var body = forms[0].Value;
        string hint = "Valid: " + syntax + ".";

        if (formName == Value)
        {
            if (body is SourceNumber number) return FromNumber(number, name);
            binder.TypeError(body, Value, "a number", hint);
            return null;
        }

        var numbers = Numbers(body, formName, arity, hint);
        if (numbers is null) return null;

        double[]? extra = null;
        string? extraKey = formName == "beta" ? Range : formName == "choice" ? Weights : null;
        if (extraKey is not null && obj.Find(extraKey) is { } extraMember)
        {
            extra = Numbers(extraMember.Value, extraKey, extraKey == Range ? 2 : -1, hint);
            if (extra is null) return null;
        }

        try
        {
            return formName switch
            {
                "uniform" => Distribution.Uniform(numbers[0], numbers[1]),
                "normal" => Distribution.Normal(numbers[0], numbers[1]),
                "truncatedNormal" => Distribution.TruncatedNormal(numbers[0], numbers[1], numbers[2], numbers[3]),
                "beta" => extra is null
                    ? Distribution.Beta(numbers[0], numbers[1])
                    : Distribution.Beta(numbers[0], numbers[1], extra[0], extra[1]),
                "triangular" => Distribution.Triangular(numbers[0], numbers[1], numbers[2]),
                "pert" => Distribution.Pert(numbers[0], numbers[1], numbers[2]),
                "choice" => Distribution.Choice(numbers, extra),
                _ => throw new InvalidOperationException($"Form {formName} has no factory."),
            };
        }
        catch (ArgumentException e)
        {
            binder.Errors.At(body, e.Message, hint);
            return null;
        }
    }

    /// <summary>An array of <paramref name="arity"/> finite numbers (-1: one or more), or null after reporting.</summary>
    private double[]? Numbers(SourceNode node, string key, int arity, string hint)
    {
        string expected = arity switch
        {
            -1 => "an array of one or more numbers",
            1 => "an array of 1 number",
            _ => $"an array of {arity} numbers",
        };
        if (node is not SourceArray array)
        {
            binder.TypeError(node, key, expected, hint);
            return null;
        }
        if (arity == -1 ? array.Items.Count == 0 : array.Items.Count != arity)
        {
            binder.Errors.At(node, $"{key} must be {expected}, got {array.Items.Count}", hint);
            return null;
        }
        var values = new double[array.Items.Count];
        bool ok = true;
        for (int i = 0; i < values.Length; i++)
        {
            var item = array.Items[i];
            if (item is SourceNumber n && double.IsFinite(n.Value))
            {
                values[i] = n.Value;
                continue;
            }
            if (item is SourceNumber tooLarge)
                binder.Errors.At(item, $"{key} values must be finite numbers, got {tooLarge.Text}", hint);
            else
                binder.TypeError(item, $"each value of {key}", "a number", hint);
            ok = false;
        }
        return ok ? values : null;
    }
}
