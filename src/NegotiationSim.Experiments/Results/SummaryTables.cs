using System.Globalization;
using System.Text;
using NegotiationSim.Outcomes;

namespace NegotiationSim.Experiments.Results;

/// <summary>
/// The summary's key tables as CSV (docs/outputs.md): <c>items.csv</c>, <c>parties.csv</c>, <c>meetings.csv</c> and
/// <c>endings.csv</c>, one row per item, party, meeting or ending, with estimates and 95% intervals. RFC 4180 with a
/// header row, comma-separated, UTF-8 without BOM, "\n" line ends; numbers in invariant culture, written so that they
/// read back exactly; an undefined value (e.g. the mean agreed value of an item never agreed) is an empty field.
/// </summary>
public static class SummaryTables
{
    /// <summary>File name of the per-item table.</summary>
    public const string ItemsFile = "items.csv";

    /// <summary>File name of the per-party table.</summary>
    public const string PartiesFile = "parties.csv";

    /// <summary>File name of the per-meeting table.</summary>
    public const string MeetingsFile = "meetings.csv";

    /// <summary>File name of the endings table.</summary>
    public const string EndingsFile = "endings.csv";

    /// <summary>File name of <see cref="Beliefs"/>, written only with private types (docs/model.md §14).</summary>
    public const string BeliefsFile = "beliefs.csv";

    /// <summary>z for the normal-approximation 95% interval of a mean.</summary>
    private const double Z95 = 1.959963984540054;

