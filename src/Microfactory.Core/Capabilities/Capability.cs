namespace Microfactory.Core.Capabilities;

/// <summary>A kind of work a machine can do (laser cutting, bending …); routings ask for capabilities, not machines.</summary>
public sealed record Capability(string Id, string Name, string Description);
