using NegotiationSim.Diagnostics;

namespace NegotiationSim.Experiments.Shards;

/// <summary>
/// A shard cannot be run or shards cannot be merged as asked (bad <c>--shard</c>, a folder that is not a shard's
/// partial folder, shards that do not belong together): a user error.
/// </summary>
public sealed class ShardException : UserErrorException
{
    /// <summary>One problem, named in <paramref name="message"/>.</summary>
    public ShardException(string message)
        : base(message)
    {
    }

    /// <summary>Every problem found with a set of shards, so that one look fixes them all; the message has one per line.</summary>
    public ShardException(IReadOnlyList<string> problems)
        : base(problems.Select(UserError.Unlocated).ToList(), string.Join("\n", problems))
    {
    }
}
