using System.CommandLine;
using NegotiationSim.Experiments;

namespace NegotiationSim.Cli.Commands;

/// <summary>`negsim validate`: check experiment files without running them, reporting every mistake of every file.</summary>
public static class ValidateCommand
{
    /// <summary>The command-line shape of `negsim validate`.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Experiment files (JSON) to check",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate",
            "Check experiment files and report every mistake, one per line as FILE:LINE:COLUMN: SETTING: MESSAGE. HINT, " +
            "without running anything. Exit code 0 when every file is valid, 2 otherwise.\n\n" +
            "Examples:\n  negsim validate experiments/nato-russia-2022.json\n  negsim validate experiments/*.json")
        {
            files,
        };
        command.SetAction(parse => (int)Execute(parse.GetValue(files) ?? [], Console.Out, Console.Error));
        return command;
    }

    /// <summary>
    /// Checks each of <paramref name="files"/>: "FILE: ok" on <paramref name="output"/> for a valid one, every error
    /// of an invalid one on <paramref name="error"/> (compiler style, in file order), then a count of the errors.
    /// </summary>
    /// <param name="files">Paths as the user gave them; messages name them the same way.</param>
    /// <param name="output">Where the files that passed are listed.</param>
    /// <param name="error">Where the errors go.</param>
    /// <returns><see cref="ExitCode.Success"/> when every file is valid, otherwise <see cref="ExitCode.UsageError"/>.</returns>
    public static ExitCode Execute(IReadOnlyList<string> files, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (files.Count == 0)
        {
            error.WriteLine("error: no experiment file given. Usage: negsim validate FILE...");
            return ExitCode.UsageError;
        }

        int invalid = 0, errors = 0;
        foreach (string file in files)
        {
            var problems = ExperimentReader.ValidateFile(file);
            if (problems.Count == 0)
            {
                output.WriteLine($"{file}: ok");
                continue;
            }
            invalid++;
            errors += problems.Count;
            foreach (var problem in problems) error.WriteLine(problem);
        }
        if (invalid == 0) return ExitCode.Success;

        error.WriteLine($"{Count(errors, "error")} in {invalid} of {Count(files.Count, "file")}");
        return ExitCode.UsageError;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
