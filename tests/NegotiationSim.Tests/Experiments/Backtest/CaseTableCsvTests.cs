using NegotiationSim.Experiments.Backtest;
using NegotiationSim.Experiments.ExpectedUtility;
using NegotiationSim.Forecasting;

namespace NegotiationSim.Tests.Experiments.Backtest;

public class CaseTableCsvTests
{
    private const string WideHeader = "prnr,isnr,proc,pcom,pep,pde,plu,scom,sep,sde,slu,rp,out";

    private static CaseTable Read(string text, CapabilityRule? rule = null) =>
        CaseTableCsv.Parse(new StringReader(text), "cases.csv", rule ?? CapabilityRule.Equal);

    private static ActorTableCsvException Fails(string text, CapabilityRule? rule = null) =>
        Assert.Throws<ActorTableCsvException>(() => Read(text, rule));

    [Fact]
    public void Wide_layout_reads_positions_saliences_reference_point_and_outcome()
    {
        var table = Read($"{WideHeader}\nd1,d1i1,COD,100,,0,40,50,,80,,20,60\nd1,d1i2,CNS,10,90,,,30,70,,,,\n");
        Assert.Equal("wide", table.Layout);
        Assert.Equal(2, table.Cases.Count);
        var first = table.Cases[0];
        Assert.Equal(("d1i1", "d1", "COD"), (first.Id, first.Proposal, first.Procedure));
        Assert.Equal(["com", "de", "lu"], first.Actors.Select(a => a.Name));          // blank position: ep not involved
        Assert.Equal([100.0, 0, 40], first.Actors.Select(a => a.Position));
        Assert.Equal([50.0, 80, 0], first.Actors.Select(a => a.Salience));              // blank salience: 0
        Assert.All(first.Actors, a => Assert.Equal(1, a.Capability));
        Assert.Equal((20.0, 60.0), (first.ReferencePoint, first.Outcome));
        Assert.True(double.IsNaN(table.Cases[1].ReferencePoint));
        Assert.False(table.Cases[1].HasOutcome);
    }

    [Fact]
    public void Council_votes_weigh_member_states_and_the_institutions_by_procedure()
    {
        var table = Read($"{WideHeader}\nd1,d1i1,COD,100,50,0,40,50,50,80,10,20,60\nd1,d1i2,CNS,100,50,0,40,50,50,80,10,20,60\n", CapabilityRule.CouncilVotes);
        Assert.Equal([10.0, 10, 10, 2], table.Cases[0].Actors.Select(a => a.Capability));   // com, ep under COD, de, lu
        Assert.Equal([10.0, 0, 10, 2], table.Cases[1].Actors.Select(a => a.Capability));    // ep under CNS: 0
    }

    [Fact]
    public void A_capability_prefix_reads_one_column_per_actor_in_the_wide_layout()
    {
        var table = Read("isnr,pde,sde,cde,pfr,sfr,cfr,rp,out\ni1,10,50,3,90,50,7,0,80\n", CapabilityRule.Parse("c"));
        // Actors come in the DEU column order (… fr, de …), whatever the file's order.
        Assert.Equal(["fr", "de"], table.Cases[0].Actors.Select(a => a.Name));
        Assert.Equal([7.0, 3], table.Cases[0].Actors.Select(a => a.Capability));
    }

    [Fact]
    public void An_issue_without_any_position_is_left_out_and_named()
    {
        var table = Read("isnr,pde,sde,pfr,sfr,rp,out\ni1,,,,,0,80\ni2,10,50,,,0,80\n");
        Assert.Equal(["i2"], table.Cases.Select(c => c.Id));
        Assert.Equal(["i1"], table.WithoutPositions);
    }

