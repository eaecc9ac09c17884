namespace NegotiationSim.Experiments.Results;

/// <summary>
/// The names of what a results folder holds (docs/outputs.md), shared by every command that writes or reads one
/// (<c>negsim run</c>, <c>compare</c>, <c>sweep</c>, <c>report</c>), so that all results folders look alike.
/// </summary>
public static class ResultsLayout
{
    /// <summary>The statistics and the manifest (how the folder was made).</summary>
    public const string SummaryFile = "summary.json";

    /// <summary>The exact experiment file that was run, byte for byte.</summary>
    public const string ExperimentFile = "experiment.json";

    /// <summary>Charts, PNG and SVG.</summary>
    public const string PlotsFolder = "plots";

    /// <summary>Tables: summary CSVs, and Parquet files with every replicate when asked for.</summary>
    public const string TablesFolder = "tables";

    /// <summary>The self-contained HTML page of plots, tables and manifest.</summary>
    public const string ReportFile = "report.html";
}
