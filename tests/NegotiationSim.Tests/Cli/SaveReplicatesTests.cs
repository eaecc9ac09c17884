using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Tests.Experiments;

namespace NegotiationSim.Tests.Cli;

/// <summary>`negsim run --save-replicates` keeps the results-folder promises: all files or none.</summary>
public class SaveReplicatesTests
{
    [Fact]
    public void An_interrupted_run_leaves_no_half_written_tables()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "results");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var error = new StringWriter();

        var code = RunCommand.Execute(new RunOptions(null, 50_000_000, 7, target, 2, Force: false, NoPlots: true, SaveReplicates: true),
            TextWriter.Null, error, cancellation.Token);

        Assert.Equal(ExitCode.Interrupted, code);
        Assert.Contains("no results written", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_finished_run_has_the_csv_and_parquet_tables()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "results");
        var error = new StringWriter();

        var code = RunCommand.Execute(new RunOptions(null, 100, 7, target, 1, Force: false, NoPlots: true, SaveReplicates: true),
            TextWriter.Null, error, CancellationToken.None);

        Assert.True(code == ExitCode.Success, error.ToString());
        Assert.Equal(["beliefs.csv", "endings.csv", "items.csv", "items.parquet", "meetings.csv", "parties.csv", "replicates.parquet"],
            Directory.GetFiles(Path.Combine(target, "tables")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // Parquet files end with their footer's magic number: complete, not truncated.
        foreach (var file in Directory.GetFiles(Path.Combine(target, "tables"), "*.parquet"))
            Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(file)[^4..]);
    }
}
