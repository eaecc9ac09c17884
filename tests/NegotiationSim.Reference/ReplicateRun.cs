using NegotiationSim.Engine.Replicate;
using NegotiationSim.Outcomes;
using NegotiationSim.Scenarios;

namespace NegotiationSim.Reference;

/// <summary>
/// One replicate of the meeting sequence (docs/model.md §1, §5, §6): draw the parameters, prepare the parties, play the
/// meetings in order (attendance, negotiation, trust, hardening), decide escalation, and report a <see cref="ReplicateRecord"/>.
/// The benchmarks of §7 are not part of the record and are not computed here.
/// </summary>
internal sealed class ReplicateRun
{
    private readonly Scenario _scenario;
    private readonly ulong _seed;
    private readonly long _replicate;
    private readonly int _k;
    private readonly Dictionary<string, int> _itemIndex;

    // Drawn parameters.
    private readonly IReadOnlyList<PartyState> _parties;
    private readonly IReadOnlyList<double> _cohesion;   // per bloc
    private readonly double _initialTrust, _trustGain, _trustLossOnFailure, _trustLossOnWalkout, _escalationTemperature;

    // State of the sequence.
    private readonly double[] _value;       // current status quo q: the initial draw, replaced by agreed values
    private readonly bool[] _agreed;
    private readonly int[] _agreedMeeting;
    private readonly int[] _agreedRound;
    private double _trust;

    public ReplicateRun(Scenario scenario, ParameterSampler sampler, ulong seed, long replicate)
    {
        _scenario = scenario;
        _seed = seed;
        _replicate = replicate;
        _k = scenario.LossExponent;
        _itemIndex = scenario.Items.Select((item, i) => (item.Id, i)).ToDictionary(x => x.Id, x => x.i);
        double Draw(Uncertainty.Distribution d, string path, double min, double max) => sampler.Value(d, path, min, max, seed, replicate);

        // §1 step 1: every uncertain parameter is drawn once, from its own stream (so the order of these calls is irrelevant).
        _value = scenario.Items.Select(item => Draw(item.StatusQuo, $"items.{item.Id}.statusQuo", 0, 1)).ToArray();
        _parties = scenario.Parties.Select((_, a) => new PartyState(scenario, a, sampler, seed, replicate)).ToList();
        _cohesion = scenario.Blocs.Select(bloc => Draw(bloc.Cohesion, $"blocs.{bloc.Id}.cohesion", 0, 1)).ToList();
        _initialTrust = Draw(scenario.Trust.Initial, "trust.initial", 0, 1);
        _trustGain = Draw(scenario.Trust.GainOnAgreement, "trust.gainOnAgreement", 0, 1);
        _trustLossOnFailure = Draw(scenario.Trust.LossOnFailure, "trust.lossOnFailure", 0, 1);
        _trustLossOnWalkout = Draw(scenario.Trust.LossOnWalkout, "trust.lossOnWalkout", 0, 1);
        _escalationTemperature = Draw(scenario.Rules.EscalationTemperature, "escalation.temperature", 1e-9, double.MaxValue);

        int items = scenario.Items.Count;
        _agreed = new bool[items];
        _agreedMeeting = Enumerable.Repeat(-1, items).ToArray();
        _agreedRound = new int[items];
        _trust = _initialTrust;
    }

    public ReplicateRecord Play()
    {
        ApplyCohesion();

        var ending = Ending.Completed;
        int held = 0;
        for (int m = 0; m < _scenario.Meetings.Count; m++)
        {
            var meeting = _scenario.Meetings[m];
            var participants = meeting.Participants.Select(id => _parties.Single(p => p.Id == id)).ToList();

            if (!EveryoneAttends(meeting, participants))
            {
                // §5.2: declined.
                _trust = Math.Max(0, _trust - _trustLossOnFailure);
                if (ending == Ending.Completed) ending = Ending.Declined;
                if (_scenario.Rules.EndOnDecline) break;
                continue;
            }

            held++;
            var (negotiated, agreedHere, walkout) = Hold(m, meeting, participants);
            if (negotiated == 0) continue;   // §5.4: a held meeting with nothing left to negotiate changes nothing

            // Eq. 18, in the engine's order: + gain, then − walkout loss or − failure loss, then clamp.
            if (agreedHere) _trust += _trustGain;
            if (walkout is not null)
            {
                walkout.WalkedOut = true;
                _trust -= _trustLossOnWalkout;
            }
            else if (!agreedHere)
            {
                _trust -= _trustLossOnFailure;
            }
            _trust = Math.Clamp(_trust, 0, 1);

            // Eq. 19: a held meeting that agreed nothing hardens every participant.
            if (!agreedHere)
                foreach (var p in participants) p.ReservationUtility = Math.Clamp(p.ReservationUtility + p.Hardening, 0, 1);

            if (walkout is not null)
            {
                if (ending == Ending.Completed) ending = Ending.Walkout;
                if (_scenario.Rules.EndOnWalkout) break;
            }
        }

        Escalate();
        return new ReplicateRecord(ending, held, _agreed.ToArray(), _value.ToArray(), _agreedMeeting.ToArray(), _agreedRound.ToArray(),
            _parties.Select(p => p.FinalUtility).ToArray(), _parties.Select(p => p.WalkedOut).ToArray(), _parties.Select(p => p.Escalated).ToArray());
    }

