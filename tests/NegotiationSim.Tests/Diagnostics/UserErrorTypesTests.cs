using NegotiationSim.Cli;
using NegotiationSim.Diagnostics;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.ExpectedUtility;
using NegotiationSim.Experiments.Results;
using NegotiationSim.Experiments.Shards;
using NegotiationSim.Inference;
using NegotiationSim.Plots;

namespace NegotiationSim.Tests.Diagnostics;

/// <summary>
/// One user-error model (docs/cli.md, "Exit codes"): every exception the libraries throw for a user's mistake is a
/// <see cref="UserErrorException"/>, so that the CLI's one handler turns each into exit code 2.
/// </summary>
public class UserErrorTypesTests
{
    [Theory]
    [InlineData(typeof(ExperimentException))]
    [InlineData(typeof(ActorTableCsvException))]
    [InlineData(typeof(ResultsFolderException))]
    [InlineData(typeof(ShardException))]
    [InlineData(typeof(AbcRefusedException))]
    public void Every_user_error_type_is_a_user_error(Type type) =>
        Assert.True(type.IsSubclassOf(typeof(UserErrorException)), $"{type.Name} is not a {nameof(UserErrorException)}");

    [Fact]
    public void No_public_exception_type_of_negsim_stands_outside_the_model()
    {
        var assemblies = new[] { typeof(UserErrorException).Assembly, typeof(ExperimentException).Assembly, typeof(Charts).Assembly, typeof(ExitCode).Assembly };
        var outside = assemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsSubclassOf(typeof(Exception)) && t != typeof(UserErrorException) && !t.IsSubclassOf(typeof(UserErrorException)))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public void A_csv_mistake_keeps_its_sentence_and_is_located_for_the_cli()
    {
        var e = new ActorTableCsvException("actors.csv", 3, 3, "Position", "'4;5' is not a number.", "Use a point for decimals.");
        Assert.Equal("actors.csv, line 3, column 3 (Position): '4;5' is not a number. Hint: Use a point for decimals.", e.Message);
        Assert.Equal("actors.csv:3:3: Position: '4;5' is not a number. Hint: Use a point for decimals.", Assert.Single(e.Errors).ToString());
    }

    [Fact]
    public void Every_problem_with_a_set_of_shards_is_its_own_error()
    {
        var e = new ShardException(["shard 2/4 is given 2 times", "1 of 4 shards is missing"]);
        Assert.Equal("shard 2/4 is given 2 times\n1 of 4 shards is missing", e.Message);
        Assert.Equal(["shard 2/4 is given 2 times", "1 of 4 shards is missing"], e.Errors.Select(x => x.ToString()));
    }
}
