namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>The arguments of a tool that takes none.</summary>
public sealed record NoArguments;
