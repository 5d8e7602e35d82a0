using Microfactory.Copilot.Tools;

namespace Microfactory.Copilot.Drafting;

/// <summary>
/// A text the copilot drafted for a person to review. It says it is a draft in its title and its first line; the host saves
/// it only when a person accepts it.
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Title">Its title, starting with "DRAFT" (or "草稿").</param>
/// <param name="Markdown">Its text.</param>
/// <param name="Citations">The records and document sections it was drafted from.</param>
public sealed record Draft(DraftKind Kind, string Title, string Markdown, IReadOnlyList<Citation> Citations)
{
    /// <summary>Always "draft": a draft becomes a document only by a person's acceptance, outside this library.</summary>
    public string Status => "draft";
}
