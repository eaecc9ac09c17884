namespace NegotiationSim.Forecasting;

/// <summary>How a backtest runs.</summary>
/// <param name="Replicates">Monte Carlo replicates per case for the probabilistic models, ≥ 1.</param>
/// <param name="Seed">Master seed: of the Monte Carlo negotiations and of the bootstrap.</param>
/// <param name="Threads">Worker threads, 0 = one per core. Results do not depend on it.</param>
/// <param name="Protocol">The distributions of the protocol's unknown parameters.</param>
/// <param name="BootstrapResamples">Resamples of the paired bootstrap, ≥ 1.</param>
public sealed record BacktestSettings(int Replicates, ulong Seed, int Threads, ProtocolDistributions Protocol, int BootstrapResamples = 2000)
{
    /// <summary>The shares of the <see cref="BacktestModels.Mixture"/> model; <see cref="MixtureWeights.Tuned"/> unless changed.</summary>
    public MixtureWeights Mixture { get; init; } = MixtureWeights.Tuned;
}
