using BenchmarkDotNet.Reports;

namespace NegotiationSim.Benchmarks;

/// <summary>Decides whether a BenchmarkDotNet run succeeded: something ran, and every benchmark case has results.</summary>
public static class SummaryCheck
{
    /// <summary>Counts the failures in <paramref name="summaries"/> and describes each on <paramref name="error"/>.</summary>
    /// <returns>0 when at least one benchmark ran and all produced results.</returns>
    public static int Failures(IReadOnlyList<Summary> summaries, TextWriter error)
    {
        if (summaries.Count == 0)
        {
            error.WriteLine("benchmarks: nothing ran (no summaries; is --filter missing, or does it match nothing?)");
            return 1;
        }

        int failures = 0;
        foreach (Summary summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                failures++;
                error.WriteLine($"benchmarks: {summary.Title}: critical validation errors:");
                foreach (var validationError in summary.ValidationErrors)
                    error.WriteLine($"  {validationError.Message}");
            }

            if (summary.Reports.Length == 0)
            {
                failures++;
                error.WriteLine($"benchmarks: {summary.Title}: no reports");
            }

            foreach (BenchmarkReport report in summary.Reports)
            {
                if (!report.Success || report.ResultStatistics is null)
                {
                    failures++;
                    error.WriteLine($"benchmarks: {report.BenchmarkCase.DisplayInfo}: no results");
                }
            }

            int missing = summary.BenchmarksCases.Length - summary.Reports.Length;
            if (missing > 0)
            {
                failures += missing;
                error.WriteLine($"benchmarks: {summary.Title}: {missing} benchmark case(s) without a report");
            }
        }

        if (failures > 0)
            error.WriteLine($"benchmarks: {failures} failure(s)");
        return failures;
    }
}
