namespace NegotiationSim.Scenarios;

/// <summary>Whether a meeting settles its agenda as one package or one item at a time.</summary>
public enum Settlement
{
    /// <summary>All open items are negotiated together and agreed or not together.</summary>
    Package,
    /// <summary>Each open item is negotiated on its own, in agenda order.</summary>
    ItemByItem,
}
