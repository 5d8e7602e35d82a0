namespace Microfactory.Copilot.Tools.Data;

/// <summary>A template with its routing.</summary>
/// <param name="Template">The template.</param>
/// <param name="Routing">Its steps in order.</param>
public sealed record TemplateDetails(TemplateSummary Template, IReadOnlyList<RoutingStep> Routing);
