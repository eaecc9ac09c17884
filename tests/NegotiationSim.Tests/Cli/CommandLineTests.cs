using System.CommandLine;
using NegotiationSim.Cli.Commands;

namespace NegotiationSim.Tests.Cli;

/// <summary>
/// The command line as a researcher types it: misspelt options are named with the nearest real one, and counts
/// and seeds are accepted in the forms an experiment file accepts.
/// </summary>
public class CommandLineTests
{
    private static RootCommand Root()
    {
        var debug = new Option<bool>("--debug") { Recursive = true };
        return new RootCommand("negsim")
        {
            RunCommand.Create(), ValidateCommand.Create(), SchemaCommand.Create(), CompareCommand.Create(),
            SweepCommand.Create(), ReportCommand.Create(), ExpectedUtilityCommand.Create(), MergeCommand.Create(),
            SlurmCommand.Create(), BacktestCommand.Create(), debug,
        };
    }

    // Sweep needs a parameter to parse without errors.
    private static string[] Required(string command) => command == "sweep" ? ["--param", "a=0:1:3"] : [];

    [Theory]
    [InlineData("run --runz 100", "unknown option '--runz'; did you mean '--runs'?")]
    [InlineData("run --runz", "unknown option '--runz'; did you mean '--runs'?")]
    [InlineData("run experiments/nato-russia-2022.json --sedd 7", "unknown option '--sedd'; did you mean '--seed'?")]
    [InlineData("run --runz=100", "unknown option '--runz'; did you mean '--runs'?")]
    [InlineData("run -runs 100", "unknown option '-runs'; did you mean '--runs'?")]
    [InlineData("compare --thredas 2", "unknown option '--thredas'; did you mean '--threads'?")]
    [InlineData("sweep x.json --parm a=0:1:3", "unknown option '--parm'; did you mean '--param'?")]
    [InlineData("run --debgu", "unknown option '--debgu'; did you mean '--debug'?")]
    [InlineData("run -x", "unknown option '-x' for 'negsim run'; run 'negsim run --help' for its options")]
    [InlineData("run --completely-different", "unknown option '--completely-different' for 'negsim run'; run 'negsim run --help' for its options")]
    public void A_misspelt_option_is_named_with_the_nearest_real_one(string line, string expected)
    {
        var parse = Root().Parse(line.Split(' '));
        Assert.Equal(expected, UnknownOption.Find(parse));
    }

    [Fact]
    public void Every_option_of_every_command_is_suggested_for_its_own_typo()
    {
        var root = Root();
        int checkedOptions = 0;
        foreach (var command in root.Subcommands)
        {
            foreach (var option in command.Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name.Length > 4))
            {
                // Swapping the last two letters is the commonest typo; the option's own name must come back.
                string name = option.Name;
                string typo = name[..^2] + name[^1] + name[^2];
                if (typo == name) continue;
                var parse = root.Parse([command.Name, typo]);
                Assert.Equal($"unknown option '{typo}'; did you mean '{name}'?", UnknownOption.Find(parse));
                checkedOptions++;
            }
        }
        Assert.True(checkedOptions > 20, $"only {checkedOptions} options checked");
    }

    [Theory]
    [InlineData("run --runs 100")]
    [InlineData("run --seed -1")]
    [InlineData("run --set parties.russia.outsideOption=-1")]
    [InlineData("run -- --a-file-named-like-an-option.json")]
    [InlineData("validate a.json b.json")]
    public void Correct_lines_and_negative_numbers_are_not_taken_for_unknown_options(string line)
    {
        var parse = Root().Parse(line.Split(' '));
        Assert.Null(UnknownOption.Find(parse));
    }

    [Fact]
    public void Every_command_that_draws_plots_takes_style_screen_or_paper()
    {
        var root = Root();
        foreach (string command in new[] { "run", "compare", "sweep", "report", "eu" })
        {
            string[] args = command == "sweep" ? [command, "x.json", "--param", "a=0:1:3"] : [command, "x.json"];
            Assert.Empty(root.Parse([.. args, "--style", "paper"]).Errors);
            Assert.Empty(root.Parse([.. args, "--style", "screen"]).Errors);
            var wrong = Assert.Single(root.Parse([.. args, "--style", "papr"]).Errors);
            Assert.Contains("'papr'", wrong.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("100000", 100000L)]
    [InlineData("1e5", 100000L)]
    [InlineData("1E5", 100000L)]
    [InlineData("100000.0", 100000L)]
    [InlineData("2.5e3", 2500L)]
    [InlineData("9007199254740993", 9007199254740993L)]
    public void Runs_are_accepted_in_the_forms_an_experiment_file_accepts(string text, long expected)
    {
        foreach (string command in new[] { "run", "compare", "sweep" })
        {
            var parse = Root().Parse([command, "x.json", "--runs", text, .. Required(command)]);
            Assert.Empty(parse.Errors);
            var runs = parse.CommandResult.Command.Options.Single(o => o.Name == "--runs");
            Assert.Equal(expected, parse.GetValue((Option<long?>)runs));
        }
    }

    [Theory]
    [InlineData("0", "--runs must be at least 1, got '0'")]
    [InlineData("-5", "--runs must be at least 1, got '-5'")]
    [InlineData("1.5", "--runs must be a whole number, got '1.5'")]
    [InlineData("lots", "--runs must be a whole number, e.g. 100000 or 1e5, got 'lots'")]
    [InlineData("99999999999999999999", "--runs must be at most 9223372036854775807, got '99999999999999999999'")]
    [InlineData("1e300", "--runs must be at most 9223372036854775807, got '1e300'")]
    [InlineData("1e17", "--runs above 2^53 must be written in plain digits, got '1e17'")]
    public void Wrong_runs_say_what_is_valid(string text, string message)
    {
        var parse = Root().Parse(["run", "--runs", text]);
        Assert.Equal(message, Assert.Single(parse.Errors).Message);
    }

    [Theory]
    [InlineData("18446744073709551615", 18446744073709551615UL)]
    [InlineData("20220120", 20220120UL)]
    [InlineData("1e3", 1000UL)]
    [InlineData("7.0", 7UL)]
    public void Seeds_are_accepted_up_to_two_to_the_64_minus_one(string text, ulong expected)
    {
        foreach (string command in new[] { "run", "compare", "sweep" })
        {
            var parse = Root().Parse([command, "x.json", "--seed", text, .. Required(command)]);
            Assert.Empty(parse.Errors);
            var seed = parse.CommandResult.Command.Options.Single(o => o.Name == "--seed");
            Assert.Equal(expected, parse.GetValue((Option<ulong?>)seed));
        }
    }

    [Theory]
    [InlineData("18446744073709551616", "--seed must be at most 18446744073709551615 (2^64 - 1), got '18446744073709551616'")]
    [InlineData("99999999999999999999999", "--seed must be at most 18446744073709551615 (2^64 - 1), got '99999999999999999999999'")]
    [InlineData("1e20", "--seed must be at most 18446744073709551615 (2^64 - 1), got '1e20'")]
    [InlineData("-1", "--seed must be at least 0, got '-1'")]
    [InlineData("0.5", "--seed must be a whole number, got '0.5'")]
    [InlineData("1e17", "--seed above 2^53 must be written in plain digits, got '1e17'")]
    [InlineData("abc", "--seed must be a whole number in [0, 18446744073709551615], got 'abc'")]
    public void Wrong_seeds_name_the_bounds(string text, string message)
    {
        var parse = Root().Parse(["run", "--seed", text]);
        Assert.Equal(message, Assert.Single(parse.Errors).Message);
    }
}
