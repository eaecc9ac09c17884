using NegotiationSim.Experiments.Shards;

namespace NegotiationSim.Tests.Shards;

/// <summary>--shard K/N and --shard slurm: what is accepted, and what is refused with a message saying why.</summary>
public class ShardSpecTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/8", 3, 8)]
    [InlineData("8/8", 8, 8)]
    public void K_of_N_is_read(string text, int k, int n)
    {
        Assert.Equal(new ShardSpec(k, n), ShardSpec.Parse(text, Env()));
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("3")]
    [InlineData("a/b")]
    [InlineData("-1/4")]
    [InlineData("1/4/2")]
    [InlineData("")]
    public void Anything_else_is_refused(string text)
    {
        var e = Assert.Throws<ShardException>(() => ShardSpec.Parse(text, Env()));
        Assert.StartsWith("--shard " + text + ":", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "16", "0", 1, 16)]
    [InlineData("15", "16", "0", 16, 16)]
    [InlineData("1", "4", "1", 1, 4)]
    [InlineData("4", "4", "1", 4, 4)]
    [InlineData("12", "4", "10", 3, 4)]
    public void Slurm_takes_the_task_id_from_the_array_minimum(string id, string count, string min, int k, int n)
    {
        var spec = ShardSpec.Parse("slurm", Env(("SLURM_ARRAY_TASK_ID", id), ("SLURM_ARRAY_TASK_COUNT", count), ("SLURM_ARRAY_TASK_MIN", min)));
        Assert.Equal(new ShardSpec(k, n), spec);
    }

    [Fact]
    public void Slurm_outside_a_job_array_is_refused()
    {
        var e = Assert.Throws<ShardException>(() => ShardSpec.Parse("slurm", Env()));
        Assert.Contains("SLURM_ARRAY_TASK_ID is not set", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stepped_slurm_array_is_refused()
    {
        // --array=0-6:2 has 4 tasks (0, 2, 4, 6) but spans 7 ids: shard numbers would not be 1…4.
        var e = Assert.Throws<ShardException>(() => ShardSpec.Parse("slurm", Env(("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "4"),
            ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_MAX", "6"))));
        Assert.Contains("not contiguous", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_id_that_is_not_a_number_is_refused()
    {
        var e = Assert.Throws<ShardException>(() => ShardSpec.Parse("slurm", Env(("SLURM_ARRAY_TASK_ID", "x"), ("SLURM_ARRAY_TASK_COUNT", "4"))));
        Assert.Contains("SLURM_ARRAY_TASK_ID=x", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_names_sort_in_shard_order()
    {
        Assert.Equal("shard-0003-of-0012", new ShardSpec(3, 12).FolderName);
        Assert.Equal("shard-00003-of-12000", new ShardSpec(3, 12000).FolderName);
        var names = Enumerable.Range(1, 12).Select(k => new ShardSpec(k, 12).FolderName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }
}
