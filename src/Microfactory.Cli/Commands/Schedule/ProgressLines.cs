using System.Globalization;
using Microfactory.Planning.Solving;

namespace Microfactory.Cli.Commands.Schedule;

/// <summary>
/// Writes each new best of a running solve as one line (to stderr, so that stdout stays the
/// result): seconds, makespan, thread, and "optimal (lower bound reached)" when it is proven.
/// Called on the search threads, which the solver serialises.
/// </summary>
internal sealed class ProgressLines(TextWriter writer) : IProgress<SolverProgress>
{
    public void Report(SolverProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{value.Elapsed.TotalSeconds,8:0.000} s  makespan {value.MakespanTicks}  (thread {value.Thread}){(value.ProvenOptimal ? "  optimal (lower bound reached)" : "")}"));
    }
}
