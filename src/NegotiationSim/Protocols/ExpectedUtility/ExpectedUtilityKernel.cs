using System.Runtime.CompilerServices;

namespace NegotiationSim.Protocols.ExpectedUtility;

/// <summary>
/// Bueno de Mesquita's expected-utility model of group decisions on one policy dimension, as formalised by
/// Scholz, Calbert &amp; Smith (2011, J. Theoretical Politics 23(4)), in static methods over spans.
/// A run allocates nothing: the caller passes an <see cref="ExpectedUtilityWorkspace"/> and the output spans.
/// Every equation, and each reading chosen where the published model is ambiguous, is in docs/expected-utility.md.
/// </summary>
/// <remarks>
/// Cost per round with n actors: O(n³) for the probabilities of success (computed twice: for the risk exponents
/// with every exponent at 1, then with the exponents found), O(n²) expected utilities; O(n⁵) with
/// <see cref="RiskMode.AcrossPositions"/> and O(n⁴) with <see cref="MoveOrder.Sequential"/>.
/// </remarks>
public static class ExpectedUtilityKernel
{
    /// <summary>
    /// Runs the model from the given positions for <see cref="ExpectedUtilitySettings.Rounds"/> rounds and writes,
    /// per round, the positions and their median voter, weighted mean and weighted median into <paramref name="trajectory"/>.
    /// </summary>
    /// <param name="capability">c_i ≥ 0, any scale (only ratios matter).</param>
    /// <param name="position">x_i at the start, finite; their spread must not exceed <see cref="ExpectedUtilitySettings.PositionRange"/>.</param>
    /// <param name="salience">s_i in [0, 1]. At least one actor needs c_i·s_i &gt; 0.</param>
    /// <param name="settings">Valid settings (see <see cref="ExpectedUtilitySettings.Problem"/>).</param>
    /// <param name="workspace">Scratch with <see cref="ExpectedUtilityWorkspace.Capacity"/> ≥ the number of actors.</param>
    /// <param name="trajectory">Output spans sized for Rounds + 1 rows.</param>
    /// <returns>
    /// The rounds actually computed: <see cref="ExpectedUtilitySettings.Rounds"/>, or fewer when the positions settled
    /// (see <see cref="ExpectedUtilitySettings.SettleTolerance"/>); the rows after it repeat the settled row.
    /// </returns>
    /// <exception cref="ArgumentException">Inputs of different lengths, values out of range, or outputs too short.</exception>
    public static int Run(
        ReadOnlySpan<double> capability,
        ReadOnlySpan<double> position,
        ReadOnlySpan<double> salience,
        in ExpectedUtilitySettings settings,
        ExpectedUtilityWorkspace workspace,
        ExpectedUtilityTrajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        int n = position.Length;
        if (n < 1) throw new ArgumentException("At least one actor is needed.", nameof(position));
        if (capability.Length != n || salience.Length != n)
            throw new ArgumentException($"capability ({capability.Length}), position ({n}) and salience ({salience.Length}) must have the same length.");
        if (n > workspace.Capacity)
            throw new ArgumentException($"The workspace holds {workspace.Capacity} actors; this run has {n}.", nameof(workspace));
        if (settings.Problem() is { } problem) throw new ArgumentException(problem, nameof(settings));

        double totalWeight = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(position[i])) throw new ArgumentException($"position[{i}] must be finite (was {position[i]}).", nameof(position));
            if (!(capability[i] >= 0) || double.IsInfinity(capability[i])) throw new ArgumentException($"capability[{i}] must be finite and ≥ 0 (was {capability[i]}).", nameof(capability));
            if (!(salience[i] >= 0 && salience[i] <= 1)) throw new ArgumentException($"salience[{i}] must be in [0, 1] (was {salience[i]}).", nameof(salience));
            totalWeight += capability[i] * salience[i];
            min = Math.Min(min, position[i]);
            max = Math.Max(max, position[i]);
        }
        if (!(totalWeight > 0)) throw new ArgumentException("At least one actor needs capability × salience > 0.", nameof(capability));
        if (max - min > settings.PositionRange * (1 + 1e-12))
            throw new ArgumentException($"PositionRange ({settings.PositionRange}) is smaller than the spread of the positions ({max - min}).", nameof(settings));

        int rows = settings.Rounds + 1;
        if (trajectory.Positions.Length < rows * n) throw new ArgumentException($"trajectory.Positions needs {rows * n} elements (was {trajectory.Positions.Length}).", nameof(trajectory));
        if (trajectory.MedianVoter.Length < rows) throw new ArgumentException($"trajectory.MedianVoter needs {rows} elements (was {trajectory.MedianVoter.Length}).", nameof(trajectory));
        if (trajectory.WeightedMean.Length < rows) throw new ArgumentException($"trajectory.WeightedMean needs {rows} elements (was {trajectory.WeightedMean.Length}).", nameof(trajectory));
        if (trajectory.WeightedMedian.Length < rows) throw new ArgumentException($"trajectory.WeightedMedian needs {rows} elements (was {trajectory.WeightedMedian.Length}).", nameof(trajectory));

        return RunUnchecked(capability, position, salience, settings, workspace, trajectory);
    }

    /// <summary>
    /// The median voter: the position, among those the actors hold, that beats or ties every other in the pairwise votes
    /// V(a, b) = Σ_k c_k s_k (|x_k − x_b| − |x_k − x_a|) / R (the Condorcet winner; with these linear utilities it always exists).
    /// Exact ties go to the lower position. Allocation-free, O(n³).
    /// </summary>
    public static double MedianVoter(ReadOnlySpan<double> capability, ReadOnlySpan<double> position, ReadOnlySpan<double> salience)
    {
        CheckSameLength(capability, position, salience);
        int n = position.Length;
        double total = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int k = 0; k < n; k++)
        {
            total += capability[k] * salience[k];
            min = Math.Min(min, position[k]);
            max = Math.Max(max, position[k]);
        }
        double tolerance = 1e-12 * total * (max - min);

        double best = double.NaN, bestMargin = double.NegativeInfinity;
        for (int a = 0; a < n; a++)
        {
            double xa = position[a];
            if (SeenBefore(position, a)) continue;
            double worst = double.PositiveInfinity;
            for (int b = 0; b < n; b++)
            {
                double xb = position[b];
                if (xb == xa) continue;
                double margin = 0;
                for (int k = 0; k < n; k++)
                    margin += capability[k] * salience[k] * (Math.Abs(position[k] - xb) - Math.Abs(position[k] - xa));
                worst = Math.Min(worst, margin);
            }
            if (double.IsPositiveInfinity(worst)) worst = 0;
            if (worst > bestMargin + tolerance || (Math.Abs(worst - bestMargin) <= tolerance && xa < best))
            {
                best = xa;
                bestMargin = worst;
            }
        }
        return best;
    }

    /// <summary>The capability × salience weighted mean position, Σ c s x / Σ c s (the compromise model, Achen 2006).</summary>
    public static double WeightedMean(ReadOnlySpan<double> capability, ReadOnlySpan<double> position, ReadOnlySpan<double> salience)
    {
        CheckSameLength(capability, position, salience);
        double sum = 0, total = 0;
        for (int k = 0; k < position.Length; k++)
        {
            double w = capability[k] * salience[k];
            sum += w * position[k];
            total += w;
        }
        return sum / total;
    }

    /// <summary>
    /// The capability × salience weighted median: the lowest position at which the cumulative weight, in position
    /// order, reaches half the total. Uses <paramref name="workspace"/> for sorting; allocation-free.
    /// </summary>
    public static double WeightedMedian(ReadOnlySpan<double> capability, ReadOnlySpan<double> position, ReadOnlySpan<double> salience, ExpectedUtilityWorkspace workspace)
    {
        CheckSameLength(capability, position, salience);
        ArgumentNullException.ThrowIfNull(workspace);
        if (position.Length > workspace.Capacity) throw new ArgumentException($"The workspace holds {workspace.Capacity} actors; got {position.Length}.", nameof(workspace));
        return WeightedMedianCore(capability, position, salience, workspace.SortKeys, workspace.SortWeights);
    }

    /// <summary>
    /// The kind of offer receiver i gets from sender j, from <paramref name="receiverChallenge"/> = E_i(j), the receiver's
    /// expected utility of challenging j, and <paramref name="senderChallenge"/> = E_j(i).
    /// </summary>
    public static OfferKind Classify(double receiverChallenge, double senderChallenge)
    {
        double a = receiverChallenge, b = senderChallenge;
        if (b > a && a > 0) return OfferKind.Conflict;
        if (a < 0 && b > 0) return b >= -a ? OfferKind.Compromise : OfferKind.Capitulation;
        return OfferKind.Stalemate;
    }

    /// <summary>
    /// E_i(j), actor i's expected utility of challenging j (Scholz et al. 2011, eq. for E_i(j)):
    /// s_j [P U_s + (1 − P) U_f] + (1 − s_j) U_s − Q U_sq − (1 − Q)[T U_b + (1 − T) U_w],
    /// with U_s = 2 − 4(½ − ½d)^r, U_f = 2 − 4(½ + ½d)^r, d = |x_i − x_j| / R,
    /// U_b = 2 − 4(½ − e)^r, U_w = 2 − 4(½ + e)^r, e = (|x_i − μ| + |x_i − x_j|) / 4R, U_sq = 2 − 4·½^r.
    /// </summary>
    internal static double ChallengeUtility(double xi, double xj, double sj, double pij, double r, double range, double mu, double q, double t)
    {
        double d = Math.Min(Math.Abs(xi - xj) / range, 1.0);
        double us = 2 - 4 * Power(0.5 - 0.5 * d, r);
        double uf = 2 - 4 * Power(0.5 + 0.5 * d, r);
        double usq = 2 - 4 * Power(0.5, r);
        double eu = sj * (pij * us + (1 - pij) * uf) + (1 - sj) * us - q * usq;
        if (q < 1)
        {
            double e = Math.Min((Math.Abs(xi - mu) + Math.Abs(xi - xj)) / (4 * range), 0.5);
            double ub = 2 - 4 * Power(0.5 - e, r);
            double uw = 2 - 4 * Power(0.5 + e, r);
            eu -= (1 - q) * (t * ub + (1 - t) * uw);
        }
        return eu;
    }

    /// <summary>r_i = (1 − R_i/3)/(1 + R_i/3) with R_i = (2 danger − max − min)/(max − min) clamped to [−1, 1]: in [0.5, 2]; 1 when all dangers are equal.</summary>
    internal static double RiskExponent(double danger, double minDanger, double maxDanger)
    {
        double span = maxDanger - minDanger;
        if (!(span > 1e-12 * Math.Max(Math.Abs(maxDanger), Math.Abs(minDanger)))) return 1.0;
        double acceptance = Math.Clamp((2 * danger - maxDanger - minDanger) / span, -1.0, 1.0);
        return (1 - acceptance / 3) / (1 + acceptance / 3);
    }

    internal static int RunUnchecked(
        ReadOnlySpan<double> capability,
        ReadOnlySpan<double> position,
        ReadOnlySpan<double> salience,
        in ExpectedUtilitySettings settings,
        ExpectedUtilityWorkspace ws,
        ExpectedUtilityTrajectory trajectory)
    {
        int n = position.Length;
        Span<double> x = ws.Position.AsSpan(0, n);
        Span<double> next = ws.Next.AsSpan(0, n);
        Span<double> w = ws.Weight.AsSpan(0, n);
        Span<double> r = ws.Risk.AsSpan(0, n);
        Span<double> unit = ws.Unit.AsSpan(0, n);
        Span<double> p = ws.Probability.AsSpan(0, n * n);
        unit.Fill(1.0);
        position.CopyTo(x);
        for (int k = 0; k < n; k++) w[k] = capability[k] * salience[k];

        var model = new Model(salience, w, unit, settings, ws);
        Record(0, x, model, trajectory);

        for (int t = 1; t <= settings.Rounds; t++)
        {
            model.Mu = settings.Reference == ReferenceOutcome.WeightedMean ? trajectory.WeightedMean[t - 1] : trajectory.MedianVoter[t - 1];
            RiskExponents(x, r, model);
            Probabilities(x, r, model, p);

            double moved = 0;
            if (settings.MoveOrder == MoveOrder.Simultaneous)
            {
                for (int i = 0; i < n; i++) next[i] = BestOffer(i, x, r, p, model);
                for (int i = 0; i < n; i++)
                {
                    moved = Math.Max(moved, Math.Abs(next[i] - x[i]));
                    x[i] = next[i];
                }
            }
            else
            {
                for (int i = 0; i < n; i++)
                {
                    double target = BestOffer(i, x, r, p, model);
                    if (target == x[i]) continue;
                    moved = Math.Max(moved, Math.Abs(target - x[i]));
                    x[i] = target;
                    Probabilities(x, r, model, p);
                }
            }

            Record(t, x, model, trajectory);
            if (moved <= settings.SettleTolerance)
            {
                for (int later = t + 1; later <= settings.Rounds; later++)
                {
                    trajectory.Positions.Slice(t * n, n).CopyTo(trajectory.Positions.Slice(later * n, n));
                    trajectory.MedianVoter[later] = trajectory.MedianVoter[t];
                    trajectory.WeightedMean[later] = trajectory.WeightedMean[t];
                    trajectory.WeightedMedian[later] = trajectory.WeightedMedian[t];
                }
                return t;
            }
        }
        return settings.Rounds;
    }

    /// <summary>What every step of a run reads: the actors' constants, the settings and the scratch.</summary>
    private ref struct Model
    {
        public Model(ReadOnlySpan<double> salience, ReadOnlySpan<double> weight, ReadOnlySpan<double> unit, in ExpectedUtilitySettings settings, ExpectedUtilityWorkspace ws)
        {
            Salience = salience;
            Weight = weight;
            Unit = unit;
            Range = settings.PositionRange;
            Q = settings.StatusQuoProbability;
            T = settings.ImprovementProbability;
            Probability = settings.Probability;
            OfferChoice = settings.OfferChoice;
            Risk = settings.Risk;
            RiskView = settings.RiskView;
            Workspace = ws;
            Mu = 0;
        }

        public ReadOnlySpan<double> Salience;
        public ReadOnlySpan<double> Weight;
        public ReadOnlySpan<double> Unit;
        public double Range, Q, T, Mu;
        public ProbabilityMode Probability;
        public OfferChoice OfferChoice;
        public RiskMode Risk;
        public RiskView RiskView;
        public ExpectedUtilityWorkspace Workspace;
    }

    private static void Record(int t, ReadOnlySpan<double> x, in Model m, ExpectedUtilityTrajectory trajectory)
    {
        int n = x.Length;
        x.CopyTo(trajectory.Positions.Slice(t * n, n));
        trajectory.MedianVoter[t] = MedianVoter(m.Weight, x, m.Unit);
        trajectory.WeightedMean[t] = WeightedMean(m.Weight, x, m.Unit);
        trajectory.WeightedMedian[t] = WeightedMedianCore(m.Weight, x, m.Unit, m.Workspace.SortKeys, m.Workspace.SortWeights);
    }

    /// <summary>
    /// P[a·n + b] = probability that a prevails over b. Votes v_k(a, b) = c_k s_k [(|x_k − x_b|/R)^r_k − (|x_k − x_a|/R)^r_k],
    /// positive when k prefers a; numerator Σ_k max(0, v_k(a, b)); denominator per <see cref="ProbabilityMode"/>.
    /// </summary>
    private static void Probabilities(ReadOnlySpan<double> x, ReadOnlySpan<double> r, in Model m, Span<double> p)
    {
        int n = x.Length;
        Span<double> scaled = m.Workspace.Scaled.AsSpan(0, n * n);
        ReadOnlySpan<double> w = m.Weight;
        // scaled[a·n + k] = (|x_k − x_a| / R)^r_k: voter k's loss if a's position were adopted.
        for (int a = 0; a < n; a++)
            for (int k = 0; k < n; k++)
                scaled[a * n + k] = Power(Math.Abs(x[k] - x[a]) / m.Range, r[k]);

        double total = 0;
        for (int a = 0; a < n; a++)
        {
            ReadOnlySpan<double> lossA = scaled.Slice(a * n, n);
            for (int b = 0; b < n; b++)
            {
                if (a == b)
                {
                    p[a * n + b] = 0;
                    continue;
                }
                ReadOnlySpan<double> lossB = scaled.Slice(b * n, n);
                double favour = 0, all = 0;
                for (int k = 0; k < n; k++)
                {
                    double v = w[k] * (lossB[k] - lossA[k]);
                    if (v > 0) favour += v;
                    all += Math.Abs(v);
                }
                total += all;
                p[a * n + b] = m.Probability == ProbabilityMode.Paper ? (all > 0 ? favour / all : 0) : favour;
            }
        }
        if (m.Probability == ProbabilityMode.AuthorsCode)
        {
            double scale = total > 0 ? 1 / total : 0;
            for (int i = 0; i < p.Length; i++) p[i] *= scale;
        }
    }

    /// <summary>Sets r per <see cref="RiskMode"/>. Dangers are computed with every exponent at 1, as in the authors' code.</summary>
    private static void RiskExponents(ReadOnlySpan<double> x, Span<double> r, in Model m)
    {
        int n = x.Length;
        if (m.Risk == RiskMode.Neutral)
        {
            r.Fill(1.0);
            return;
        }

        Span<double> p = m.Workspace.Probability.AsSpan(0, n * n);
        Span<double> danger = m.Workspace.Danger.AsSpan(0, n);
        Probabilities(x, m.Unit, m, p);
        for (int i = 0; i < n; i++) danger[i] = Danger(i, x, p, m);

        if (m.Risk == RiskMode.AcrossActors)
        {
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                min = Math.Min(min, danger[i]);
                max = Math.Max(max, danger[i]);
            }
            for (int i = 0; i < n; i++) r[i] = RiskExponent(danger[i], min, max);
            return;
        }

        // AcrossPositions: the dangers actor i would face at each position some actor holds now.
        Span<double> trial = m.Workspace.Trial.AsSpan(0, n);
        Span<double> trialP = m.Workspace.TrialProbability.AsSpan(0, n * n);
        for (int i = 0; i < n; i++)
        {
            double min = danger[i], max = danger[i];
            for (int c = 0; c < n; c++)
            {
                if (x[c] == x[i] || SeenBefore(x, c)) continue;
                x.CopyTo(trial);
                trial[i] = x[c];
                Probabilities(trial, m.Unit, m, trialP);
                double d = Danger(i, trial, trialP, m);
                min = Math.Min(min, d);
                max = Math.Max(max, d);
            }
            r[i] = RiskExponent(danger[i], min, max);
        }
    }

    /// <summary>Σ_{j≠i} E_j(i) with every exponent 1: how much the others expect from challenging i.</summary>
    private static double Danger(int i, ReadOnlySpan<double> x, ReadOnlySpan<double> p, in Model m)
    {
        int n = x.Length;
        double sum = 0;
        for (int j = 0; j < n; j++)
        {
            if (j == i) continue;
            sum += ChallengeUtility(x[j], x[i], m.Salience[i], p[j * n + i], 1.0, m.Range, m.Mu, m.Q, m.T);
        }
        return sum;
    }

    /// <summary>The position receiver i moves to this round: the accepted offer's, or x_i when it has none.</summary>
    private static double BestOffer(int i, ReadOnlySpan<double> x, ReadOnlySpan<double> r, ReadOnlySpan<double> p, in Model m)
    {
        int n = x.Length;
        double xi = x[i], ri = r[i];
        int bestRank = int.MaxValue;
        double bestKey = double.PositiveInfinity, bestChange = double.PositiveInfinity, bestTarget = xi;
        for (int j = 0; j < n; j++)
        {
            double xj = x[j];
            if (j == i || xj == xi) continue;
            double a = ChallengeUtility(xi, xj, m.Salience[j], p[i * n + j], ri, m.Range, m.Mu, m.Q, m.T);
            double b = ChallengeUtility(xj, xi, m.Salience[i], p[j * n + i], m.RiskView == RiskView.Receiver ? ri : r[j], m.Range, m.Mu, m.Q, m.T);
            OfferKind kind = Classify(a, b);
            if (kind == OfferKind.Stalemate) continue;

            // A compromise lies between x_i and x_j (|E_i(j) / E_j(i)| ≤ 1); the clamp only guards against rounding.
            double target = kind == OfferKind.Compromise ? Math.Clamp(xi + (xj - xi) * Math.Abs(a / b), Math.Min(xi, xj), Math.Max(xi, xj)) : xj;
            double change = Math.Abs(target - xi);
            int rank;
            double key;
            switch (m.OfferChoice)
            {
                case OfferChoice.AuthorsCode:
                    rank = KindRank(kind);
                    key = kind == OfferKind.Compromise ? (Math.Abs(a) * xi + Math.Abs(b) * xj) / (Math.Abs(a) + Math.Abs(b)) : change;
                    break;
                case OfferChoice.LeastChangeByKind:
                    rank = KindRank(kind);
                    key = change;
                    break;
                case OfferChoice.LeastChange:
                    rank = 0;
                    key = change;
                    break;
                default:
                    rank = 0;
                    key = -b;
                    break;
            }
            // Lexicographic (rank, key, change); on a full tie the sender first in actor order stays.
            if (rank < bestRank || (rank == bestRank && (key < bestKey || (key == bestKey && change < bestChange))))
            {
                bestRank = rank;
                bestKey = key;
                bestChange = change;
                bestTarget = target;
            }
        }
        return bestTarget;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int KindRank(OfferKind kind) => kind switch
    {
        OfferKind.Conflict => 0,
        OfferKind.Compromise => 1,
        _ => 2,
    };

    private static double WeightedMedianCore(ReadOnlySpan<double> capability, ReadOnlySpan<double> position, ReadOnlySpan<double> salience, Span<double> keys, Span<double> weights)
    {
        int n = position.Length;
        double total = 0;
        // Insertion sort by position: n is small and this never allocates.
        for (int k = 0; k < n; k++)
        {
            double key = position[k], weight = capability[k] * salience[k];
            total += weight;
            int at = k;
            while (at > 0 && keys[at - 1] > key)
            {
                keys[at] = keys[at - 1];
                weights[at] = weights[at - 1];
                at--;
            }
            keys[at] = key;
            weights[at] = weight;
        }
        double half = 0.5 * total * (1 - 1e-12), cumulative = 0;
        for (int k = 0; k < n; k++)
        {
            cumulative += weights[k];
            if (cumulative >= half) return keys[k];
        }
        return keys[n - 1];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Power(double value, double exponent) => exponent == 1.0 ? value : Math.Pow(Math.Max(value, 0.0), exponent);

    private static bool SeenBefore(ReadOnlySpan<double> x, int index)
    {
        for (int k = 0; k < index; k++)
            if (x[k] == x[index]) return true;
        return false;
    }

    private static void CheckSameLength(ReadOnlySpan<double> capability, ReadOnlySpan<double> position, ReadOnlySpan<double> salience)
    {
        if (position.Length < 1) throw new ArgumentException("At least one actor is needed.", nameof(position));
        if (capability.Length != position.Length || salience.Length != position.Length)
            throw new ArgumentException($"capability ({capability.Length}), position ({position.Length}) and salience ({salience.Length}) must have the same length.");
    }
}
