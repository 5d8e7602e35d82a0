using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;

namespace Microfactory.Copilot.Retrieval;

/// <summary>
/// A BM25 index over document sections that updates in place: adding a document again replaces its sections, removing it
/// takes them out, and the collection statistics (section count, average length, document frequencies) follow at once.
/// Score of a section s for query terms q: Σ idf(q)·f(q,s)·(k1+1) / (f(q,s) + k1·(1 − b + b·|s|/avg|s|)), with
/// idf(q) = ln(1 + (N − n(q) + 0.5)/(n(q) + 0.5)) (never negative); each distinct query term counts once.
/// Safe to use from several threads (one lock; updates are rare, searches short).
/// </summary>
public sealed class DocumentIndex : IDocumentSearch
{
    private readonly Bm25Parameters _parameters;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Dictionary<int, int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Entry> _sections = [];
    private readonly Dictionary<string, List<int>> _byDocument = new(StringComparer.Ordinal);
    private long _totalLength;
    private int _nextKey;

    /// <summary>An empty index.</summary>
    /// <param name="parameters">BM25 constants, <see cref="Bm25Parameters.Default"/> when null.</param>
    public DocumentIndex(Bm25Parameters? parameters = null) => _parameters = parameters ?? Bm25Parameters.Default;

    /// <summary>How many sections are indexed.</summary>
    public int SectionCount
    {
        get
        {
            lock (_lock)
            {
                return _sections.Count;
            }
        }
    }

    /// <summary>The ids of the indexed documents, in ordinal order.</summary>
    public IReadOnlyList<string> DocumentIds
    {
        get
        {
            lock (_lock)
            {
                return [.. _byDocument.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Adds a document, or replaces the one with the same id.</summary>
    /// <param name="document">The document.</param>
    public void Upsert(MarkdownDocument document)
    {
        var sections = MarkdownSections.Split(document);
        lock (_lock)
        {
            RemoveLocked(document.Id);
            var keys = new List<int>(sections.Count);
            foreach (var section in sections)
            {
                var terms = Terms($"{section.Heading}\n{section.Text}");
                var key = _nextKey++;
                _sections[key] = new Entry(section, terms.Count);
                _totalLength += terms.Count;
                foreach (var group in terms.GroupBy(t => t, StringComparer.Ordinal))
                {
                    if (!_postings.TryGetValue(group.Key, out var posting))
                    {
                        _postings[group.Key] = posting = [];
                    }
                    posting[key] = group.Count();
                }
                keys.Add(key);
            }
            _byDocument[document.Id] = keys;
        }
    }

    /// <summary>Takes a document out of the index.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <returns>Whether it was there.</returns>
    public bool Remove(string documentId)
    {
        lock (_lock)
        {
            return RemoveLocked(documentId);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<DocumentHit> Search(string query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = Terms(query).Distinct(StringComparer.Ordinal).ToList();
        lock (_lock)
        {
            if (_sections.Count == 0 || terms.Count == 0 || top < 1)
            {
                return [];
            }
            var scores = new Dictionary<int, double>();
            double n = _sections.Count;
            var averageLength = (double)_totalLength / _sections.Count;
            foreach (var term in terms)
            {
                if (!_postings.TryGetValue(term, out var posting))
                {
                    continue;
                }
                var idf = Math.Log(1 + ((n - posting.Count + 0.5) / (posting.Count + 0.5)));
                foreach (var (key, frequency) in posting)
                {
                    var length = _sections[key].Length;
                    var norm = _parameters.K1 * (1 - _parameters.B + (_parameters.B * length / averageLength));
                    scores[key] = scores.GetValueOrDefault(key) + (idf * frequency * (_parameters.K1 + 1) / (frequency + norm));
                }
            }
            // Ties go to the earlier-added section, so the same index and query always give the same order.
            return [.. scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(top).Select(s => Hit(_sections[s.Key].Section, s.Value))];
        }
    }

    private static DocumentHit Hit(DocumentSection s, double score) =>
        new(s.DocumentId, s.DocumentTitle, s.Anchor, s.Heading, s.Text, score, s.Link);

    private bool RemoveLocked(string documentId)
    {
        if (!_byDocument.Remove(documentId, out var keys))
        {
            return false;
        }
        foreach (var key in keys)
        {
            var entry = _sections[key];
            _sections.Remove(key);
            _totalLength -= entry.Length;
            foreach (var term in Terms($"{entry.Section.Heading}\n{entry.Section.Text}").Distinct(StringComparer.Ordinal))
            {
                var posting = _postings[term];
                posting.Remove(key);
                if (posting.Count == 0)
                {
                    _postings.Remove(term);
                }
            }
        }
        return true;
    }

    private sealed record Entry(DocumentSection Section, int Length);

    /// <summary>Index and query terms alike: tokens with English suffixes stripped, so a question's "warped" finds a manual's "warping".</summary>
    private static List<string> Terms(string text) => [.. TextTokens.Of(text).Select(EnglishStem.Of)];
}
