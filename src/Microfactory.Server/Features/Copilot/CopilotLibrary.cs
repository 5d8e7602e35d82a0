using System.Reflection;
using Microfactory.Copilot.Retrieval;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// The one search index over every manual and SOP: the demo documents built into the server (embedded Markdown under
/// <see cref="EmbeddedPrefix"/>; there may be none) and the documents in <c>copilot_documents</c>, loaded once on first
/// use and kept current by <see cref="CopilotDocumentService"/>.
/// </summary>
internal sealed class CopilotLibrary(CopilotDocumentStore store) : IDocumentSearch
{
    /// <summary>The resource names of the demo documents: this prefix and their path under <c>Startup/DemoData/Documents</c>.</summary>
    public const string EmbeddedPrefix = "Microfactory.Server.Startup.DemoData.Documents/";

    /// <summary>The folder's own README says what the documents are; it is not a document of the plant.</summary>
    private const string FolderReadme = EmbeddedPrefix + "README.md";

    private readonly DocumentIndex _index = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _loaded;

    public int SectionCount => _index.SectionCount;

    public IReadOnlyList<string> DocumentIds => _index.DocumentIds;

    /// <summary>Loads the documents once; every later call returns at once.</summary>
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded)
            {
                return;
            }
            foreach (var document in Embedded())
            {
                _index.Upsert(document);
            }
            foreach (var document in await store.ListAsync(cancellationToken))
            {
                Upsert(document);
            }
            _loaded = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Upsert(CopilotDocument document) => _index.Upsert(new MarkdownDocument(document.Id, document.Title, Link(document.Id), document.Markdown));

    public bool Remove(string id) => _index.Remove(id);

    public IReadOnlyList<DocumentHit> Search(string query, int top) => _index.Search(query, top);

    public static string Link(string id) => $"/api/v1/copilot/documents/{Uri.EscapeDataString(id)}";

    /// <summary>The built-in documents: id <c>doc_</c> + the path (<c>doc_manuals_fiber-laser</c>), title the first heading (or the path).</summary>
    public static IReadOnlyList<MarkdownDocument> Embedded()
    {
        var assembly = typeof(CopilotLibrary).Assembly;
        var documents = new List<MarkdownDocument>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && n != FolderReadme).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var markdown = reader.ReadToEnd();
            var file = name[EmbeddedPrefix.Length..^3];
            var title = markdown.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? file;
            var id = "doc_" + file.Replace('/', '_').Replace('.', '_');
            documents.Add(new MarkdownDocument(id, title, Link(id), markdown));
        }
        return documents;
    }
}
