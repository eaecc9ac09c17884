using System.CommandLine;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;

var debug = new Option<bool>("--debug")
{
    Description = "On a runtime failure, print the full exception with its stack trace",
    Recursive = true,
};
var root = new RootCommand("negsim: Monte Carlo simulation of multi-party political negotiations")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    SchemaCommand.Create(),
    CompareCommand.Create(),
    SweepCommand.Create(),
    ReportCommand.Create(),
    ExpectedUtilityCommand.Create(),
    MergeCommand.Create(),
    SlurmCommand.Create(),
    BacktestCommand.Create(),
    ScoreCommand.Create(),
    InferCommand.Create(),
    debug,
};

var parse = root.Parse(args);
if (UnknownOption.Find(parse) is { } unknown && !args.Contains("--help") && !args.Contains("-h"))
{
    Console.Error.WriteLine($"error: {unknown}");
    return (int)ExitCode.UsageError;
}
if (parse.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
{
    foreach (var e in parse.Errors) Console.Error.WriteLine($"error: {Readable(e.Message)}");
    Console.Error.WriteLine("Run 'negsim --help' or 'negsim COMMAND --help' for usage.");
    return (int)ExitCode.UsageError;
}

// The last resort for bugs. Mistakes in the command line are exit code 2 above; user errors and I/O failures in a
// command are exit codes 2 and 1 in CommandErrors (docs/cli.md, "Exit codes"), so they never get here.
try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    if (parse.GetValue(debug))
    {
        Console.Error.WriteLine($"error: {e}");
    }
    else
    {
        Console.Error.WriteLine($"error: {e.Message}");
        Console.Error.WriteLine("Run again with --debug to see where it failed.");
    }
    return (int)ExitCode.RuntimeFailure;
}

// System.CommandLine names the CLR type it failed to parse ("System.Nullable`1[System.Int64]"); say it in words.
static string Readable(string message) => message
    .Replace("as expected type 'System.Nullable`1[System.Int64]'", "as a whole number")
    .Replace("as expected type 'System.Nullable`1[System.Int32]'", "as a whole number")
    .Replace("as expected type 'System.Nullable`1[System.UInt64]'", "as a whole number >= 0")
    .Replace("as expected type 'System.Int32'", "as a whole number");
