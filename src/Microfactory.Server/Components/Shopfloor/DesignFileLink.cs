namespace Microfactory.Server.Components.Shopfloor;

/// <summary>A geometry file of the unit's design (drawing or model), with the same-origin URL that makes it for the line's parameter values.</summary>
internal sealed record DesignFileLink(string FileName, string Kind, string Url);
