using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NegotiationSim.Experiments;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// Finds a misspelt option such as <c>--runz</c>. System.CommandLine takes an unknown "--word" for the command's
/// positional argument (so <c>run --runz</c> went looking for an experiment file called "--runz") or, when that is
/// taken, calls the next token unrecognised (<c>run --runz 100</c> → "Unrecognized command or argument '100'").
/// Neither names the real mistake, so every token that looks like an option but was parsed as an argument is
/// checked against the options the command has.
/// </summary>
internal static class UnknownOption
{
    /// <summary>"unknown option '--runz'; did you mean '--runs'?" for the first such token, or null when there is none.</summary>
    public static string? Find(ParseResult parse)
    {
        foreach (var token in parse.Tokens)
        {
            // After "--" everything is an argument by the user's own choice.
            if (token.Type == TokenType.DoubleDash) return null;
            if (token.Type != TokenType.Argument || !LooksLikeOption(token.Value)) continue;
            var command = parse.CommandResult.Command;
            var names = Names(parse.CommandResult).ToList();
            string word = token.Value.Split('=', 2)[0];
            // One- or two-letter words ("-x") are one edit from every short alias; a guess there would be noise.
            string? closest = word.Length > 2
                ? SpellingSuggestion.Closest(word, names.Where(n => n.StartsWith("--", StringComparison.Ordinal)))
                : null;
            string commandName = parse.CommandResult.Parent is null ? "negsim" : "negsim " + command.Name;
            return closest is null
                ? $"unknown option '{word}' for '{commandName}'; run '{commandName} --help' for its options"
                : $"unknown option '{word}'; did you mean '{closest}'?";
        }
        return null;
    }

    // "-5" and "-1e3" are (bad) numbers for an option, and "-" alone means standard input to some tools.
    private static bool LooksLikeOption(string value) =>
        value.Length > 1 && value[0] == '-'
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    // The command's own options and the recursive ones of the commands above it (--debug, --help).
    private static IEnumerable<string> Names(CommandResult result)
    {
        SymbolResult? at = result;
        bool own = true;
        while (at is CommandResult current)
        {
            foreach (var option in current.Command.Options)
            {
                if (!own && !option.Recursive) continue;
                yield return option.Name;
                foreach (string alias in option.Aliases) yield return alias;
            }
            own = false;
            at = current.Parent;
        }
    }
}
