using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace NegotiationSim.Benchmarks;

/// <summary>
/// The whole `negsim run` process on the default scenario, start-up, plots and results folder included, as a
/// researcher experiences it. Needs the CLI built in Release first (`dotnet build src/NegotiationSim.Cli -c Release`).
/// Each operation is a whole process (seconds), so measure it with a monitoring job given on the command line,
/// e.g. `--job short` or `--strategy Monitoring --launchCount 1 --warmupCount 1 --iterationCount 3`; the class sets
/// no job of its own, so that the CI smoke run (`--job dry`) runs each case once and not a full job besides.
/// </summary>
public class ProcessBenchmarks
{
    private string _negsim = "";
    private string _out = "";

    // 10⁵, not 10⁶: a million replicates of the default with NATO as its 30 members take minutes (docs/benchmarks.md).
    /// <summary>Replicates per run.</summary>
    [Params(10_000, 100_000)] public int Runs { get; set; }

    /// <summary>Finds the built CLI by walking up to the repository root.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NegotiationSim.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("cannot find NegotiationSim.sln above " + AppContext.BaseDirectory);
        _negsim = Path.Combine(dir.FullName, "src", "NegotiationSim.Cli", "bin", "Release", "net10.0", "negsim.dll");
        if (!File.Exists(_negsim)) throw new InvalidOperationException($"build the CLI first: {_negsim} is missing");
        _out = Path.Combine(Path.GetTempPath(), "negsim-process-benchmark");
    }

    /// <summary>`dotnet negsim.dll run --runs N` into a scratch folder.</summary>
    [Benchmark]
    public int NegsimRun()
    {
        var start = new ProcessStartInfo("dotnet", ["exec", _negsim, "run", "--runs", Runs.ToString(), "--out", _out, "--force"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"negsim exited with {process.ExitCode}");
        return process.ExitCode;
    }
}
