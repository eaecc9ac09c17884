using System.Diagnostics;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Tests.Conditions;
using NegotiationSim.Tests.Experiments;

namespace NegotiationSim.Tests.Cli;

/// <summary>
/// Safe outputs: a results folder appears only when complete, an existing one is replaced only with --force, and
/// neither a failure nor an interruption leaves anything behind that looks like results.
/// </summary>
public class RunCommandTests
{
    private static RunOptions Options(string target, bool force = false, long runs = 64) =>
        new(Experiment: null, Runs: runs, Seed: 7, Out: target, Threads: 1, Force: force, NoPlots: true);

    private static (ExitCode Code, string Output, string Error) Run(RunOptions options, CancellationToken cancellation = default)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = RunCommand.Execute(options, output, error, cancellation);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Every file under <paramref name="folder"/> with its content, to show that nothing changed.</summary>
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(folder, p), p => File.Exists(p) ? File.ReadAllText(p) : "<dir>");

    [Fact]
    public void A_run_writes_the_folder_and_leaves_no_staging_folder()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "results");

        var (code, output, error) = Run(Options(target));

        Assert.True(code == ExitCode.Success, error);
        Assert.Contains("Results: " + target, output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(target, "summary.json")));
        Assert.True(File.Exists(Path.Combine(target, "experiment.json")));
        Assert.Equal(["results"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_existing_results_folder_is_refused_and_left_untouched()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "results");
        Directory.CreateDirectory(Path.Combine(target, "plots"));
        File.WriteAllText(Path.Combine(target, "summary.json"), "{ \"earlier\": true }");
        File.WriteAllText(Path.Combine(target, "plots", "notes.txt"), "keep me");
        var before = Snapshot(folder.Path);

        var (code, output, error) = Run(Options(target));

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Equal("", output);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(folder.Path));
    }

    [Fact]
    public void An_existing_file_in_the_way_is_refused_too()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "results");
        File.WriteAllText(target, "not a folder");

        var (code, _, error) = Run(Options(target));

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(target));
    }

    [Fact]
    public void Force_replaces_an_existing_results_folder_completely()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "results");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "stale.txt"), "from an earlier run");

        var (code, _, error) = Run(Options(target, force: true));

        Assert.True(code == ExitCode.Success, error);
        Assert.False(File.Exists(Path.Combine(target, "stale.txt")));
        Assert.True(File.Exists(Path.Combine(target, "summary.json")));
        Assert.Equal(["results"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_parent_that_is_a_file_is_a_clear_error_without_a_stack_trace()
    {
        using var folder = new TemporaryFolder();
        string blocker = Path.Combine(folder.Path, "blocker");
        File.WriteAllText(blocker, "a file, not a folder");
        string target = Path.Combine(blocker, "results");

        var (code, output, error) = Run(Options(target));

        Assert.NotEqual(ExitCode.Success, code);
        Assert.Equal("", output);
        Assert.Equal($"error: cannot write results folder '{target}': '{blocker}' is a file, not a folder; choose an --out in a folder you can write to",
            error.TrimEnd());
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(["blocker"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Style_paper_writes_every_plot_as_png_svg_and_pdf()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "results");

        var (code, _, error) = Run(Options(target) with { NoPlots = false, Style = NegotiationSim.Plots.PlotStyle.Paper });

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal("", error);
        var plots = Directory.GetFiles(Path.Combine(target, "plots")).Select(Path.GetFileName).ToList();
        var pngs = plots.Where(p => p!.EndsWith(".png", StringComparison.Ordinal)).ToList();
        Assert.True(pngs.Count >= 5);
        foreach (string? png in pngs) Assert.Contains(Path.ChangeExtension(png, ".pdf"), plots);
    }

    [ProcFact]
    public void A_folder_nobody_can_create_folders_in_is_named_without_the_hidden_staging_folder()
    {
        // /proc refuses new folders even to root, so this case can be staged anywhere Linux runs the tests.
        var (code, output, error) = Run(Options("/proc/negsim-results"));

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Equal("", output);
        Assert.Equal("error: cannot write results folder '/proc/negsim-results': the folder '/proc' does not allow new folders to be created in it " +
            "(no write permission, or a read-only or special file system); choose an --out in a folder you can write to", error.TrimEnd());
        Assert.DoesNotContain(".partial", error, StringComparison.Ordinal);
    }

    [NotRootFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_parent_is_a_clear_error_without_a_stack_trace()
    {
        using var folder = new TemporaryFolder();
        string parent = Path.Combine(folder.Path, "locked");
        Directory.CreateDirectory(parent);
        File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            Assert.False(CanWrite(parent), "the read-only folder is writable: permissions are not enforced here");

            var (code, output, error) = Run(Options(Path.Combine(parent, "results")));

            Assert.NotEqual(ExitCode.Success, code);
            Assert.Equal("", output);
            Assert.StartsWith($"error: cannot write results folder '{Path.Combine(parent, "results")}': the folder '{parent}' does not allow", error, StringComparison.Ordinal);
            Assert.DoesNotContain("partial", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(parent));
        }
        finally
        {
            File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool CanWrite(string folder)
    {
        string probe = Path.Combine(folder, ".probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public void Cancelling_a_long_run_returns_interrupted_and_leaves_no_target_and_no_staging_folder()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "results");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var (code, output, error) = Run(Options(target, runs: 1_000_000_000_000), cancellation.Token);

        Assert.Equal(ExitCode.Interrupted, code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed} to stop");
        Assert.Equal("", output);
        Assert.Contains("interrupted after", error, StringComparison.Ordinal);
        Assert.Contains("no results written", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_run_cancelled_before_it_starts_writes_nothing_and_keeps_an_existing_folder()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "results");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "summary.json"), "earlier");
        var before = Snapshot(folder.Path);

        var (code, _, _) = Run(Options(target, force: true), new CancellationToken(canceled: true));

        Assert.Equal(ExitCode.Interrupted, code);
        Assert.Equal(before, Snapshot(folder.Path));
    }
}
