using System.CommandLine;
using NegotiationSim.Experiments;

namespace NegotiationSim.Cli.Commands;

/// <summary>`negsim schema`: print the JSON Schema of experiment files, for editors and other tools.</summary>
public static class SchemaCommand
{
    /// <summary>The command-line shape of `negsim schema`.</summary>
    public static Command Create()
    {
        var command = new Command("schema",
            "Print the JSON Schema (draft 2020-12) of experiment files: the same file as docs/negsim.schema.json. " +
            "Editors use it for completion and checks as you type; 'negsim validate' checks everything.\n\n" +
            "Examples:\n  negsim schema > negsim.schema.json");
        command.SetAction(_ => (int)Execute(Console.Out));
        return command;
    }

    /// <summary>Writes the schema to <paramref name="output"/>.</summary>
    /// <param name="output">Where the schema goes (stdout on the command line).</param>
    /// <returns><see cref="ExitCode.Success"/>.</returns>
    public static ExitCode Execute(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ExperimentSchema.Text);
        output.Flush();
        return ExitCode.Success;
    }
}
