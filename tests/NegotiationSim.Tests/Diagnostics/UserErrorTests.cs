using NegotiationSim.Diagnostics;

namespace NegotiationSim.Tests.Diagnostics;

public class UserErrorTests
{
    [Fact]
    public void Located_error_reads_file_line_column_path_message_hint() =>
        Assert.Equal("experiments/x.json:12:18: parties[2].positions.ukraine.salience: salience must be >= 0, got -0.5. Valid: a number >= 0.",
            new UserError("experiments/x.json", 12, 18, "parties[2].positions.ukraine.salience",
                "salience must be >= 0, got -0.5", "Valid: a number >= 0.").ToString());

    [Fact]
    public void File_level_error_has_no_position_or_path() =>
        Assert.Equal("x.json: experiment file not found. Check the path.",
            new UserError("x.json", 0, 0, "", "experiment file not found", "Check the path.").ToString());

    [Fact]
    public void A_line_without_a_known_column_names_the_line_alone() =>
        Assert.Equal("actors.csv:3: the line has 2 fields, the header 4.", new UserError("actors.csv", 3, 0, "", "the line has 2 fields, the header 4", "").ToString());

    [Fact]
    public void Empty_hint_adds_nothing() =>
        Assert.Equal("x.json:1:2: a: wrong.", new UserError("x.json", 1, 2, "a", "wrong", "").ToString());

    [Fact]
    public void An_unlocated_error_reads_as_written() =>
        Assert.Equal("--shard 0/4: K must be between 1 and N", UserError.Unlocated("--shard 0/4: K must be between 1 and N").ToString());

    [Fact]
    public void Exception_message_lists_every_error_on_its_own_line()
    {
        var errors = new[] { new UserError("f", 1, 1, "a", "one", ""), new UserError("f", 2, 1, "b", "two", "") };
        var exception = new UserErrorException(errors);
        Assert.Equal("f:1:1: a: one." + Environment.NewLine + "f:2:1: b: two.", exception.Message);
        Assert.Same(errors, exception.Errors);
    }

    [Fact]
    public void A_message_alone_is_one_unlocated_error()
    {
        var exception = new UserErrorException("results folder 'out' already exists");
        Assert.Equal("results folder 'out' already exists", exception.Message);
        Assert.Equal(UserError.Unlocated("results folder 'out' already exists"), Assert.Single(exception.Errors));
    }

    [Fact]
    public void A_user_error_without_errors_is_a_bug() =>
        Assert.Throws<ArgumentException>(() => new UserErrorException(Array.Empty<UserError>()));
}
