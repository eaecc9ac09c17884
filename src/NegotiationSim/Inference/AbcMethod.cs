namespace NegotiationSim.Inference;

/// <summary>The approximate Bayesian computation algorithms of <c>negsim infer</c> (docs/validation.md, "Inference").</summary>
public enum AbcMethod
{
    /// <summary>Rejection ABC: prior draws weighted by the share of their replicates within the tolerance.</summary>
    Rejection,
    /// <summary>Sequential Monte Carlo ABC with an adaptive tolerance schedule (Del Moral, Doucet &amp; Jasra 2012).</summary>
    Smc,
}
