using Microfactory.Planning.Model;
using Microfactory.Planning.Timing;

namespace Microfactory.Planning.Promising;

/// <summary>
/// The cheapest placement of a chain of operations into idle time, by dynamic programming
/// over piecewise-linear functions of integer time.
/// </summary>
/// <remarks>
/// <para>
/// <b>Recurrence.</b> G_i(t) is the least cost of operations 0..i, each placed on one of its
/// machines in idle time, in order, with operation i ending by tick t. G_{-1}(t) = 0 for
/// t ≥ ready. For option a of operation i (occupying D ticks at P kW),
/// H_a(s) = k_a + c_a(s) + G_{i-1}(s) over the starts s at which [s, s + D) is idle, where c_a(s) is
/// the block's energy cost and k_a a constant of the option (its machine time's cost, or 0). E(e) = min over a of H_a(e − D_a) is the least cost of ending
/// exactly at e, and G_i is the running minimum of E. The answer is G_last(latestEnd); the
/// earliest t with the same value gives the earliest completion among the cheapest.
/// </para>
/// <para>
/// <b>Why this is exact without trying every tick.</b> With a profile that is constant within
/// each hour, c_a is linear in s between the points where s or s + D crosses an hour boundary
/// (<see cref="HourlyRate"/>). Each function here is therefore kept as a list of segments on
/// which it is linear over the integers: H_a breaks only at those hour crossings, at the ends
/// of idle gaps and where G_{i-1} breaks; the envelope E adds at most one break per pair of
/// overlapping segments (where two lines cross, rounded to the integers on each side); the
/// running minimum is flat where E stays above it and follows E where E is lower. The
/// functions are exact on every integer tick, yet the work is proportional to the number of
/// segments, not of ticks. A search over a fixed set of candidate starts (hour
/// boundaries, gap ends, the predecessor's end) would not be exact: when the deadline or a
/// later operation's hour boundary binds, an operation's best start is that bound minus the
/// durations that follow it, which can be any tick. Here that case is a segment of G that
/// follows E ("start as late as the successor allows") and is found without enumeration.
/// </para>
/// <para>
/// <b>Work.</b> For n operations with M options each, O(n · M · (h + g + |G|)) segment steps,
/// where h is the number of hours in [ready, latestEnd], g the idle gaps there and |G| the
/// size of the previous function, which stays small because the running minimum is flat
/// except where it improves. The caller bounds latestEnd (deadline, one profile cycle per
/// operation past the last busy tick, and an hour cap). Costs are doubles; comparisons treat
/// values within 1e-9 (relative) as equal and then prefer the earlier end.
/// </para>
/// </remarks>
internal static class CheapestChain
{
    /// <summary>
    /// Starts and option indices of the cheapest placement of <paramref name="operations"/>
    /// one after another, the first starting at or after <paramref name="ready"/> and the last
    /// ending by <paramref name="latestEnd"/>; null when no placement fits.
    /// </summary>
    /// <remarks>
    /// With <paramref name="withTimeCost"/> each option also costs its occupied hours × its
    /// machine's <see cref="Machine.CostPerHour"/>: a constant per option, which shifts H_a
    /// without changing where it breaks, so the method stays exact.
    /// </remarks>
    public static (long[] Starts, int[] Options)? Solve(IdleCapacity capacity, IReadOnlyList<Operation> operations, HourlyRate? rate, long ready, long latestEnd, bool withTimeCost = false)
    {
        var n = operations.Count;
        var powers = capacity.Instance.Machines;
        // tail[i]: the least time the operations after i need, so that i must end by latestEnd − tail[i].
        var tail = new long[n];
        for (var i = n - 2; i >= 0; i--)
        {
            tail[i] = tail[i + 1] + operations[i + 1].Options.Min(o => o.OccupiedTicks);
        }
        if (ready + tail[0] + operations[0].Options.Min(o => o.OccupiedTicks) > latestEnd)
        {
            return null;
        }
        var stages = new List<Segment>[n];
        List<Segment> previous = [Segment.Flat(ready, latestEnd, 0, -1, ready)];
        var intervals = new List<(long First, long Last)>();
        // Scratch functions reused across operations: the envelope so far, one option's ends, the merge.
        var envelope = new List<Segment>(64);
        var ends = new List<Segment>(64);
        var merged = new List<Segment>(64);
        for (var i = 0; i < n; i++)
        {
            var options = operations[i].Options;
            for (var a = 0; a < options.Count; a++)
            {
                var option = options[a];
                intervals.Clear();
                capacity.FeasibleStarts(option.Machine, option.OccupiedTicks, previous[0].From, latestEnd - tail[i] - option.OccupiedTicks, intervals);
                var machine = powers[option.Machine];
                var constant = withTimeCost && rate is not null ? (double)machine.CostPerHour * option.OccupiedTicks / rate.TicksPerHour : 0;
                EndCost(previous, intervals, rate, machine.PowerKw, option.OccupiedTicks, constant, a, a == 0 ? envelope : ends);
                if (a > 0)
                {
                    Minimum(envelope, ends, merged);
                    (envelope, merged) = (merged, envelope);
                }
            }
            if (envelope.Count == 0)
            {
                return null;
            }
            previous = RunningMinimum(envelope, latestEnd - tail[i]);
            stages[i] = previous;
        }
        return Trace(stages, operations, EarliestCheapest(stages[^1]));
    }

