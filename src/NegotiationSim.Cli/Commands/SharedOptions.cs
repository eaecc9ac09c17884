using System.CommandLine;
using NegotiationSim.Diagnostics;
using NegotiationSim.Experiments;
using NegotiationSim.Plots;

namespace NegotiationSim.Cli.Commands;

/// <summary>Options that several commands share, made the same way everywhere.</summary>
internal static class SharedOptions
{
    /// <summary><c>--set PATH=VALUE</c>, repeatable.</summary>
    public static Option<string[]> Set() => new("--set")
    {
        Description = "Change a setting before running, e.g. --set parties.russia.outsideOption=0.5 or --set 'parties.russia.outsideOption={\"uniform\":[0.5,0.7]}' (repeatable; applied after the variant's own changes; null removes a setting)",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary><c>--runs</c>, ≥ 1.</summary>
    public static Option<long?> Runs(string description)
    {
        // The forms an experiment file's "runs" accepts: 100000, 1e5, 100000.0.
        return new Option<long?>("--runs", "-n") { Description = description, CustomParser = WholeNumber.Parser("--runs", 1, long.MaxValue) };
    }

    /// <summary><c>--seed</c>, a whole number in [0, 2^64 − 1] written as a file's "seed" may be.</summary>
    public static Option<ulong?> Seed(string description) =>
        new("--seed", "-s") { Description = description, CustomParser = WholeNumber.SeedParser("--seed") };

    /// <summary><c>--style screen|paper</c>: how the plots are drawn (see <see cref="PlotStyle"/>).</summary>
    public static Option<string> Style()
    {
        var style = new Option<string>("--style")
        {
            Description = "Plots for a screen (default: PNG and SVG, 1000 px wide, titled) or for a paper: 7 in (a double journal column) wide, no title, PNG at 300 dpi, SVG in points and PDF",
            DefaultValueFactory = _ => "screen",
            HelpName = "screen|paper",
        };
        style.AcceptOnlyFromAmong("screen", "paper");
        return style;
    }

    /// <summary>The <see cref="PlotStyle"/> a validated <c>--style</c> value names.</summary>
    public static PlotStyle StyleOf(string? value) => value == "paper" ? PlotStyle.Paper : PlotStyle.Screen;

    /// <summary><c>--threads</c>, ≥ 0.</summary>
    public static Option<int> Threads()
    {
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads; results are identical for any count [default: all cores]", DefaultValueFactory = _ => 0 };
        threads.Validators.Add(r => { if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var n) && n < 0) r.AddError("--threads must be 0 (all cores) or more"); });
        return threads;
    }

    /// <summary>Parses every <c>--set</c>; null after printing the errors.</summary>
    public static IReadOnlyList<SettingOverride>? ParseSets(IReadOnlyList<string>? sets, TextWriter error)
    {
        var result = new List<SettingOverride>();
        var problems = new List<UserError>();
        foreach (var text in sets ?? [])
        {
            try { result.Add(SettingOverride.Parse(text)); }
            catch (ExperimentException e) { problems.AddRange(e.Errors); }
        }
        if (problems.Count == 0) return result;
        foreach (var problem in problems) error.WriteLine($"error: {problem}");
        return null;
    }

    /// <summary>A shell-safe rendering of an argument for a "reproduce" command line.</summary>
    public static string Quote(string argument) =>
        argument.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '=' or '/' or ':' or ',')
            ? argument
            : "'" + argument.Replace("'", "'\\''") + "'";
}
