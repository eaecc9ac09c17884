using System.Diagnostics;
using System.Text;
using NegotiationSim.Tests.Conditions;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Cli;

/// <summary>
/// The built negsim as a process: what only the real entry point shows. Ctrl+C (SIGINT) and SIGTERM cancel a run
/// cleanly, a runtime failure is one "error:" line unless --debug, and exit codes reach the shell. Linux only.
/// </summary>
public class ProcessTests
{
    /// <summary>negsim.dll as `dotnet build src/NegotiationSim.Cli` leaves it (same configuration as the tests).</summary>
    private static string Negsim()
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
        string built = Repository.File($"src/NegotiationSim.Cli/bin/{configuration}/net10.0/negsim.dll");
        // The test build copies the same assembly next to itself; use it if the CLI was built elsewhere.
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "negsim.dll");
    }

    private sealed class NegsimProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new(), _error = new();
        private readonly Task _pumps;

        public NegsimProcess(string workingDirectory, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Negsim());
            foreach (string arg in args) start.ArgumentList.Add(arg);
            _process = Process.Start(start)!;
            // Progress is written with '\r' and no newline, so read characters, not lines.
            _pumps = Task.WhenAll(Pump(_process.StandardOutput, _output), Pump(_process.StandardError, _error));
        }

        private static async Task Pump(StreamReader reader, StringBuilder into)
        {
            var buffer = new char[4096];
            int n;
            while ((n = await reader.ReadAsync(buffer)) > 0)
                lock (into) into.Append(buffer, 0, n);
        }

        public int Id => _process.Id;

        public string Output { get { lock (_output) return _output.ToString(); } }

        public string Error { get { lock (_error) return _error.ToString(); } }

        public bool WaitForError(string text, TimeSpan timeout)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < timeout && !_process.HasExited)
            {
                if (Error.Contains(text, StringComparison.Ordinal)) return true;
                Thread.Sleep(50);
            }
            return Error.Contains(text, StringComparison.Ordinal);
        }

        public int? WaitForExit(TimeSpan timeout)
        {
            if (!_process.WaitForExit(timeout)) return null;
            _pumps.Wait(TimeSpan.FromSeconds(5));
            return _process.ExitCode;
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    [LinuxTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_signal_cancels_a_run_promptly_with_exit_code_130_and_leaves_no_results(string signal)
    {
        using var folder = new TemporaryFolder();
        using var negsim = new NegsimProcess(folder.Path, "run", "--runs", "1000000000000", "--threads", "1", "--no-plots", "--out", "results");

        // Progress shows once a run has gone on for a second: the engine is running then.
        Assert.True(negsim.WaitForError("replicates", TimeSpan.FromSeconds(30)), "no progress seen: " + negsim.Error);
        var clock = Stopwatch.StartNew();
        Signal(negsim.Id, signal);
        int? code = negsim.WaitForExit(TimeSpan.FromSeconds(10));
        var stopped = clock.Elapsed;

        Assert.True(code is not null, "negsim did not stop within 10 s of SIG" + signal);
        Assert.Equal(130, code);
        Assert.True(stopped < TimeSpan.FromSeconds(3), $"took {stopped.TotalSeconds:F2} s to stop");
        Assert.Contains("interrupted after", negsim.Error, StringComparison.Ordinal);
        // Neither the results folder nor its hidden staging folder (.results.partial-PID) is left.
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [LinuxFact]
    public void A_signal_in_the_middle_of_a_long_chunk_still_leaves_no_staging_folder()
    {
        // Replicates here take milliseconds each (1000 rounds without agreement), so a chunk of 2048 outlasts the
        // 2 s System.CommandLine waits after a signal before it ends the process anyway: the staging folder must
        // go with the process then too.
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "slow.json"), SlowExperiment());
        using var negsim = new NegsimProcess(folder.Path, "run", "slow.json", "--runs", "100000", "--threads", "1", "--no-plots", "--out", "results");

        Assert.True(negsim.WaitForError("replicates", TimeSpan.FromSeconds(30)), "no progress seen: " + negsim.Error);
        Assert.Contains(".results.partial-", string.Join(" ", Directory.GetFileSystemEntries(folder.Path)), StringComparison.Ordinal);
        Signal(negsim.Id, "INT");
        int? code = negsim.WaitForExit(TimeSpan.FromSeconds(15));

        Assert.Equal(130, code);
        Assert.Equal(["slow.json"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    private static string SlowExperiment()
    {
        const int Parties = 10, Items = 20;
        var items = Enumerable.Range(0, Items).Select(i => $"{{\"id\": \"i{i}\", \"statusQuo\": 0.5}}");
        // Two camps at opposite ends with red lines that exclude each other: no offer is ever accepted.
        var parties = Enumerable.Range(0, Parties).Select(a =>
        {
            string stance = a % 2 == 0 ? "\"ideal\": 0, \"salience\": 1, \"redLine\": [0, 0.1]" : "\"ideal\": 1, \"salience\": 1, \"redLine\": [0.9, 1]";
            return $"{{\"id\": \"p{a}\", \"positions\": {{{string.Join(", ", Enumerable.Range(0, Items).Select(i => $"\"i{i}\": {{{stance}}}"))}}}}}";
        });
        string participants = string.Join(", ", Enumerable.Range(0, Parties).Select(a => $"\"p{a}\""));
        string agenda = string.Join(", ", Enumerable.Range(0, Items).Select(i => $"\"i{i}\""));
        var meetings = Enumerable.Range(0, 3).Select(m => $"{{\"id\": \"m{m}\", \"participants\": [{participants}], \"items\": [{agenda}], \"rounds\": 1000}}");
        return $"{{\"name\": \"slow\", \"items\": [{string.Join(", ", items)}], \"parties\": [{string.Join(", ", parties)}], " +
            $"\"meetings\": [{string.Join(", ", meetings)}], \"sequence\": {{\"endOnDecline\": false, \"endOnWalkout\": false}}}}";
    }

    [LinuxFact]
    public void A_runtime_failure_is_one_error_line_and_the_stack_trace_only_with_debug()
    {
        // Writing to /dev/full fails with ENOSPC: an I/O failure no command expects, so it reaches Program's catch.
        Assert.True(File.Exists("/dev/full"), "a Linux machine without /dev/full");
        foreach (bool debug in new[] { false, true })
        {
            var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"exec dotnet \"{Negsim()}\" schema{(debug ? " --debug" : "")} > /dev/full");
            using var process = Process.Start(start)!;
            string error = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)));

            Assert.Equal(1, process.ExitCode);
            Assert.StartsWith("error: ", error, StringComparison.Ordinal);
            if (debug)
            {
                Assert.Contains("System.IO.IOException", error, StringComparison.Ordinal);
                Assert.Contains("   at ", error, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
                Assert.Contains("--debug", error, StringComparison.Ordinal);
                Assert.Equal(2, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            }
        }
    }

    [LinuxFact]
    public void Exit_codes_reach_the_shell()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "good.json"), ExperimentFiles.Minimal);
        File.WriteAllText(Path.Combine(folder.Path, "bad.json"), ExperimentFiles.Minimal.With("\"salience\": 2", "\"salience\": -2"));

        using (var ok = new NegsimProcess(folder.Path, "validate", "good.json"))
        {
            Assert.Equal(0, ok.WaitForExit(TimeSpan.FromSeconds(30)));
            Assert.Equal("good.json: ok" + Environment.NewLine, ok.Output);
        }
        using (var bad = new NegsimProcess(folder.Path, "validate", "good.json", "bad.json"))
        {
            Assert.Equal(2, bad.WaitForExit(TimeSpan.FromSeconds(30)));
            Assert.StartsWith("bad.json:6:", bad.Error, StringComparison.Ordinal);
        }
        using (var usage = new NegsimProcess(folder.Path, "validate"))
            Assert.Equal(2, usage.WaitForExit(TimeSpan.FromSeconds(30)));
        using (var schema = new NegsimProcess(folder.Path, "schema"))
        {
            Assert.Equal(0, schema.WaitForExit(TimeSpan.FromSeconds(30)));
            Assert.Equal(File.ReadAllText(Repository.File("docs/negsim.schema.json")), schema.Output);
        }
    }

    [LinuxFact]
    public void A_misspelt_option_is_named_exits_2_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        foreach (string[] args in new[] { new[] { "run", "--runz", "100" }, ["run", "--runz"] })
        {
            using var typo = new NegsimProcess(folder.Path, args);
            Assert.Equal(2, typo.WaitForExit(TimeSpan.FromSeconds(30)));
            Assert.Equal("error: unknown option '--runz'; did you mean '--runs'?", typo.Error.TrimEnd());
            Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
        }
    }
}
