namespace NegotiationSim.Experiments;

/// <summary>
/// The ids declared for one kind of thing (items, parties, blocs, meetings): reports duplicates where they are
/// declared and unknown ids where they are referenced, with a did-you-mean.
/// </summary>
internal sealed class IdRegistry(string kind, string plural, ErrorCollector errors)
{
    private readonly Dictionary<string, SourceNode> _declared = new(StringComparer.Ordinal);

    /// <summary>Singular noun for messages, e.g. "party".</summary>
    public string Kind { get; } = kind;

    /// <summary>Plural noun for messages, e.g. "parties".</summary>
    public string Plural { get; } = plural;

    /// <summary>
    /// False when the list that declares the ids could not be read at all; references are then left unchecked,
    /// since every one of them would be reported as unknown for a single mistake.
    /// </summary>
    public bool IsComplete { get; set; } = true;

    /// <summary>Declares <paramref name="id"/>, written at <paramref name="node"/>; a second declaration is an error.</summary>
    public void Declare(string id, SourceNode node)
    {
        if (_declared.TryGetValue(id, out var first))
        {
            errors.At(node, $"duplicate {Kind} id \"{id}\"",
                $"Ids must be unique among {Plural}; the first \"{id}\" is at line {first.Line}, column {first.Column}.");
            return;
        }
        _declared.Add(id, node);
    }

    /// <summary>True when <paramref name="id"/> is declared; otherwise reports it at the given place with a did-you-mean.</summary>
    public bool CheckReference(string id, int line, int column, string path)
    {
        if (!IsComplete || _declared.ContainsKey(id)) return true;
        string hint = _declared.Count == 0
            ? $"No {Plural} are declared in this file."
            : SpellingSuggestion.Hint(id, _declared.Keys, char.ToUpperInvariant(Plural[0]) + Plural[1..] + " in this file");
        errors.Add(line, column, path, $"unknown {Kind} \"{id}\"", hint);
        return false;
    }
}
