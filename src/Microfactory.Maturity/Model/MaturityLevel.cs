using System.Collections.Immutable;

namespace Microfactory.Maturity.Model;

/// <summary>
/// One level (0–5) of a dimension: what a factory at that level does. Levels 1–5 also say how to get there on the
/// platform: a page or API path of the platform (<see cref="Link"/>, starting with '/') or, for capabilities the
/// platform does not have yet, the <see cref="Planned"/> capability's name; and the <see cref="Effect"/> to expect.
/// </summary>
public sealed record MaturityLevel(int Number, string Does, string? Link, string? LinkLabel, string? Planned, string? Effect, ImmutableArray<Prerequisite> Requires);
