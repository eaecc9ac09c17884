using System.Diagnostics;

namespace NegotiationSim.Tests.Cli;

/// <summary>Debian's Chromium, run headless as the CI user (root) with the flags known to work on these machines.</summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool Installed => File.Exists(Path);

    public const string Missing =
        "headless Chromium is not installed at /usr/bin/chromium, so the report page cannot be rendered; " +
        ".ci/run installs it (apt-get install chromium)";

    /// <summary>Runs Chromium on <paramref name="page"/> with <paramref name="action"/> (e.g. "--dump-dom") and returns its stdout.</summary>
    public static string Run(string page, string tempFolder, params string[] action)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--virtual-time-budget=5000",
                     "--user-data-dir=" + System.IO.Path.Combine(tempFolder, "chromium-profile"),
                 })
            start.ArgumentList.Add(flag);
        foreach (var a in action) start.ArgumentList.Add(a);
        start.ArgumentList.Add(new Uri(page).AbsoluteUri);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 90 s: " + stderr.Result);
        }
        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}

/// <summary>A test that needs headless Chromium; skipped, saying why, when /usr/bin/chromium is absent.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!HeadlessChromium.Installed) Skip = HeadlessChromium.Missing;
    }
}
