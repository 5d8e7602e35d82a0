namespace Microfactory.Maturity.Model;

/// <summary>One of the model's three groups of dimensions: process, technology, organisation.</summary>
public sealed record DimensionGroup(string Id, string Name, string Description);
