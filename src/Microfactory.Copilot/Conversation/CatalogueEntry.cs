namespace Microfactory.Copilot.Conversation;

/// <summary>A name people use for a record: a machine, template, supplier, material or order.</summary>
/// <param name="Id">The record's id (what tools take).</param>
/// <param name="Name">Its name.</param>
/// <param name="Aliases">Other names people use, in any language ("laser", "雷射切割機").</param>
/// <param name="ChineseName">The name used in Chinese answers, when it has one.</param>
public sealed record CatalogueEntry(string Id, string Name, IReadOnlyList<string> Aliases, string? ChineseName = null)
{
    /// <summary>Every name, the name first.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name).Concat(ChineseName is null ? [] : [ChineseName]);
}
