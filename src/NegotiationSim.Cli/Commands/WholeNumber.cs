using System.CommandLine.Parsing;
using System.Globalization;

namespace NegotiationSim.Cli.Commands;

/// <summary>
/// Whole numbers on the command line in the forms an experiment file accepts for the same setting: plain digits,
/// and "1e5" or "100000.0" (researchers write replicate counts that way); not "1.5". Exactness follows the file
/// reader too: beyond 2^53 a double cannot say which whole number "1e17" meant, so only plain digits are taken there.
/// </summary>
internal static class WholeNumber
{
    private const double LargestExactWhole = 9007199254740992;
    private const double TwoToThe64 = 18446744073709551616.0;

    /// <summary>A parser for an option whose value must be a whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Func<ArgumentResult, long?> Parser(string option, long min, long max) => result =>
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long plain))
            return InRange(plain) ? plain : Fail();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || double.IsNaN(v))
            return Fail($"{option} must be a whole number, e.g. 100000 or 1e5, got '{text}'");
        // Digits beyond what a long holds, or 1e300: out of range rather than malformed.
        if (Math.Abs(v) > LargestExactWhole && (Math.Abs(v) >= 9.2e18 || text.TrimStart('+', '-').All(char.IsAsciiDigit)))
            return v < 0 ? Fail() : Fail(max == long.MaxValue ? $"{option} must be at most {max}, got '{text}'" : null);
        if (v != Math.Floor(v))
            return Fail($"{option} must be a whole number, got '{text}'");
        if (Math.Abs(v) > LargestExactWhole)
            return v < min ? Fail() : Fail(max == long.MaxValue ? $"{option} above 2^53 must be written in plain digits, got '{text}'" : null);
        return InRange((long)v) ? (long)v : Fail();

        bool InRange(long n) => n >= min && n <= max;

        long? Fail(string? message = null)
        {
            string range = max == long.MaxValue ? $"at least {min}" : $"in [{min}, {max}]";
            result.AddError(message ?? $"{option} must be {range}, got '{text}'");
            return null;
        }
    };

    /// <summary>A parser for a master seed: a whole number in [0, 2^64 − 1].</summary>
    public static Func<ArgumentResult, ulong?> SeedParser(string option) => result =>
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        const string Range = "[0, 18446744073709551615]";
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong plain)) return plain;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || double.IsNaN(v))
            return Fail($"{option} must be a whole number in {Range}, got '{text}'");
        if (v < 0) return Fail($"{option} must be at least 0, got '{text}'");
        if (v >= TwoToThe64) return Fail($"{option} must be at most {ulong.MaxValue} (2^64 - 1), got '{text}'");
        if (v != Math.Floor(v)) return Fail($"{option} must be a whole number, got '{text}'");
        if (v > LargestExactWhole) return Fail($"{option} above 2^53 must be written in plain digits, got '{text}'");
        return (ulong)v;

        ulong? Fail(string message)
        {
            result.AddError(message);
            return null;
        }
    };
}
