using System.Text.Json;
using NegotiationSim.Cli;
using NegotiationSim.Cli.Commands;
using NegotiationSim.Experiments;
using NegotiationSim.Tests.Validation;

namespace NegotiationSim.Tests.Cli;

public class SchemaCommandTests
{
    [Fact]
    public void Prints_the_shipped_schema_file_byte_for_byte()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCode.Success, SchemaCommand.Execute(output));
        Assert.Equal(File.ReadAllText(Repository.File("docs/negsim.schema.json")), output.ToString());
    }

    [Fact]
    public void Prints_a_draft_2020_12_schema()
    {
        var output = new StringWriter();
        SchemaCommand.Execute(output);
        using var document = JsonDocument.Parse(output.ToString());
        Assert.Equal(ExperimentSchema.Dialect, document.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("object", document.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void The_command_takes_no_arguments()
    {
        var command = SchemaCommand.Create();
        Assert.Equal("schema", command.Name);
        Assert.Empty(command.Parse("schema").Errors);
        Assert.NotEmpty(command.Parse("schema extra").Errors);
    }
}
