using NegotiationSim.Engine.Compilation;
using NegotiationSim.Engine.Replicate;
using NegotiationSim.Scenarios;

namespace NegotiationSim.Outcomes;

/// <summary>Turns merged counters into the statistics researchers read: probabilities with Wilson intervals, distributions, offer bands.</summary>
public static class SummaryBuilder
{
    /// <summary>The summary of <paramref name="acc"/>, a run of <paramref name="model"/> with master seed <paramref name="seed"/>.</summary>
    public static Summary Build(CompiledModel model, OutcomeAccumulator acc, ulong seed)
    {
        var c = acc.Counters;
        long n = acc.Replicates;
        var scenario = model.Scenario;
        int meetings = model.Meetings;

        var items = scenario.Items.Select((item, i) =>
        {
            long agreed = c[acc.ItemAgreedAt + i];
            return new ItemSummary(item.Id, item.Name, item.LowLabel, item.HighLabel,
                Proportion.Of(agreed, n),
                acc.ReadValue(OutcomeAccumulator.ValueGroup(acc.ItemAgreedValueAt, i)),
                acc.ReadValue(OutcomeAccumulator.ValueGroup(acc.ItemFinalValueAt, i)),
                agreed > 0 ? (double)c[acc.ItemRoundSumAt + i] / agreed : double.NaN,
                Enumerable.Range(0, meetings).Select(m => Proportion.Of(c[acc.ItemAgreedInMeetingAt + i * meetings + m], n)).ToArray(),
                acc.ReadValue(OutcomeAccumulator.ValueGroup(acc.ItemCompromiseAt, i)),
                acc.ReadValue(OutcomeAccumulator.ValueGroup(acc.ItemNashAt, i)));
        }).ToArray();

        var parties = scenario.Parties.Select((party, a) => new PartySummary(party.Id, party.Name,
            acc.ReadValue(OutcomeAccumulator.ValueGroup(acc.PartyUtilityAt, a)),
            acc.ReadValue(OutcomeAccumulator.ValueGroup(acc.PartyStatusQuoUtilityAt, a)),
            Proportion.Of(c[acc.PartyWalkoutAt + a], n),
            Proportion.Of(c[acc.PartyEscalatedAt + a], n),
            model.HasOutsideOption[a],
            model.HasOutsideOption[a] ? acc.ReadValue(OutcomeAccumulator.ValueGroup(acc.PartyOutsideOptionAt, a)) : null,
            acc.TracksVetoes ? Proportion.Of(c[acc.PartyVetoAt + a], n) : null,
            acc.TracksVetoes ? VetoesByMeeting(acc, a) : null)).ToArray();

        var meetingSummaries = scenario.Meetings.Select((meeting, m) =>
        {
            long held = c[acc.MeetingHeldAt + m];
            return new MeetingSummary(meeting.Id, meeting.Name,
                Proportion.Of(c[acc.MeetingReachedAt + m], n),
                Proportion.Of(held, n),
                Proportion.Of(c[acc.MeetingDeclinedAt + m], n),
                Proportion.Of(c[acc.MeetingWalkoutAt + m], n),
                Proportion.Of(c[acc.MeetingAgreementAt + m], n),
                held > 0 ? (double)c[acc.MeetingRoundsAt + m] / held : double.NaN,
                meeting.Items.ToArray(),
                OfferBands(model, acc, m),
                Proportion.Of(c[acc.EscalationBeforeAt + m], n),
                Proportion.Of(c[acc.MeetingLinkageBlockedAt + m], n));
        }).ToArray();

        var efficiency = new EfficiencySummary(
            acc.ReadValue(acc.NashDistanceAt), acc.ReadValue(acc.NashRatioAt),
            Proportion.Of(c[acc.ParetoDominatedAt], n), acc.ReadValue(acc.ParetoGapAt), Proportion.Of(c[acc.NashFoundAt], n));

        return new Summary(scenario.Name, n, seed, items, parties, meetingSummaries,
            Proportion.Of(c[acc.EndingAt + (int)Ending.Completed], n),
            Proportion.Of(c[acc.EndingAt + (int)Ending.Declined], n),
            Proportion.Of(c[acc.EndingAt + (int)Ending.Walkout], n),
            Proportion.Of(c[acc.EscalationAt], n),
            Proportion.Of(c[acc.AnyAgreementAt], n),
            n > 0 ? (double)c[acc.MeetingsHeldAt] / n : double.NaN,
            efficiency,
            Proportion.Of(c[acc.EscalationBeforeAt + meetings], n),
            model.HasWar ? Proportion.Of(c[acc.BargainingRangeAt], n) : null,
            model.HasWar ? Proportion.Of(c[acc.WarPrevailedAt], n) : null,
            Proportion.Of(c[acc.EndingAt + (int)Ending.War], n),
            model.HasTypes ? Learning(model, acc) : null,
            acc.TracksVetoes ? Blocs(model, acc) : null);
    }

