using System.CommandLine;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;

var root = new RootCommand("negsim: Monte Carlo simulation of multi-party political negotiations")
{
    RunCommand.Create(),
    CompareCommand.Create(),
    SweepCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
{
    foreach (var e in parse.Errors) Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine("Run 'negsim --help' or 'negsim run --help' for usage.");
    return (int)ExitCode.UsageError;
}
return await parse.InvokeAsync();
