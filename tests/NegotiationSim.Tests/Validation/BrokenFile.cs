using System.Globalization;

namespace NegotiationSim.Tests.Validation;

/// <summary>
/// One file of the broken-experiment corpus (Validation/broken/*.json). Its first two lines, comments the reader
/// skips, say what is wrong with it:
/// <code>
/// // expect: LINE | SETTING PATH | MESSAGE FRAGMENT
/// // schema: rejects        (or "accepts": the mistake is one only negsim validate can see)
/// </code>
/// </summary>
internal sealed record BrokenFile(string Name, string Path, int Line, string SettingPath, string Fragment, bool SchemaRejects)
{
    private const string ExpectPrefix = "// expect: ";
    private const string SchemaPrefix = "// schema: ";

    /// <summary>The corpus folder, copied next to the test assembly.</summary>
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "Validation", "broken");

    /// <summary>The names (without .json) of every file of the corpus, in order.</summary>
    public static IReadOnlyList<string> Names() =>
        Directory.GetFiles(Folder, "*.json").Select(System.IO.Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;

    /// <summary>Reads the header of the file called <paramref name="name"/>.</summary>
    public static BrokenFile Load(string name)
    {
        string path = System.IO.Path.Combine(Folder, name + ".json");
        var lines = File.ReadLines(path).Take(2).ToArray();
        Assert.True(lines.Length == 2 && lines[0].StartsWith(ExpectPrefix, StringComparison.Ordinal) && lines[1].StartsWith(SchemaPrefix, StringComparison.Ordinal),
            $"{name}.json must start with '{ExpectPrefix}LINE | PATH | FRAGMENT' and '{SchemaPrefix}rejects|accepts'");
        var fields = lines[0][ExpectPrefix.Length..].Split('|', 3, StringSplitOptions.TrimEntries);
        Assert.Equal(3, fields.Length);
        string schema = lines[1][SchemaPrefix.Length..].Trim();
        Assert.True(schema is "rejects" or "accepts", $"{name}.json: schema must be 'rejects' or 'accepts', got '{schema}'");
        return new BrokenFile(name, path, int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1], fields[2], schema == "rejects");
    }

    /// <summary>The file's text.</summary>
    public string Text => File.ReadAllText(Path);
}
