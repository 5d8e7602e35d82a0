using System.Collections.Immutable;

namespace Microfactory.Maturity.Model;

/// <summary>
/// A figure the platform measures for a dimension and the least value of it each level needs:
/// <see cref="Thresholds"/>[0] is level 1, [4] is level 5, null where this figure cannot show that level (a count of
/// templates says nothing about level 5). Thresholds never decrease. A <see cref="Planned"/> figure comes from a
/// capability the platform does not record yet; until a provider for it exists it reads "no data yet".
/// </summary>
public sealed record EvidenceRule(string Figure, string Label, FigureUnit Unit, bool Planned, ImmutableArray<double?> Thresholds, int Line)
{
    /// <summary>
    /// The highest level the value reaches. When it reaches none, the level below the lowest this figure can show
    /// (a figure that only speaks from level 3 up says "not level 3" — at most 2 — not "level 0").
    /// </summary>
    public int LevelFor(double value)
    {
        var level = Math.Max(0, Thresholds.IndexOf(Thresholds.First(t => t is not null)));
        for (var i = 0; i < Thresholds.Length; i++)
        {
            if (Thresholds[i] is { } least)
            {
                if (value < least)
                {
                    break;
                }
                level = i + 1;
            }
        }
        return level;
    }

    /// <summary>The highest level this figure can show at all.</summary>
    public int Ceiling => Thresholds.Select((t, i) => t is null ? 0 : i + 1).DefaultIfEmpty(0).Max();
}
