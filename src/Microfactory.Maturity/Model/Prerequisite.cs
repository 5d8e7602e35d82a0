namespace Microfactory.Maturity.Model;

/// <summary>A level that needs another dimension at <see cref="Level"/> first (OEE needs connected machines).</summary>
public sealed record Prerequisite(string DimensionId, int Level);
