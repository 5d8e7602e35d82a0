using Microfactory.Planning.Promising;

namespace Microfactory.Server.Features.Quotes;

/// <summary>The three options of every quote, in this order, and the planning goal behind each.</summary>
internal static class QuoteKinds
{
    public const string Fastest = "fastest";
    public const string Cheapest = "cheapest";
    public const string Greenest = "greenest";

    public static IReadOnlyList<string> All { get; } = [Fastest, Cheapest, Greenest];

    public static PromiseGoal Goal(string kind) => kind switch
    {
        Fastest => PromiseGoal.EarliestCompletion,
        Cheapest => PromiseGoal.LeastCost,
        Greenest => PromiseGoal.LeastKgCo2e,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a quote option kind."),
    };
}
