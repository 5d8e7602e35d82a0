namespace Microfactory.Server.Features.Pact;

/// <summary>The CloudEvents <c>type</c>s of PACT v3 (Action Events).</summary>
internal static class PactEventTypes
{
    public const string Published = "org.wbcsd.pact.ProductFootprint.PublishedEvent.3";
    public const string RequestCreated = "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3";
    public const string RequestFulfilled = "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3";
    public const string RequestRejected = "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3";

    public static readonly string[] All = [Published, RequestCreated, RequestFulfilled, RequestRejected];

    /// <summary>The media type of a structured-mode CloudEvent in JSON.</summary>
    public const string MediaType = "application/cloudevents+json";
}
