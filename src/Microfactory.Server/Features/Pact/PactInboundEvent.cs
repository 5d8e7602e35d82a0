namespace Microfactory.Server.Features.Pact;

/// <summary>A CloudEvent a client posted to <c>/3/events</c>, checked: its attributes and its data as JSON text.</summary>
internal sealed record PactInboundEvent(string Type, string Id, string Source, DateTimeOffset Time, string DataJson);
