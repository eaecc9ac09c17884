using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Experiments;
using NegotiationSim.Experiments.Inference;
using NegotiationSim.Inference;
using NegotiationSim.Tests.Experiments;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Cli;

public class InferCommandTests
{
    private static readonly string Experiment = Repository.File("experiments/nato-russia-2022.json");
    private static readonly string Record = Repository.File("experiments/patterns/january-2022.json");

    private static InferOptions Options(string target, AbcMethod method = AbcMethod.Rejection, int draws = 300, int replicates = 4, int tolerance = 2, double minEss = 20, int predictive = 10) =>
        new(Experiment, Record, method, draws, replicates, tolerance, minEss, 5, predictive, target, 2, false, true, []);

    [Fact]
    public void Writes_the_posterior_the_table_of_informed_parameters_the_predictive_and_a_posterior_experiment()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "out");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = InferCommand.Execute(Options(target), output, error);
        Assert.True(code == ExitCode.Success, error.ToString());
        Assert.Contains("effective sample size", output.ToString(), StringComparison.Ordinal);

        var (paths, weights, sample) = PosteriorParquet.Read(Path.Combine(target, InferCommand.PosteriorParquetName));
        Assert.Equal(300, weights.Length);
        Assert.Equal(1.0, weights.Sum(), 9);
        Assert.Equal(paths.Count * 300, sample.Length);
        Assert.Contains("parties.russia.attendance", paths);

        var informed = File.ReadAllLines(Path.Combine(target, InferCommand.InformedCsv));
        Assert.Equal(string.Join(',', InferCommand.InformedHeader), informed[0]);
        Assert.Equal(1 + paths.Count, informed.Length);

        var predictive = File.ReadAllLines(Path.Combine(target, InferCommand.PredictiveCsv));
        Assert.Contains(predictive, l => l.StartsWith("base,posterior,escalation,", StringComparison.Ordinal));
        Assert.Contains(predictive, l => l.StartsWith("no-linkage,prior,pattern.all,", StringComparison.Ordinal));

        // The posterior as an experiment file: valid, same parameters uncertain, priors replaced.
        string posterior = File.ReadAllText(Path.Combine(target, InferCommand.PosteriorExperimentName));
        var reread = ExperimentReader.Read(posterior, "posterior-experiment.json");
        var model = new NegotiationSim.Engine.Compilation.CompiledModel(reread.Scenario);
        Assert.Equal(paths, model.UncertainParameterPaths);
        Assert.Contains("truncatedNormal", posterior, StringComparison.Ordinal);
        Assert.Empty(System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(target, InferCommand.Json))).RootElement
            .GetProperty("posteriorExperimentUnresolved").EnumerateArray());
    }

    [Fact]
    public void Too_few_accepted_draws_exit_2_and_write_nothing()
    {
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "out");
        var error = new StringWriter();
        var code = InferCommand.Execute(Options(target, draws: 20, replicates: 1, tolerance: 0, minEss: 100), new StringWriter(), error);
        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("no posterior is reported", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }
}
