using NegotiationSim.Experiments;

namespace NegotiationSim.Tests.Experiments;

public class ExperimentErrorTests
{
    [Fact]
    public void Located_error_reads_file_line_column_path_message_hint() =>
        Assert.Equal("experiments/x.json:12:18: parties[2].positions.ukraine.salience: salience must be >= 0, got -0.5. Valid: a number >= 0.",
            new ExperimentError("experiments/x.json", 12, 18, "parties[2].positions.ukraine.salience",
                "salience must be >= 0, got -0.5", "Valid: a number >= 0.").ToString());

    [Fact]
    public void File_level_error_has_no_position_or_path() =>
        Assert.Equal("x.json: experiment file not found. Check the path.",
            new ExperimentError("x.json", 0, 0, "", "experiment file not found", "Check the path.").ToString());

    [Fact]
    public void Empty_hint_adds_nothing() =>
        Assert.Equal("x.json:1:2: a: wrong.", new ExperimentError("x.json", 1, 2, "a", "wrong", "").ToString());

    [Fact]
    public void Exception_message_lists_every_error_on_its_own_line()
    {
        var errors = new[] { new ExperimentError("f", 1, 1, "a", "one", ""), new ExperimentError("f", 2, 1, "b", "two", "") };
        var exception = new ExperimentException(errors);
        Assert.Equal("f:1:1: a: one." + Environment.NewLine + "f:2:1: b: two.", exception.Message);
        Assert.Same(errors, exception.Errors);
    }
}