    /// <summary>E_a(e): cost of operations 0..i when operation i runs on option a and ends exactly at e, into <paramref name="result"/>; <paramref name="constant"/> is the option's cost that does not depend on time.</summary>
    private static void EndCost(List<Segment> previous, List<(long First, long Last)> intervals, HourlyRate? rate, double powerKw, long length, double constant, int option, List<Segment> result)
    {
        result.Clear();
        var g = 0;
        var priced = rate is not null && powerKw != 0 && length > 0;
        var perTick = priced ? powerKw / rate!.TicksPerHour : 0;
        foreach (var (first, last) in intervals)
        {
            var s = first;
            // Moving the start one tick later drops tick s and gains tick s + length. The block's cost is
            // walked forward with the hours of those two ticks, so no division is needed per piece.
            double cost = 0;
            int startHour = 0, gainHour = 0;
            long startBoundary = long.MaxValue, gainBoundary = long.MaxValue;
            if (priced)
            {
                cost = rate!.Block(powerKw, s, length);
                startHour = rate.HourIndex(s);
                gainHour = rate.HourIndex(s + length);
                startBoundary = rate.NextBoundary(s);
                gainBoundary = rate.NextBoundary(s + length);
            }
            while (s <= last)
            {
                while (previous[g].To < s)
                {
                    g++;
                }
                var before = previous[g];
                var pieceEnd = Math.Min(last, before.To);
                double slope = 0;
                if (priced)
                {
                    pieceEnd = Math.Min(pieceEnd, Math.Min(startBoundary, gainBoundary - length) - 1);
                    slope = perTick * (rate!.OfHour(gainHour) - rate.OfHour(startHour));
                }
                result.Add(new Segment(s + length, pieceEnd + length, constant + cost + before.At(s), slope + before.Slope, option, -1));
                var next = pieceEnd + 1;
                if (priced)
                {
                    cost += slope * (next - s);
                    if (next == startBoundary)
                    {
                        startHour = rate!.NextHour(startHour);
                        startBoundary += rate.TicksPerHour;
                    }
                    if (next + length == gainBoundary)
                    {
                        gainHour = rate!.NextHour(gainHour);
                        gainBoundary += rate.TicksPerHour;
                    }
                }
                s = next;
            }
        }
    }

    /// <summary>The pointwise minimum of two functions; on equal values the first one wins.</summary>
    private static void Minimum(List<Segment> x, List<Segment> y, List<Segment> result)
    {
        result.Clear();
        var i = 0;
        var j = 0;
        var t = long.MinValue;
        while (i < x.Count || j < y.Count)
        {
            var xActive = i < x.Count && x[i].From <= t;
            var yActive = j < y.Count && y[j].From <= t;
            if (!xActive && !yActive)
            {
                t = Math.Min(i < x.Count ? x[i].From : long.MaxValue, j < y.Count ? y[j].From : long.MaxValue);
                continue;
            }
            long u;
            if (xActive && yActive)
            {
                u = Math.Min(x[i].To, y[j].To);
                Lower(x[i], y[j], t, u, result);
            }
            else if (xActive)
            {
                u = j < y.Count ? Math.Min(x[i].To, y[j].From - 1) : x[i].To;
                result.Add(x[i].Part(t, u));
            }
            else
            {
                u = i < x.Count ? Math.Min(y[j].To, x[i].From - 1) : y[j].To;
                result.Add(y[j].Part(t, u));
            }
            t = u + 1;
            if (i < x.Count && x[i].To < t)
            {
                i++;
            }
            if (j < y.Count && y[j].To < t)
            {
                j++;
            }
        }
    }

    /// <summary>The lower of two linear pieces over [t, u]; two lines cross at most once.</summary>
    private static void Lower(Segment a, Segment b, long t, long u, List<Segment> result)
    {
        var atT = a.At(t) - b.At(t);
        var atU = a.At(u) - b.At(u);
        if (atT <= 0 && atU <= 0)
        {
            result.Add(a.Part(t, u));
        }
        else if (atT > 0 && atU > 0)
        {
            result.Add(b.Part(t, u));
        }
        else
        {
            // The difference is linear: d(x) = atT + k (x − t), k ≠ 0 since the sign changes.
            var k = a.Slope - b.Slope;
            var span = u - t;
            if (atT <= 0)
            {
                // a up to the last tick where d ≤ 0.
                var last = t + Ticks(Math.Floor(-atT / k), span - 1);
                result.Add(a.Part(t, last));
                result.Add(b.Part(last + 1, u));
            }
            else
            {
                // b until the first tick where d ≤ 0.
                var first = t + Math.Max(1, Ticks(Math.Ceiling(atT / -k), span));
                result.Add(b.Part(t, first - 1));
                result.Add(a.Part(first, u));
            }
        }
    }

