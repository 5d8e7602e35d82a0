using System.Text.Json;
using System.Text.Json.Serialization;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// POST /api/v1/copilot/messages. message: the question (1–2,000 characters; line breaks allowed, other control
/// characters refused); conversationId: a previous answer's, for a follow-up ("and yesterday?"); page: the record the
/// asker is looking at, which the question may leave unnamed ("why is this late?").
/// </summary>
[RequiredFields(nameof(Message))]
internal sealed record CopilotMessageInput(
    [property: JsonConverter(typeof(MultiLineTextConverter))] string? Message, string? ConversationId, CopilotPageInput? Page);

/// <summary>The page's record: kind <c>order</c>, <c>machine</c>, <c>template</c> or <c>unit</c> (a serial) and its id.</summary>
[RequiredFields(nameof(Kind), nameof(Id))]
internal sealed record CopilotPageInput(string? Kind, string? Id);

/// <summary>
/// An answer: its text in the question's language (<c>en</c> or <c>zh-Hant</c>), the records it used (citations, each
/// with a link into the UI or API), and an action it proposes (nothing ran: confirm it with
/// POST /api/v1/copilot/proposals/{id}/confirm) or a draft (accept it with POST /api/v1/copilot/drafts/{id}/accept).
/// tables are the Markdown tables found in the answer, split into header and rows, for clients that draw them.
/// </summary>
internal sealed record CopilotMessageResponse(
    string ConversationId, string Answer, string Language, string Kind, string Engine, IReadOnlyList<CopilotTable> Tables,
    IReadOnlyList<CopilotCitationResponse> Citations, CopilotProposalResponse? Proposal, CopilotDraftResponse? Draft);

/// <summary>A record an answer used.</summary>
internal sealed record CopilotCitationResponse(string Kind, string Id, string Title, string Href);

/// <summary>An action waiting for the asker's confirmation; it expires with the conversation.</summary>
internal sealed record CopilotProposalResponse(string Id, string Tool, string Summary, JsonElement Arguments);

/// <summary>A draft (status <c>draft</c>) the asker may accept; an accepted SOP becomes a searchable document.</summary>
internal sealed record CopilotDraftResponse(string Id, string Kind, string Title, string Markdown);

/// <summary>A table of an answer.</summary>
internal sealed record CopilotTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>What a confirmed proposal did: done, or refused with the reason (the same rule the API would give).</summary>
internal sealed record CopilotConfirmResponse(string ProposalId, bool Done, string Message, IReadOnlyList<CopilotCitationResponse> Citations);

/// <summary>
/// POST /api/v1/copilot/documents: title (1–200 characters), markdown (1 character to 256 KiB of UTF-8; line breaks
/// allowed), machineIds (the machines it is about, at most 50, each an existing machine).
/// </summary>
[RequiredFields(nameof(Title), nameof(Markdown))]
internal sealed record CopilotDocumentInput(
    string? Title, [property: JsonConverter(typeof(MultiLineTextConverter))] string? Markdown, IReadOnlyList<string>? MachineIds);

/// <summary>A searchable document; markdown only on GET of one document. source: upload, draft or demo (built in, not deletable).</summary>
internal sealed record CopilotDocumentResponse(
    string Id, string Title, IReadOnlyList<string> MachineIds, string Source, string? CreatedBy, DateTimeOffset? CreatedAt, int Bytes, string? Markdown)
{
    public static CopilotDocumentResponse From(CopilotDocument d, bool withText) =>
        new(d.Id, d.Title, d.MachineIds, d.Source, d.CreatedBy, d.CreatedAt, System.Text.Encoding.UTF8.GetByteCount(d.Markdown), withText ? d.Markdown : null);
}