    /// <summary>Writes the four tables into <paramref name="folder"/> (created if missing) and returns their paths.</summary>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static IReadOnlyList<string> Write(string folder, Summary summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(summary);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        var tables = new List<(string, string)> { (ItemsFile, Items(summary)), (PartiesFile, Parties(summary)), (MeetingsFile, Meetings(summary)), (EndingsFile, Endings(summary)) };
        if (summary.Learning is not null) tables.Add((BeliefsFile, Beliefs(summary)));
        foreach (var (name, text) in tables)
        {
            string path = Path.Combine(folder, name);
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(path);
        }
        return written;
    }

    /// <summary>items.csv: per agenda item, P(agreement) with its Wilson interval and the agreed and final values.</summary>
    public static string Items(Summary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var csv = new Csv("item", "name", "replicates", "agreedCount", "agreement", "agreementLower", "agreementUpper",
            "agreedValueMean", "agreedValueSd", "agreedValueQ05", "agreedValueQ25", "agreedValueMedian", "agreedValueQ75", "agreedValueQ95",
            "finalValueMean", "finalValueQ05", "finalValueMedian", "finalValueQ95",
            "meanAgreementRound", "compromiseMean", "nashValueMean");
        foreach (var item in summary.Items)
        {
            var p = item.Agreement;
            var v = item.AgreedValue;
            var f = item.FinalValue;
            csv.Row(item.Id, item.Name, p.Total, p.Count, p.Estimate, p.Lower, p.Upper,
                v.Mean, v.StandardDeviation, v.Q05, v.Q25, v.Median, v.Q75, v.Q95,
                f.Mean, f.Q05, f.Median, f.Q95,
                item.MeanAgreementRound, item.CompromisePrediction.Mean, item.NashValue.Mean);
        }
        return csv.ToString();
    }

    /// <summary>
    /// parties.csv: per party, its final utility (mean with a 95% interval, spread) and its walkout and escalation
    /// probabilities; when vetoes are recorded (docs/model.md §15.5), also P(it vetoed some offer) with its interval.
    /// </summary>
    public static string Parties(Summary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        bool vetoes = summary.TracksVetoes;
        string[] header = ["party", "name", "replicates", "utilityMean", "utilityMeanLower", "utilityMeanUpper", "utilitySd",
            "utilityQ05", "utilityQ25", "utilityMedian", "utilityQ75", "utilityQ95", "statusQuoUtilityMean",
            "walkedOut", "walkedOutLower", "walkedOutUpper", "escalated", "escalatedLower", "escalatedUpper", "hasOutsideOption",
            "outsideOptionMean"];
        var csv = new Csv(vetoes ? [.. header, "vetoed", "vetoedLower", "vetoedUpper"] : header);
        foreach (var party in summary.Parties)
        {
            var u = party.FinalUtility;
            var (lower, upper) = MeanInterval(u);
            object?[] row = [party.Id, party.Name, summary.Replicates, u.Mean, lower, upper, u.StandardDeviation,
                u.Q05, u.Q25, u.Median, u.Q75, u.Q95, party.StatusQuoUtility.Mean,
                party.WalkedOut.Estimate, party.WalkedOut.Lower, party.WalkedOut.Upper,
                party.Escalated.Estimate, party.Escalated.Lower, party.Escalated.Upper, party.HasOutsideOption,
                party.OutsideOption?.Mean ?? double.NaN];
            if (vetoes)
            {
                var v = party.Vetoed;
                row = [.. row, v?.Estimate ?? double.NaN, v?.Lower ?? double.NaN, v?.Upper ?? double.NaN];
            }
            csv.Row(row);
        }
        return csv.ToString();
    }

    /// <summary>meetings.csv: per meeting in sequence order, P(reached, held, declined, walkout, agreement) with Wilson intervals.</summary>
    public static string Meetings(Summary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var csv = new Csv("meeting", "name", "replicates",
            "reached", "reachedLower", "reachedUpper", "held", "heldLower", "heldUpper",
            "declined", "declinedLower", "declinedUpper", "walkout", "walkoutLower", "walkoutUpper",
            "anyAgreement", "anyAgreementLower", "anyAgreementUpper", "meanRounds",
            "warBefore", "warBeforeLower", "warBeforeUpper", "linkageBlocked", "linkageBlockedLower", "linkageBlockedUpper");
        foreach (var m in summary.Meetings)
        {
            csv.Row(m.Id, m.Name, summary.Replicates,
                m.Reached.Estimate, m.Reached.Lower, m.Reached.Upper, m.Held.Estimate, m.Held.Lower, m.Held.Upper,
                m.Declined.Estimate, m.Declined.Lower, m.Declined.Upper, m.Walkout.Estimate, m.Walkout.Lower, m.Walkout.Upper,
                m.AnyAgreement.Estimate, m.AnyAgreement.Lower, m.AnyAgreement.Upper, m.MeanRounds,
                m.EscalatedBefore?.Estimate ?? 0, m.EscalatedBefore?.Lower ?? 0, m.EscalatedBefore?.Upper ?? 0,
                m.LinkageBlocked?.Estimate ?? 0, m.LinkageBlocked?.Lower ?? 0, m.LinkageBlocked?.Upper ?? 0);
        }
        return csv.ToString();
    }

    /// <summary>
    /// endings.csv: how the sequence ended (completed, declined, walkout: they sum to 1) and, besides, escalation and
    /// at-least-one-agreement; each a count, an estimate and its Wilson interval.
    /// </summary>
    public static string Endings(Summary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var csv = new Csv("outcome", "count", "replicates", "estimate", "lower", "upper");
        foreach (var (name, p) in new[]
        {
            ("completed", summary.Completed), ("declined", summary.Declined), ("walkout", summary.Walkout),
            ("war", summary.EndedByWar ?? Proportion.Of(0, summary.Replicates)),
            ("escalation", summary.Escalation), ("anyAgreement", summary.AnyAgreement),
        })
            csv.Row(name, p.Count, p.Total, p.Estimate, p.Lower, p.Upper);
        return csv.ToString();
    }

    /// <summary>
    /// beliefs.csv (docs/model.md §14): per observer–initiator pair and stage (after the signal, then after each meeting
    /// reached), the number of replicates, the mean belief that the initiator is resolute with its 95% interval, its
    /// spread and quantiles; and the share of replicates in which the initiator was resolute. Empty cells for a stage no
    /// replicate reached. Only a header without private types.
    /// </summary>
    public static string Beliefs(Summary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var csv = new Csv("observer", "initiator", "stage", "replicates", "mean", "meanLower", "meanUpper", "sd",
            "q05", "q25", "median", "q75", "q95", "initiatorResolute");
        if (summary.Learning is not { } learning) return csv.ToString();
        foreach (var pair in learning.Beliefs)
        {
            var stages = new List<(string, Distribution01?)> { ("signal", pair.AfterSignal) };
            for (int m = 0; m < pair.AfterMeeting.Count; m++)
                stages.Add((m < summary.Meetings.Count ? summary.Meetings[m].Id : "m" + m, pair.AfterMeeting[m]));
            foreach (var (stage, d) in stages)
            {
                var (lo, hi) = d is null ? (double.NaN, double.NaN) : MeanInterval(d);
                csv.Row(pair.Observer, pair.Initiator, stage, d?.Count ?? 0L, d?.Mean ?? double.NaN, lo, hi, d?.StandardDeviation ?? double.NaN,
                    d?.Q05 ?? double.NaN, d?.Q25 ?? double.NaN, d?.Median ?? double.NaN, d?.Q75 ?? double.NaN, d?.Q95 ?? double.NaN,
                    pair.InitiatorResolute.Estimate);
            }
        }
        return csv.ToString();
    }

    /// <summary>The 95% normal-approximation interval of a distribution's mean (mean ± z·sd/√n); NaN when undefined.</summary>
    public static (double Lower, double Upper) MeanInterval(Distribution01 d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (d.Count < 2 || !double.IsFinite(d.Mean) || !double.IsFinite(d.StandardDeviation)) return (double.NaN, double.NaN);
        double half = Z95 * d.StandardDeviation / Math.Sqrt(d.Count);
        return (d.Mean - half, d.Mean + half);
    }

    private sealed class Csv
    {
        private readonly StringBuilder _text = new();
        private readonly int _columns;

        public Csv(params string[] header)
        {
            _columns = header.Length;
            Row(header);
        }

        public void Row(params object?[] cells)
        {
            if (cells.Length != _columns) throw new InvalidOperationException($"a row of {cells.Length} cells in a table of {_columns} columns");
            for (int c = 0; c < cells.Length; c++)
            {
                if (c > 0) _text.Append(',');
                _text.Append(Cell(cells[c]));
            }
            _text.Append('\n');
        }

        public override string ToString() => _text.ToString();

        private static string Cell(object? value) => value switch
        {
            null => "",
            double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "",
            bool b => b ? "true" : "false",
            long n => n.ToString(CultureInfo.InvariantCulture),
            int n => n.ToString(CultureInfo.InvariantCulture),
            string s => Quote(s),
            _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
        };

        private static string Quote(string s) =>
            s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}
