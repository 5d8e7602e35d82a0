using Microfactory.Copilot.Drafting;
using Microfactory.Copilot.Tools;

namespace Microfactory.Server.Features.Copilot;

/// <summary>One user's conversation: the last turns (question and answer text), the proposals and drafts it offered.</summary>
internal sealed class CopilotConversation(string id, string userId, DateTimeOffset now)
{
    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public DateTimeOffset LastUsed { get; set; } = now;

    public List<(string Question, string Answer)> Turns { get; } = [];

    public Dictionary<string, ActionProposal> Proposals { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Draft> Drafts { get; } = new(StringComparer.Ordinal);
}