    /// <summary>
    /// Eqs. 5–6: each bloc member's effective ideal is pulled by the cohesion γ toward the bloc's weighted mean position.
    /// Members are taken in party order (the engine's summation order), whatever the order of the bloc's member list.
    /// </summary>
    private void ApplyCohesion()
    {
        for (int b = 0; b < _scenario.Blocs.Count; b++)
        {
            var bloc = _scenario.Blocs[b];
            double cohesion = _cohesion[b];
            if (cohesion <= 0) continue;   // eq. 6: x̃ = x̂
            var members = _parties.Where(p => bloc.Members.Contains(p.Id)).ToList();
            for (int i = 0; i < _scenario.Items.Count; i++)
            {
                double num = 0, den = 0, plain = 0;
                foreach (var p in members)
                {
                    double weight = p.Capability * p.Weight[i];   // eq. 5: capability × normalised salience
                    num += weight * p.OwnIdeal[i];
                    den += weight;
                    plain += p.OwnIdeal[i];
                }
                double common = den > 0 ? num / den : plain / members.Count;
                foreach (var p in members) p.EffectiveIdeal[i] = (1 - cohesion) * p.OwnIdeal[i] + cohesion * common;
            }
        }
    }

    /// <summary>Eq. 17: one draw per participant, in order, whatever its probability; the meeting is held if all attend.</summary>
    private bool EveryoneAttends(Meeting meeting, IReadOnlyList<PartyState> participants)
    {
        var dice = new Dice(_seed, _replicate, "attendance." + meeting.Id);
        bool everyone = true;
        foreach (var p in participants)
        {
            double v = dice.Next();
            double probability = p.Attendance;
            if (probability > 0 && probability < 1)
            {
                double logit = Math.Log(probability / (1 - probability)) + p.TrustSensitivity * (_trust - _initialTrust);
                probability = 1 / (1 + Math.Exp(-logit));
            }
            everyone &= v < probability;
        }
        return everyone;
    }

    /// <summary>§4.9: negotiate a held meeting's open agenda, as one package or item by item; settle what is agreed.</summary>
    private (int Negotiated, bool Agreed, PartyState? WalkedOut) Hold(int m, Meeting meeting, IReadOnlyList<PartyState> participants)
    {
        var dice = new Dice(_seed, _replicate, "meeting." + meeting.Id);   // shared by all the meeting's negotiations
        var sides = Side.Of(_scenario, participants);
        var agenda = meeting.Items.Select(id => _itemIndex[id]).ToList();

        NegotiationOutcome Negotiate(IReadOnlyList<int> unit) =>
            Negotiation.Run(participants, sides, unit, meeting.Rounds, _k, _value, dice);

        int negotiated = 0;
        bool agreedAny = false;
        if (meeting.Settlement == Settlement.ItemByItem)
        {
            foreach (int item in agenda)
            {
                if (_agreed[item]) continue;
                negotiated++;
                var outcome = Negotiate([item]);
                if (outcome.Agreed) { Settle(m, [item], outcome); agreedAny = true; }
                if (outcome.WalkedOut is not null) return (negotiated, agreedAny, outcome.WalkedOut);   // a walkout ends the meeting
            }
            return (negotiated, agreedAny, null);
        }

        var open = agenda.Where(item => !_agreed[item]).ToList();
        if (open.Count == 0) return (0, false, null);
        var package = Negotiate(open);
        if (package.Agreed) Settle(m, open, package);
        return (open.Count, package.Agreed, package.WalkedOut);
    }

    /// <summary>§5.5: agreed values become the status quo; the items leave later agendas.</summary>
    private void Settle(int meeting, IReadOnlyList<int> unit, NegotiationOutcome outcome)
    {
        for (int u = 0; u < unit.Count; u++)
        {
            int item = unit[u];
            _agreed[item] = true;
            _agreedMeeting[item] = meeting;
            _agreedRound[item] = outcome.RoundsPlayed;
            _value[item] = outcome.Offer[u];
        }
    }

    /// <summary>§6.1–6.2: final utilities (eq. 2) and escalation (eq. 20), in party order, from the <c>escalation</c> stream.</summary>
    private void Escalate()
    {
        var dice = new Dice(_seed, _replicate, "escalation");
        foreach (var p in _parties)
        {
            p.FinalUtility = p.OwnUtility(_value, _k);
            double v = dice.Next();   // every party draws, with or without an outside option
            if (p.OutsideOption is not { } outside) continue;
            double probability = 1 / (1 + Math.Exp(-(outside - p.FinalUtility) / _escalationTemperature));
            p.Escalated = v < probability;
        }
    }
}
