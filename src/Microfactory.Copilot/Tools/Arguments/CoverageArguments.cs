using System.ComponentModel;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of <c>get_supplier_coverage</c>.</summary>
/// <param name="Period">The period, or null for the last 90 days.</param>
public sealed record CoverageArguments([property: Description("ThisWeek, LastWeek, ... or leave out for the last 90 days.")] Period? Period = null);
