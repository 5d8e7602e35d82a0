using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Tools.Host;

/// <summary>
/// Search over manuals and SOPs. <see cref="Retrieval.DocumentIndex"/> implements it; the host feeds it the documents and
/// may wrap it to hide documents a role may not read.
/// </summary>
public interface IDocumentSearch
{
    /// <summary>The best sections for a query, best first.</summary>
    /// <param name="query">The words to look for (English or Chinese).</param>
    /// <param name="top">At most this many hits.</param>
    /// <returns>The hits (empty when nothing matches).</returns>
    IReadOnlyList<DocumentHit> Search(string query, int top);
}
