using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Experiments;

namespace NegotiationSim.Tests.Validation;

/// <summary>
/// Each file of Validation/broken holds one mistake a researcher could make. `negsim validate` must refuse it
/// with exit code 2 and report that mistake at the right line and setting, in the documented one-line form.
/// </summary>
public class BrokenCorpusTests
{
    public static TheoryData<string> Files => [.. BrokenFile.Names()];

    [Fact]
    public void The_corpus_covers_at_least_forty_mistakes() => Assert.True(BrokenFile.Names().Count >= 40);

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_reports_the_mistake_where_it_is(string name)
    {
        var file = BrokenFile.Load(name);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ValidateCommand.Execute([file.Path], output, error);

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Equal("", output.ToString());
        var lines = error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        string setting = file.SettingPath.Length > 0 ? $": {file.SettingPath}: " : ": ";
        Assert.True(
            lines.Any(l => l.StartsWith($"{file.Path}:{file.Line}:", StringComparison.Ordinal)
                && l.Contains(setting, StringComparison.Ordinal)
                && l.Contains(file.Fragment, StringComparison.Ordinal)),
            $"expected an error at line {file.Line}, setting '{file.SettingPath}', containing '{file.Fragment}'; got:{Environment.NewLine}{error}");
        Assert.EndsWith("in 1 of 1 file" + Environment.NewLine, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_reader_refuses_it_with_the_same_errors(string name)
    {
        var file = BrokenFile.Load(name);
        var errors = ExperimentReader.ValidateFile(file.Path);
        var thrown = Assert.Throws<ExperimentException>(() => ExperimentReader.ReadFile(file.Path));
        Assert.Equal(errors, thrown.Errors);
        Assert.Contains(errors, e => e.Line == file.Line && e.Path == file.SettingPath && e.ToString().Contains(file.Fragment, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.True(e.Line >= 1 && e.Column >= 1, $"unlocated error: {e}"));
    }

    [Fact]
    public void Validating_the_whole_corpus_at_once_reports_every_file()
    {
        var names = BrokenFile.Names();
        var paths = names.Select(n => BrokenFile.Load(n).Path).ToArray();
        var error = new StringWriter();

        var code = ValidateCommand.Execute(paths, new StringWriter(), error);

        Assert.Equal(ExitCode.UsageError, code);
        string text = error.ToString();
        Assert.All(paths, p => Assert.Contains(p + ":", text, StringComparison.Ordinal));
        Assert.Contains($" in {names.Count} of {names.Count} files", text, StringComparison.Ordinal);
    }
}
