namespace Microfactory.Server.Features.Quotes;

/// <summary>RFC 9457 problem types of accepting a quote, so a client can tell the conflicts apart without reading the text.</summary>
internal static class QuoteProblems
{
    /// <summary>The quote's acceptance window has passed: ask for a new quote.</summary>
    public const string Expired = "urn:microfactory:problem:quote-expired";

    /// <summary>The live plan changed so that the option's promised completion cannot be met any more; the problem carries a fresh quote.</summary>
    public const string PromiseNoLongerHolds = "urn:microfactory:problem:promise-no-longer-holds";

    /// <summary>The quote was accepted before, with another Idempotency-Key.</summary>
    public const string AlreadyAccepted = "urn:microfactory:problem:quote-already-accepted";
}