    /// <summary>Per meeting: the mean number per replicate of its negotiations in which party <paramref name="a"/> vetoed some offer (§15.5).</summary>
    private static double[] VetoesByMeeting(OutcomeAccumulator acc, int a)
    {
        long n = acc.Replicates;
        var result = new double[acc.Meetings];
        for (int m = 0; m < acc.Meetings; m++)
            result[m] = n > 0 ? (double)acc.Counters[acc.MeetingVetoAt + m * acc.Parties + a] / n : double.NaN;
        return result;
    }

    /// <summary>Each bloc's cohesion in action: offers its members judged together, and those on which they split (§15.5).</summary>
    private static BlocSummary[] Blocs(CompiledModel model, OutcomeAccumulator acc)
    {
        var c = acc.Counters;
        long n = acc.Replicates;
        return model.Scenario.Blocs.Select((bloc, b) =>
        {
            long judged = b < acc.Blocs ? c[acc.BlocJudgedAt + b] : 0, split = b < acc.Blocs ? c[acc.BlocSplitAt + b] : 0;
            return new BlocSummary(bloc.Id, bloc.Rule, bloc.Rule == BlocRule.Weighted ? bloc.Threshold : null,
                new CohesionSummary(judged, split, n > 0 ? (double)judged / n : double.NaN, judged > 0 ? (double)split / judged : double.NaN));
        }).ToArray();
    }

    /// <summary>Beliefs per pair and meeting, and the sources of war (docs/model.md §14.5).</summary>
    private static LearningSummary Learning(CompiledModel model, OutcomeAccumulator acc)
    {
        var c = acc.Counters;
        long n = acc.Replicates;
        int slots = model.Meetings + 1;
        var parties = model.Scenario.Parties;
        var pairs = new BeliefSummary[model.BeliefPairs];
        for (int pair = 0; pair < pairs.Length; pair++)
        {
            int observer = model.PairObserver[pair], initiator = model.PairInitiator[pair];
            var after = new Distribution01?[model.Meetings];
            for (int m = 0; m < model.Meetings; m++)
            {
                var value = acc.ReadValue(OutcomeAccumulator.ValueGroup(acc.BeliefAt, pair * slots + m + 1));
                after[m] = value.Count > 0 ? value : null;
            }
            pairs[pair] = new BeliefSummary(parties[observer].Id, parties[initiator].Id, Proportion.Of(c[acc.ResoluteAt + initiator], n),
                acc.ReadValue(OutcomeAccumulator.ValueGroup(acc.BeliefAt, pair * slots)), after);
        }
        long war(int cell) => c[acc.WarCellsAt + cell];
        return new LearningSummary(pairs, Proportion.Of(c[acc.MisperceivedAt], n),
            Proportion.Of(war(2) + war(3), n), Proportion.Of(war(0) + war(2), n),
            Proportion.Of(war(3), n), Proportion.Of(war(0), n));
    }

    private static IReadOnlyList<IReadOnlyList<OfferBand>> OfferBands(CompiledModel model, OutcomeAccumulator acc, int m)
    {
        var meeting = model.Scenario.Meetings[m];
        int agenda = meeting.Items.Count, bins = CompiledModel.OfferBins;
        int at = acc.OffersAt + model.TrajectoryStart[m];
        var result = new IReadOnlyList<OfferBand>[agenda];
        var counts = new long[bins];
        for (int slot = 0; slot < agenda; slot++)
        {
            var bands = new List<OfferBand>();
            for (int t = 0; t < model.Rounds[m]; t++)
            {
                Array.Copy(acc.Counters, at + (t * agenda + slot) * bins, counts, 0, bins);
                long total = counts.Sum();
                if (total == 0) continue;
                bands.Add(new OfferBand(t + 1, total,
                    Distribution01.Quantile(counts, total, 0.05), Distribution01.Quantile(counts, total, 0.25),
                    Distribution01.Quantile(counts, total, 0.5), Distribution01.Quantile(counts, total, 0.75),
                    Distribution01.Quantile(counts, total, 0.95)));
            }
            result[slot] = bands;
        }
        return result;
    }
}
