using System.Diagnostics;

namespace NegotiationSim.Tests.Shards;

/// <summary>A test that needs a Slurm cluster answering sinfo with a usable node (.ci/slurm-up.sh starts one); skipped, with the reason, otherwise.</summary>
internal sealed class SlurmFactAttribute : FactAttribute
{
    // Asked once per test run: a cluster that does not answer makes sinfo wait for its timeout.
    private static readonly Lazy<string?> Unavailable = new(() =>
    {
        string state;
        try { state = Run("sinfo", "-h", "-o", "%T"); }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return "no Slurm here (sinfo: " + e.Message + "); .ci/run starts a single-node cluster with .ci/slurm-up.sh";
        }
        return state.Split('\n').Any(s => s.StartsWith("idle", StringComparison.Ordinal) || s.StartsWith("mixed", StringComparison.Ordinal) || s.StartsWith("allocated", StringComparison.Ordinal))
            ? null
            : $"Slurm answers but has no usable node (sinfo: '{state.Trim()}'); start one with .ci/slurm-up.sh";
    });

    public SlurmFactAttribute()
    {
        if (Unavailable.Value is { } reason) Skip = reason;
    }

    /// <summary>Runs a Slurm client command; its stdout.</summary>
    /// <exception cref="InvalidOperationException">It failed or took over 20 s.</exception>
    public static string Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{command} did not answer within 20 s");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} failed: {stderr.Result.Trim()}");
        return stdout.Result;
    }
}
