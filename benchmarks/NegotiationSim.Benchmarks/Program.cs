using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NegotiationSim.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen by BenchmarkDotNet's command line (always pass <c>--filter</c>; e.g.
/// <c>--filter '*Peer*'</c>, or <c>--job dry --inProcess --filter '*'</c> as a smoke test) and exits non-zero when
/// nothing ran or any benchmark failed, which BenchmarkDotNet itself does not do.
/// </summary>
public static class Program
{
    /// <summary>Options that only print information; for them an empty run is a success.</summary>
    private static readonly string[] s_informational = ["--list", "--help", "-h", "-?", "--version", "--info"];

    /// <summary>The entry point: 0 when every selected benchmark produced results, else 1.</summary>
    public static int Main(string[] args)
    {
        Summary[] summaries = [.. BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args)];
        if (summaries.Length == 0 && Array.Exists(args, a => Array.IndexOf(s_informational, a) >= 0))
            return 0;
        return SummaryCheck.Failures(summaries, Console.Error) == 0 ? 0 : 1;
    }
}
