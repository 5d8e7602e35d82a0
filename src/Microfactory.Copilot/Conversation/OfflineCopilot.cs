using System.Runtime.CompilerServices;
using Microfactory.Copilot.Conversation.Answers;
using Microfactory.Copilot.Tools;
using Microsoft.Extensions.AI;

namespace Microfactory.Copilot.Conversation;

/// <summary>
/// The built-in engine: no model, no network. It reads each user turn with the grammar (the earlier turns give the
/// context for follow-ups), calls the tools as the user, and composes the answer from their results only, in the
/// question's language, with its sources. The same conversation always gets the same answer.
/// </summary>
/// <param name="tools">The tool set over the host's implementations.</param>
/// <param name="catalogue">The platform's names and ids as the host sees them now.</param>
/// <param name="user">The asking user.</param>
/// <param name="page">The record of the page the chat panel sits on (an order, a machine, a template, a unit): questions that
/// name none of these are about it.</param>
public sealed class OfflineCopilot(CopilotToolSet tools, PlantCatalogue catalogue, CopilotUser user, QuestionSlots? page = null) : IChatClient
{
    /// <summary>The model id the engine reports in its responses.</summary>
    public const string ModelId = "microfactory-offline";

    /// <summary>The longest question the engine reads; longer ones are answered with a request to shorten them.</summary>
    public const int MaxQuestionLength = 2_000;

    /// <summary>Answers the last of the user's turns; the earlier ones are the conversation so far.</summary>
    /// <param name="userTurns">The user's questions, oldest first.</param>
    /// <param name="cancellationToken">Cancels the tool calls.</param>
    /// <returns>The answer.</returns>
    public async Task<CopilotAnswer> AskAsync(IReadOnlyList<string> userTurns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userTurns);
        if (userTurns.Count == 0)
        {
            throw new ArgumentException("There must be at least one question.", nameof(userTurns));
        }
        if (userTurns[^1] is not { Length: > 0 and <= MaxQuestionLength } last || string.IsNullOrWhiteSpace(last))
        {
            var question = QuestionParser.Parse(string.Empty, catalogue) with { Text = userTurns[^1] ?? string.Empty };
            var language = (userTurns[^1] ?? string.Empty).Any(Retrieval.TextTokens.IsHan) ? AnswerLanguage.TraditionalChinese : AnswerLanguage.English;
            return new AnswerContext(tools, catalogue, user, question with { Language = language }, cancellationToken).Clarify(
                $"question: must be 1 to {MaxQuestionLength} characters.", $"問題：長度須為 1 到 {MaxQuestionLength} 個字元。");
        }
        ParsedQuestion? previous = null;
        foreach (var turn in userTurns.Where(t => t.Length <= MaxQuestionLength))
        {
            previous = QuestionParser.Parse(turn, catalogue, previous);
            if (page is not null)
            {
                var onPage = new QuestionSlots(page.Order, page.Machine, page.Template, page.Serial);
                previous = previous with { Slots = previous.Slots.Over(onPage) };
            }
        }
        var context = new AnswerContext(tools, catalogue, user, previous!, cancellationToken);
        return await AnswerAsync(context).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var turns = messages.Where(m => m.Role == ChatRole.User).Select(m => m.Text).ToList();
        var answer = await AskAsync(turns, cancellationToken).ConfigureAwait(false);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, answer.Text))
        {
            ModelId = ModelId,
            RawRepresentation = answer,
            FinishReason = ChatFinishReason.Stop,
            AdditionalProperties = new AdditionalPropertiesDictionary
            {
                ["intent"] = answer.Question.Intent.ToString(),
                ["kind"] = answer.Kind.ToString(),
                ["citations"] = answer.Citations,
                ["proposal"] = answer.Proposal,
            },
        };
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata(ModelId, defaultModelId: ModelId)
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing to release: the engine holds no connection.
    }

    private static Task<CopilotAnswer> AnswerAsync(AnswerContext a) => a.Question.Intent switch
    {
        Intent.OrderLateness => OrderAnswers.LatenessAsync(a),
        Intent.OrderStatus => OrderAnswers.StatusAsync(a),
        Intent.ListOrders => OrderAnswers.ListAsync(a),
        Intent.PlanKpis => PlantAnswers.PlanAsync(a),
        Intent.MachineState => PlantAnswers.StatesAsync(a),
        Intent.Oee => PlantAnswers.OeeAsync(a),
        Intent.Alarms => PlantAnswers.AlarmsAsync(a),
        Intent.MaintenanceHistory => PlantAnswers.HistoryAsync(a),
        Intent.Footprint => CarbonAnswers.FootprintAsync(a, driver: false),
        Intent.FootprintDriver => CarbonAnswers.FootprintAsync(a, driver: true),
        Intent.SupplierCoverage => CarbonAnswers.CoverageAsync(a),
        Intent.Passport => CarbonAnswers.PassportAsync(a),
        Intent.Templates => CatalogueAnswers.TemplatesAsync(a),
        Intent.Materials => CatalogueAnswers.MaterialsAsync(a),
        Intent.DocumentSearch => CatalogueAnswers.DocumentsAsync(a),
        Intent.DraftSop => DraftAnswers.SopAsync(a),
        Intent.MaintenanceGuidance => DraftAnswers.GuidanceAsync(a),
        Intent.RootCause => DraftAnswers.RootCauseAsync(a),
        Intent.PinOperation => ActionAnswers.PinAsync(a),
        Intent.RecordDowntime => ActionAnswers.DowntimeAsync(a),
        Intent.ChangePriority => ActionAnswers.PriorityAsync(a),
        _ => Task.FromResult(a.NotUnderstood()),
    };
}
