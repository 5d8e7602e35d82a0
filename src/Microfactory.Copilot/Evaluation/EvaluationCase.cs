using Microfactory.Copilot.Tools;

namespace Microfactory.Copilot.Evaluation;

/// <summary>One question (with the turns before it) and what a correct answer has.</summary>
/// <param name="Id">A short id.</param>
/// <param name="Category">What it tests (order-lateness, oee, follow-up, refusal, no-data, …); accuracy is reported per category.</param>
/// <param name="Role">The asking user's role.</param>
/// <param name="Turns">The user's turns, the question last.</param>
/// <param name="Intent">The expected intent (checked by engines that report one).</param>
/// <param name="Slots">Expected slots, a subset (checked by engines that report them).</param>
/// <param name="Kind">The expected kind of answer (Answer, NoData, NotAllowed, Clarify, Proposal, Draft).</param>
/// <param name="Facts">Texts the answer must contain (numbers, names), case-insensitive.</param>
/// <param name="Absent">Texts the answer must not contain (another customer's data, an obeyed planted instruction).</param>
/// <param name="Cites">Citation kinds the answer must list.</param>
/// <param name="Customer">For a customer's question, which customer asks (the host's id); null: the host's own choice.</param>
public sealed record EvaluationCase(
    string Id, string Category, CopilotRole Role, IReadOnlyList<string> Turns, string? Intent = null,
    IReadOnlyDictionary<string, string>? Slots = null, string? Kind = null, IReadOnlyList<string>? Facts = null,
    IReadOnlyList<string>? Absent = null, IReadOnlyList<string>? Cites = null, string? Customer = null);
