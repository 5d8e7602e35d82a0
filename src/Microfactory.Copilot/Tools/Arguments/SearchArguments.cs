using System.ComponentModel;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of <c>search_documents</c>.</summary>
/// <param name="Query">The words to look for.</param>
/// <param name="Top">At most this many sections (1–20).</param>
public sealed record SearchArguments(
    [property: Description("The words to look for, English or Chinese.")] string Query,
    [property: Description("At most this many sections, 1 to 20 (default 5).")] int Top = 5);
