using NegotiationSim.Experiments;

namespace NegotiationSim.Tests.Experiments;

public class SpellingSuggestionTests
{
    private static readonly string[] PositionKeys = ["ideal", "salience", "redLine", "why"];

    [Theory]
    [InlineData("salince", "salience")]
    [InlineData("slaience", "salience")]
    [InlineData("Salience", "salience")]
    [InlineData("redline", "redLine")]
    [InlineData("red_line", "redLine")]
    [InlineData("idael", "ideal")]
    public void Typos_find_the_intended_key(string typed, string expected) =>
        Assert.Equal(expected, SpellingSuggestion.Closest(typed, PositionKeys));

    [Theory]
    [InlineData("x")]
    [InlineData("importance")]
    [InlineData("")]
    public void Unrelated_words_get_no_suggestion(string typed) =>
        Assert.Null(SpellingSuggestion.Closest(typed, PositionKeys));

    [Fact]
    public void Hint_offers_the_suggestion_then_the_valid_words() =>
        Assert.Equal("Did you mean \"salience\"? Valid: \"ideal\", \"salience\", \"redLine\", \"why\".",
            SpellingSuggestion.Hint("salince", PositionKeys));

    [Fact]
    public void Long_lists_are_cut()
    {
        var ids = Enumerable.Range(1, 30).Select(i => "p" + i).ToList();
        Assert.EndsWith("… (30 in all)", SpellingSuggestion.List(ids));
    }

    [Fact]
    public void Very_long_words_are_not_compared() =>
        Assert.Null(SpellingSuggestion.Closest(new string('a', 100_000), [new string('a', 100_001)]));
}