    /// <summary>G(t) = min over e ≤ t of E(e), from E's first tick to <paramref name="end"/>, with the witness of each piece.</summary>
    private static List<Segment> RunningMinimum(List<Segment> ends, long end)
    {
        var result = new List<Segment>();
        var best = double.PositiveInfinity;
        var bestEnd = 0L;
        var bestOption = -1;
        var covered = ends[0].From - 1;
        void Flat(long to)
        {
            if (to <= covered)
            {
                return;
            }
            if (result.Count > 0 && result[^1].WitnessEnd == bestEnd && result[^1].Option == bestOption && result[^1].Slope == 0 && result[^1].Value == best)
            {
                result[^1] = result[^1] with { To = to };
            }
            else
            {
                result.Add(Segment.Flat(covered + 1, to, best, bestOption, bestEnd));
            }
            covered = to;
        }
        foreach (var e in ends)
        {
            Flat(e.From - 1);
            var threshold = best - Tolerance(best);
            if (e.Slope >= 0)
            {
                if (e.Value < threshold)
                {
                    best = e.Value;
                    bestEnd = e.From;
                    bestOption = e.Option;
                }
                Flat(e.To);
                continue;
            }
            // Decreasing: from the first tick below the threshold on, E itself is the minimum.
            var first = double.IsPositiveInfinity(best) || e.Value < threshold
                ? e.From
                : e.From + Ticks(Math.Floor((e.Value - threshold) / -e.Slope) + 1, e.To - e.From + 1);
            // Rounding may put the division a tick off either way.
            while (first > e.From && e.At(first - 1) < threshold)
            {
                first--;
            }
            while (first <= e.To && e.At(first) >= threshold)
            {
                first++;
            }
            if (first > e.To)
            {
                Flat(e.To);
                continue;
            }
            Flat(first - 1);
            result.Add(e.Part(first, e.To));
            covered = e.To;
            best = e.At(e.To);
            bestEnd = e.To;
            bestOption = e.Option;
        }
        Flat(end);
        return result;
    }

    /// <summary>The earliest tick at which the non-increasing <paramref name="g"/> reaches its minimum (within tolerance).</summary>
    private static long EarliestCheapest(List<Segment> g)
    {
        var minimum = g[^1].At(g[^1].To);
        var target = minimum + Tolerance(minimum);
        foreach (var s in g)
        {
            if (s.At(s.To) > target)
            {
                continue;
            }
            var t = s.Slope >= 0 ? s.From : s.From + Ticks(Math.Ceiling((s.Value - target) / -s.Slope) - 1, s.To - s.From);
            while (t < s.To && s.At(t) > target)
            {
                t++;
            }
            return t;
        }
        return g[^1].To;
    }

    private static (long[] Starts, int[] Options) Trace(List<Segment>[] stages, IReadOnlyList<Operation> operations, long end)
    {
        var starts = new long[stages.Length];
        var options = new int[stages.Length];
        var t = end;
        for (var i = stages.Length - 1; i >= 0; i--)
        {
            var piece = Find(stages[i], t);
            var finish = piece.WitnessEnd < 0 ? t : piece.WitnessEnd;
            options[i] = piece.Option;
            starts[i] = finish - operations[i].Options[piece.Option].OccupiedTicks;
            t = starts[i];
        }
        return (starts, options);
    }

    private static Segment Find(List<Segment> g, long t)
    {
        var lo = 0;
        var hi = g.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (g[mid].From <= t)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return g[lo];
    }

    /// <summary>A tick count from a rounded quotient, clamped to [0, <paramref name="max"/>] before conversion.</summary>
    private static long Ticks(double rounded, long max) => rounded <= 0 ? 0 : rounded >= max ? max : (long)rounded;

    private static double Tolerance(double value) => double.IsPositiveInfinity(value) ? 0 : 1e-9 * Math.Max(1, Math.Abs(value));

    /// <summary>
    /// A piece of a function on integer ticks [From, To]: Value at From, changing by Slope per tick.
    /// Option is the option index of the operation that ends there; WitnessEnd is the tick at
    /// which it ends, or −1 when it ends at the evaluated tick itself.
    /// </summary>
    private readonly record struct Segment(long From, long To, double Value, double Slope, int Option, long WitnessEnd)
    {
        public static Segment Flat(long from, long to, double value, int option, long witnessEnd) => new(from, to, value, 0, option, witnessEnd);

        public double At(long t) => Value + (Slope * (t - From));

        public Segment Part(long from, long to) => this with { From = from, To = to, Value = At(from) };
    }
}
