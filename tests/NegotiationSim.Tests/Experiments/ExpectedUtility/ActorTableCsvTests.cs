using NegotiationSim.Experiments.ExpectedUtility;
using NegotiationSim.Tests.Protocols;

namespace NegotiationSim.Tests.Experiments.ExpectedUtility;

public sealed class ActorTableCsvTests
{
    private static ActorTableCsvException Fails(string text, SalienceScale scale = SalienceScale.Auto) =>
        Assert.Throws<ActorTableCsvException>(() => ActorTableCsv.Parse(new StringReader(text), "test.csv", scale));

    private static NegotiationSim.Protocols.ExpectedUtility.ActorTable Parses(string text, SalienceScale scale = SalienceScale.Auto) =>
        ActorTableCsv.Parse(new StringReader(text), "test.csv", scale);

    [Fact]
    public void EcFile_ReadsTenActors_WithSalienceAsFraction()
    {
        var table = ExpectedUtilityTests.EcCase();
        Assert.Equal(10, table.Count);
        Assert.Equal("Netherlands", table.Names[0]);
        Assert.Equal("Greece", table.Names[9]);
        Assert.Equal([0.08, 0.08, 0.03, 0.16, 0.16, 0.16, 0.16, 0.05, 0.05, 0.08], table.Capability.ToArray());
        Assert.Equal([4.0, 7, 4, 4, 10, 10, 10, 7, 4, 7], table.Position.ToArray());
        Assert.Equal([0.8, 0.4, 0.2, 0.8, 0.6, 0.6, 0.9, 0.1, 1.0, 0.7], table.Salience.ToArray());
    }

    [Fact]
    public void Salience_AutoScale_PercentOrFraction()
    {
        var percent = Parses("Actor,Capability,Position,Salience\na,1,0,50\nb,1,1,1\n");
        Assert.Equal([0.5, 0.01], percent.Salience.ToArray());
        var fraction = Parses("Actor,Capability,Position,Salience\na,1,0,0.5\nb,1,1,1\n");
        Assert.Equal([0.5, 1.0], fraction.Salience.ToArray());
        var declared = Parses("Actor,Capability,Position,Salience\na,1,0,0.5\nb,1,1,1\n", SalienceScale.Percent);
        Assert.Equal([0.005, 0.01], declared.Salience.ToArray());
    }

    [Fact]
    public void Header_AnyOrderAndCase_QuotedNames_BlankLines_Bom()
    {
        var table = Parses("\uFEFFsalience, POSITION ,actor,Capability\n\n80,4,\"Bosnia, and \"\"Herzegovina\"\"\",0.5\n  \n20,7.5,Serbia,0.5\n");
        Assert.Equal(["Bosnia, and \"Herzegovina\"", "Serbia"], table.Names);
        Assert.Equal([4.0, 7.5], table.Position.ToArray());
        Assert.Equal([0.8, 0.2], table.Salience.ToArray());
        Assert.Equal(3.5, table.PositionRange);
    }

    [Fact]
    public void BadNumber_NamesLineAndColumn()
    {
        var e = Fails("Actor,Capability,Position,Salience\na,1,0,50\nb,0,16,x4,50\n");
        Assert.Equal(3, e.Line);
        Assert.Equal(5, e.Column); // five fields against a four-column header: the first extra one
        e = Fails("Actor,Capability,Position,Salience\na,1,0,50\nb,1,4;5,50\n");
        Assert.Equal((3, 3, "Position"), (e.Line, e.Column, e.ColumnName));
        Assert.Contains("test.csv, line 3, column 3 (Position)", e.Message);
        Assert.Contains("'4;5' is not a number", e.Message);
        Assert.NotNull(e.Hint);
        e = Fails("Actor,Capability,Position,Salience\na,1,0,50\nb,0.1,3,\n");
        Assert.Equal((3, 4, "Salience"), (e.Line, e.Column, e.ColumnName));
        e = Fails("Actor,Capability,Position,Salience\na,1,NaN,50\nb,0.1,3,2\n");
        Assert.Equal((2, 3), (e.Line, e.Column));
    }

    [Fact]
    public void FieldCount_Mismatch()
    {
        var e = Fails("Actor,Capability,Position,Salience\na,1,0,50,9\nb,1,1,1\n");
        Assert.Equal((2, 5), (e.Line, e.Column));
        e = Fails("Actor,Capability,Position,Salience\na,1,0\n");
        Assert.Equal((2, 3), (e.Line, e.Column));
    }

    [Fact]
    public void Header_Mistakes()
    {
        var e = Fails("Actor,Power,Position,Salience\na,1,0,50\n");
        Assert.Equal((1, 2, "Power"), (e.Line, e.Column, e.ColumnName));
        e = Fails("Actor,Capability,Position\na,1,0\n");
        Assert.Equal((1, 0), (e.Line, e.Column));
        Assert.Contains("Salience", e.Message);
        e = Fails("Actor,Capability,Position,Salience,actor\n");
        Assert.Equal((1, 5), (e.Line, e.Column));
        e = Fails("");
        Assert.Equal(0, e.Line);
    }

    [Fact]
    public void Value_Mistakes()
    {
        var e = Fails("Actor,Capability,Position,Salience\na,1,0,50\na,1,1,50\n");
        Assert.Equal((3, 1, "Actor"), (e.Line, e.Column, e.ColumnName));
        Assert.Contains("line 2", e.Problem);
        e = Fails("Actor,Capability,Position,Salience\na,-1,0,50\nb,1,1,50\n");
        Assert.Equal((2, 2, "Capability"), (e.Line, e.Column, e.ColumnName));
        e = Fails("Actor,Capability,Position,Salience\na,1,0,50\nb,1,1,150\n");
        Assert.Equal((3, 4, "Salience"), (e.Line, e.Column, e.ColumnName));
        e = Fails("Actor,Capability,Position,Salience\na,1,0,0.5\nb,1,1,40\n", SalienceScale.Fraction);
        Assert.Equal((3, 4), (e.Line, e.Column));
        e = Fails("Actor,Capability,Position,Salience\n ,1,0,50\nb,1,1,50\n");
        Assert.Equal((2, 1), (e.Line, e.Column));
        e = Fails("Actor,Capability,Position,Salience\na,1,0,50\n");
        Assert.Contains("at least two actors", e.Message);
        e = Fails("Actor,Capability,Position,Salience\na,0,0,50\nb,1,1,0\n");
        Assert.Equal(0, e.Line);
        e = Fails("Actor,Capability,Position,Salience\n\"a,1,0,50\nb,1,1,0\n");
        Assert.Equal((2, 1), (e.Line, e.Column));
    }

    [Fact]
    public void MissingFile_IsAUserError()
    {
        var e = Assert.Throws<ActorTableCsvException>(() => ActorTableCsv.Load("/nonexistent/actors.csv"));
        Assert.Equal("/nonexistent/actors.csv", e.SourceName);
    }
}
