namespace NegotiationSim.Experiments;

/// <summary>One variant as written in the file: the overrides to apply to the base scenario's JSON tree.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description.</param>
/// <param name="Inserts">List insertions, applied first, in file order.</param>
/// <param name="Sets">Setting overrides (null removes), applied after the insertions, in file order.</param>
internal sealed record VariantDefinition(string Name, string Description, IReadOnlyList<VariantInsert> Inserts, IReadOnlyList<VariantSet> Sets);

/// <summary>One <c>"set"</c> entry: the path's segments and the value (a <see cref="SourceNull"/> removes).</summary>
/// <param name="Member">The entry in the file, for its position and path.</param>
/// <param name="Segments">The dotted path, split.</param>
internal sealed record VariantSet(SourceMember Member, string[] Segments);

/// <summary>One <c>"insert"</c> entry: put <paramref name="Value"/> into the list at <paramref name="Into"/>.</summary>
/// <param name="Node">The entry in the file, for its position and path.</param>
/// <param name="Into">The list's dotted path, split.</param>
/// <param name="Before">Insert before the entry with this id (or string value); null when not given.</param>
/// <param name="After">Insert after the entry with this id; null when not given. Neither: append.</param>
/// <param name="Value">What to insert.</param>
internal sealed record VariantInsert(SourceNode Node, string[] Into, string? Before, string? After, SourceNode Value);
