using System.ComponentModel;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of the tools about one template.</summary>
/// <param name="Template">The template id.</param>
public sealed record TemplateArguments([property: Description("The template id (for example wall-shelf).")] string Template);