    [Fact]
    public void Long_layout_groups_rows_by_case_and_reads_a_named_capability_column()
    {
        var table = Read("case,actor,position,salience,votes,referencePoint,outcome\n" +
            "x,com,100,50,1,0,70\nx,de,,,4,0,70\ny,de,20,90,10,,\nx,fr,40,,2,0,70\n", CapabilityRule.Parse("votes"));
        Assert.Equal("long", table.Layout);
        Assert.Equal(["x", "y"], table.Cases.Select(c => c.Id));
        Assert.Equal(["com", "fr"], table.Cases[0].Actors.Select(a => a.Name));
        Assert.Equal([1.0, 2], table.Cases[0].Actors.Select(a => a.Capability));
        Assert.Equal(0, table.Cases[0].Actors[1].Salience);
        Assert.Equal(70, table.Cases[0].Outcome);
        Assert.False(table.Cases[1].HasReferencePoint);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_located_by_line_and_column()
    {
        var e = Fails($"{WideHeader}\nd1,d1i1,COD,100,,0,40,50,,80,,20,60\nd1,d1i2,COD,1O0,,0,40,50,,80,,20,60\n");
        Assert.Equal((3, 4, "pcom"), (e.Line, e.Column, e.ColumnName));
        Assert.Contains("'1O0' is not a number", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("cases.csv, line 3, column 4 (pcom)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("isnr,pde,sde,rp,out\ni1,101,50,0,80\n", 2, 2, "pde", "outside [0, 100]")]
    [InlineData("isnr,pde,sde,rp,out\ni1,10,-5,0,80\n", 2, 3, "sde", "outside [0, 100]")]
    [InlineData("isnr,pde,sde,rp,out\ni1,10,50,0,80\ni1,20,50,0,80\n", 3, 1, "isnr", "already appears on line 2")]
    [InlineData("isnr,pde,sde,rp,out\ni1,10,50,0\n", 2, 4, null, "4 fields; the header has 5")]
    [InlineData("isnr,pde,rp,out\ni1,10,0,80\n", 1, 2, "pde", "no salience column sde")]
    [InlineData("isnr,pde,sde,rp\ni1,10,50,0\n", 1, 0, null, "needs the column out")]
    [InlineData("isnr,pde,sde,pde,rp,out\n", 1, 4, "pde", "appears twice")]
    [InlineData("issue,pde,sde,rp,out\ni1,10,50,0,80\n", 1, 0, null, "neither the DEU layout")]
    [InlineData("case,actor,position,salience,referencePoint,outcome\nx,de,10,50,0,80\nx,fr,20,50,10,80\n", 3, 5, "referencePoint", "has referencePoint 0 on line 2 and 10 here")]
    [InlineData("case,actor,position,salience,referencePoint,outcome\nx,de,10,50,0,80\nx,de,20,50,0,80\n", 3, 2, "actor", "already appears in case 'x' on line 2")]
    [InlineData("case,actor,position,salience,referencePoint,outcome,colour\n", 1, 7, "colour", "Unknown column 'colour'")]
    [InlineData("case,actor,position,salience,outcome\n", 1, 0, null, "needs the column referencePoint")]
    public void Mistakes_are_located_with_a_hint(string text, int line, int column, string? columnName, string problem)
    {
        var e = Fails(text);
        Assert.Equal((line, column, columnName), (e.Line, e.Column, e.ColumnName));
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(e.Hint));
    }

    [Fact]
    public void Council_votes_of_the_time_follow_the_introduction_date_and_the_members_involved()
    {
        const string header = "isnr,proc,intro,pcom,pep,pde,ppl,plu,scom,sep,sde,spl,slu,rp,out";
        var table = Read($"{header}\n" +
            "a,COD,14-12-1999,100,50,0,,40,50,50,80,,10,20,60\n" +     // the fifteen, before November 2004: Amsterdam
            "b,COD,01-11-04,100,50,0,,40,50,50,80,,10,20,60\n" +       // introduced from 1 November 2004: Nice
            "c,CNS,,100,50,0,30,40,50,50,80,20,10,20,60\n", CapabilityRule.CouncilVotes);   // Poland involved: Nice
        Assert.Equal([10.0, 10, 10, 2], table.Cases[0].Actors.Select(a => a.Capability));        // com, ep (COD), de, lu
        Assert.Equal([29.0, 29, 29, 4], table.Cases[1].Actors.Select(a => a.Capability));
        Assert.Equal(["com", "ep", "de", "lu", "pl"], table.Cases[2].Actors.Select(a => a.Name));   // DEU column order
        Assert.Equal([29.0, 0, 29, 4, 27], table.Cases[2].Actors.Select(a => a.Capability));     // ep under CNS: 0
        Assert.Equal(321, CouncilVotes.Nice.Where(kv => kv.Key is not ("bu" or "ro" or "cr")).Sum(kv => kv.Value));   // EU-25
        Assert.Equal(87, CouncilVotes.Amsterdam.Values.Sum());
        var date = Fails($"{header}\na,COD,1999-12-14,100,50,0,,40,50,50,80,,10,20,60\n", CapabilityRule.CouncilVotes);
        Assert.Equal((2, 3, "intro"), (date.Line, date.Column, date.ColumnName));
    }

    [Fact]
    public void Council_votes_refuse_an_actor_without_built_in_votes_and_a_parliament_without_procedure()
    {
        var us = Fails("case,actor,position,salience,referencePoint,outcome,procedure\nx,us,10,50,0,80,COD\n", CapabilityRule.CouncilVotes);
        Assert.Equal((2, 3, "position"), (us.Line, us.Column, us.ColumnName));
        Assert.Contains("no Council votes built in for actor 'us'", us.Problem, StringComparison.Ordinal);
        var ep = Fails("isnr,pep,sep,rp,out\ni1,10,50,0,80\n", CapabilityRule.CouncilVotes);
        Assert.Contains("no procedure column", ep.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_capability_column_is_named()
    {
        var wide = Fails("isnr,pde,sde,rp,out\ni1,10,50,0,80\n", CapabilityRule.Parse("c"));
        Assert.Contains("no column cde", wide.Problem, StringComparison.Ordinal);
        var longLayout = Fails("case,actor,position,salience,referencePoint,outcome\n", CapabilityRule.Parse("votes"));
        Assert.Contains("no column votes", longLayout.Problem, StringComparison.Ordinal);
        var blank = Fails("case,actor,position,salience,votes,referencePoint,outcome\nx,de,10,50,,0,80\n", CapabilityRule.Parse("votes"));
        Assert.Equal((2, 5, "votes"), (blank.Line, blank.Column, blank.ColumnName));
    }

    [Fact]
    public void A_missing_file_and_an_empty_file_are_reported()
    {
        Assert.Contains("cannot be opened", Assert.Throws<ActorTableCsvException>(() => CaseTableCsv.Load("/nonexistent/cases.csv", CapabilityRule.Equal)).Problem, StringComparison.Ordinal);
        Assert.Contains("empty", Fails("\n\n").Problem, StringComparison.Ordinal);
    }
}
