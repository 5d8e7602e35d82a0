using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Drafting;
using Microfactory.Copilot.Tools;
using Microfactory.Core.Access;
using Microfactory.Core.Validation;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// Questions, confirmations and drafts. Every tool runs as the asking user over the same services as the API; the
/// offline engine answers unless a model is configured (<see cref="CopilotModel"/>). Every question an engine answers (in
/// whatever kind, refused input aside) leaves one usage row, never its text, before the answer goes back.
/// </summary>
internal sealed class CopilotService(
    CopilotToolSet tools, CopilotCatalogue catalogue, CopilotConversations conversations, CopilotLibrary library, CopilotModel model,
    CopilotDocumentService documents, CopilotUsageStore usage, TimeProvider time, Microsoft.Extensions.Options.IOptions<CopilotOptions> options)
{
    public int MessagesPerMinute => options.Value.MessagesPerMinute;

    public const int MaxMessageLength = OfflineCopilot.MaxQuestionLength;
    public const int MaxIdLength = 100;

    public static IReadOnlyList<string> PageKinds { get; } = ["order", "machine", "template", "unit"];

    /// <summary>Whether the user may ask now (the per-user budget); the API answers 429 when not.</summary>
    public bool TryTakeMessage(Caller caller) => conversations.TryTakeMessage(caller.UserId);

    /// <param name="caller">Who asks.</param>
    /// <param name="input">The question.</param>
    /// <param name="cancellationToken">Cancels the answer.</param>
    /// <param name="countUsage">False for an evaluation's questions: they test the copilot and are no use of it by the plant
    /// (they would inflate copilot.questions-per-week).</param>
    public async Task<ServiceResult<CopilotMessageResponse>> AskAsync(Caller caller, CopilotMessageInput input, CancellationToken cancellationToken, bool countUsage = true)
    {
        var started = time.GetTimestamp();
        var errors = new FieldErrors();
        if (errors.Required("message", input.Message))
        {
            if (string.IsNullOrWhiteSpace(input.Message) || input.Message!.Length > MaxMessageLength)
            {
                errors.Add("message", $"message must be 1 to {MaxMessageLength} characters and not blank.");
            }
        }
        // The JSON body's converters refuse control characters already; the UI's form post comes here unchecked.
        foreach (var (field, value, multiLine) in new[] { ("message", input.Message, true), ("conversationId", input.ConversationId, false), ("page.kind", input.Page?.Kind, false), ("page.id", input.Page?.Id, false) })
        {
            if (Api.TextRules.Check(field, value, multiLine) is { } problem)
            {
                errors.Add(field, problem);
            }
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<CopilotMessageResponse>.Invalid(errors.Errors);
        }
        errors.MaxLength("conversationId", input.ConversationId, MaxIdLength);
        if (input.Page is { } page)
        {
            errors.OneOf("page.kind", page.Kind, PageKinds);
            errors.Text("page.id", page.Id, MaxIdLength);
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<CopilotMessageResponse>.Invalid(errors.Errors);
        }
        var conversation = conversations.Open(caller.UserId, input.ConversationId);
        if (conversation is null)
        {
            return ServiceResult<CopilotMessageResponse>.NotFound($"No conversation with id '{input.ConversationId}' (conversations end {nameof(CopilotOptions.ConversationIdle)} after their last message).");
        }
        await library.EnsureLoadedAsync(cancellationToken);
        var user = caller.ToCopilotUser();
        var question = input.Message!.Trim();
        string text, kind, engine;
        IReadOnlyList<Citation> citations;
        ActionProposal? proposal;
        Draft? draft = null;
        var language = question.Any(Microfactory.Copilot.Retrieval.TextTokens.IsHan) ? "zh-Hant" : "en";
        if (model.Enabled)
        {
            var reply = await model.AskAsync(tools, user, conversation.Turns, question, input.Page is { } p ? $"the {p.Kind} {p.Id}" : null, cancellationToken);
            (text, citations, proposal, kind, engine) = (reply.Text, reply.Citations, reply.Proposal, reply.Proposal is null ? "answer" : "proposal", "model");
        }
        else
        {
            var names = await catalogue.BuildAsync(caller, cancellationToken);
            var offline = new OfflineCopilot(tools, names, user, Page(input.Page));
            var answer = await offline.AskAsync([.. conversation.Turns.Select(t => t.Question), question], cancellationToken);
            (text, citations, proposal, draft, engine) = (answer.Text, answer.Citations, answer.Proposal, answer.Draft, OfflineCopilot.ModelId);
            kind = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(answer.Kind.ToString());
            language = answer.Question.Language == AnswerLanguage.TraditionalChinese ? "zh-Hant" : "en";
        }
        // Written before the answer is returned, so no answer is acknowledged without its row; a failed write fails the
        // request like any other database failure. The question's text is deliberately not stored (privacy). The time is
        // the factory's clock; the latency is real time (a simulated clock speeds up the date, not the timestamps).
        if (countUsage)
        {
            await usage.InsertAsync(new CopilotUsage(time.GetUtcNow(), caller.UserId, caller.Role.ToName(), engine, kind, language,
                (long)time.GetElapsedTime(started).TotalMilliseconds), cancellationToken);
        }
        var (proposalId, draftId) = conversations.Record(conversation, question, text, proposal, draft);
        return ServiceResult<CopilotMessageResponse>.Ok(new CopilotMessageResponse(
            conversation.Id, text, language, kind, engine, CopilotTables.Find(text), [.. citations.Select(Cite)],
            proposal is null ? null : new CopilotProposalResponse(proposalId!, proposal.Tool, proposal.Summary, proposal.Arguments),
            draft is null ? null : new CopilotDraftResponse(draftId!, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(draft.Kind.ToString()), draft.Title, draft.Markdown)));
    }

    /// <summary>Runs a proposal the caller was given, if the caller's role may do it; "not found" for anyone else's or an unknown one.</summary>
    public async Task<ServiceResult<CopilotConfirmResponse>> ConfirmAsync(Caller caller, string proposalId, CancellationToken cancellationToken)
    {
        var user = caller.ToCopilotUser();
        var proposal = proposalId.Length <= MaxIdLength ? conversations.PeekProposal(caller.UserId, proposalId) : null;
        if (proposal is null || tools.Find(proposal.Tool) is not { } tool || !tool.Allows(user.Role) || conversations.TakeProposal(caller.UserId, proposalId) is null)
        {
            return ServiceResult<CopilotConfirmResponse>.NotFound($"No proposal with id '{Short(proposalId)}' for you to confirm.");
        }
        var outcome = await tools.ConfirmAsync(user, proposal, cancellationToken);
        return ServiceResult<CopilotConfirmResponse>.Ok(new CopilotConfirmResponse(proposalId, outcome.Status == ToolStatus.Done,
            outcome.Message ?? (outcome.Data as Microfactory.Copilot.Tools.Data.ActionResult)?.Message ?? outcome.Status.ToString(), [.. outcome.Citations.Select(Cite)]));
    }

    /// <summary>Saves a draft the caller was given: an SOP or guide becomes a searchable document (source draft).</summary>
    public async Task<ServiceResult<CopilotDocumentResponse>> AcceptDraftAsync(Caller caller, string draftId, CancellationToken cancellationToken)
    {
        var draft = draftId.Length <= MaxIdLength ? conversations.TakeDraft(caller.UserId, draftId) : null;
        if (draft is null)
        {
            return ServiceResult<CopilotDocumentResponse>.NotFound($"No draft with id '{Short(draftId)}' for you to accept.");
        }
        return await documents.CreateAsync(caller, new CopilotDocumentInput(Title(draft.Title), draft.Markdown, []), "draft", cancellationToken);
    }

    /// <summary>An accepted draft is no longer one: its "DRAFT: " / "草稿：" mark goes.</summary>
    private static string Title(string title) =>
        title.StartsWith("DRAFT: ", StringComparison.Ordinal) ? title[7..] : title.StartsWith("草稿：", StringComparison.Ordinal) ? title[3..] : title;

    private static QuestionSlots? Page(CopilotPageInput? page) => page?.Kind switch
    {
        "order" => new QuestionSlots(Order: page.Id),
        "machine" => new QuestionSlots(Machine: page.Id),
        "template" => new QuestionSlots(Template: page.Id),
        "unit" => new QuestionSlots(Serial: page.Id),
        _ => null,
    };

    private static CopilotCitationResponse Cite(Citation c) => new(c.Kind, c.Id, c.Title, c.Link);

    private static string Short(string id) => id.Length <= MaxIdLength ? id : id[..20] + "…";
}
