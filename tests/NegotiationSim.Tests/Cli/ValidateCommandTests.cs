using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Cli;

public class ValidateCommandTests
{
    private static (ExitCode Code, string Output, string Error) Validate(params string[] files)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ValidateCommand.Execute(files, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Every_shipped_experiment_is_ok()
    {
        var files = Repository.ExperimentFiles();
        Assert.NotEmpty(files);
        var (code, output, error) = Validate([.. files]);
        Assert.Equal(ExitCode.Success, code);
        Assert.Equal("", error);
        Assert.Equal(files.Select(f => f + ": ok"), output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Valid_and_invalid_files_are_reported_separately_and_the_exit_code_is_2()
    {
        using var folder = new TemporaryFolder();
        string good = Path.Combine(folder.Path, "good.json"), bad = Path.Combine(folder.Path, "bad.json");
        File.WriteAllText(good, ExperimentFiles.Minimal);
        File.WriteAllText(bad, ExperimentFiles.Minimal.With("\"salience\": 2", "\"salience\": -2").With("\"nato\"] }", "\"natto\"] }"));

        var (code, output, error) = Validate(good, bad);

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Equal(good + ": ok" + Environment.NewLine, output);
        var lines = error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(bad + ":6:", lines[0], StringComparison.Ordinal);
        Assert.Contains(": parties[1].positions.nato.salience: salience must be in [0, 1000000], got -2. Valid: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(bad + ":8:", lines[1], StringComparison.Ordinal);
        Assert.Contains(": meetings[0].items[1]: unknown item \"natto\". Did you mean \"nato\"?", lines[1], StringComparison.Ordinal);
        Assert.Equal("2 errors in 1 of 2 files", lines[2]);
    }

    [Fact]
    public void A_missing_file_is_an_error_of_its_own_and_the_others_are_still_checked()
    {
        using var folder = new TemporaryFolder();
        string good = Path.Combine(folder.Path, "good.json"), missing = Path.Combine(folder.Path, "missing.json");
        File.WriteAllText(good, ExperimentFiles.Minimal);

        var (code, output, error) = Validate(missing, good);

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Equal(good + ": ok" + Environment.NewLine, output);
        Assert.StartsWith(missing + ": experiment file not found.", error, StringComparison.Ordinal);
        Assert.EndsWith("1 error in 1 of 2 files" + Environment.NewLine, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_not_an_experiment_file()
    {
        using var folder = new TemporaryFolder();
        var (code, _, error) = Validate(folder.Path);
        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("is a folder, not an experiment file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_file_at_all_is_a_usage_error()
    {
        var (code, output, error) = Validate();
        Assert.Equal(ExitCode.UsageError, code);
        Assert.Equal("", output);
        Assert.Contains("no experiment file given", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_shape_requires_a_file_and_takes_many()
    {
        var command = ValidateCommand.Create();
        Assert.Equal("validate", command.Name);
        Assert.NotEmpty(command.Parse("validate").Errors);
        Assert.Empty(command.Parse("validate a.json b.json c.json").Errors);
    }
}
