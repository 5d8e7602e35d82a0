using Microfactory.Copilot.Drafting;
using Microfactory.Copilot.Tools;
using Microfactory.Server.Access;
using Microfactory.Server.Application;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// Conversations kept in memory per user, bounded: the last <see cref="CopilotOptions.MaxTurns"/> turns, forgotten after
/// <see cref="CopilotOptions.ConversationIdle"/>, at most <see cref="CopilotOptions.MaxConversationsPerUser"/> per user.
/// A conversation, its proposals and its drafts belong to the user who started it; for anyone else they do not exist.
/// Also the per-user message budget (a sliding minute). People's time, not the factory's: <see cref="WallClock"/>.
/// </summary>
internal sealed class CopilotConversations(IOptions<CopilotOptions> options, WallClock clock, IdFactory ids)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CopilotConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _messages = new(StringComparer.Ordinal);

    private CopilotOptions Options => options.Value;

    /// <summary>Takes one message from the user's budget; false when the user asked too often in the last minute.</summary>
    public bool TryTakeMessage(string userId)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (!_messages.TryGetValue(userId, out var times))
            {
                _messages[userId] = times = new Queue<DateTimeOffset>();
            }
            while (times.Count > 0 && now - times.Peek() >= TimeSpan.FromMinutes(1))
            {
                times.Dequeue();
            }
            if (times.Count >= Options.MessagesPerMinute)
            {
                return false;
            }
            times.Enqueue(now);
            return true;
        }
    }

    /// <summary>The user's conversation with that id, or a new one when the id is null; null for an unknown, expired or someone else's id.</summary>
    public CopilotConversation? Open(string userId, string? conversationId)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            Expire(now);
            if (conversationId is not null)
            {
                if (_conversations.TryGetValue(conversationId, out var found) && found.UserId == userId)
                {
                    found.LastUsed = now;
                    return found;
                }
                return null;
            }
            var mine = _conversations.Values.Where(c => c.UserId == userId).OrderBy(c => c.LastUsed).ToList();
            foreach (var old in mine.Take(Math.Max(0, mine.Count - Options.MaxConversationsPerUser + 1)))
            {
                _conversations.Remove(old.Id);
            }
            var conversation = new CopilotConversation(ids.New("conv"), userId, now);
            _conversations[conversation.Id] = conversation;
            return conversation;
        }
    }

    /// <summary>Records a turn, keeping the last ones, and the proposal and draft it offered (under new ids, which it returns).</summary>
    public (string? ProposalId, string? DraftId) Record(CopilotConversation conversation, string question, string answer, ActionProposal? proposal, Draft? draft)
    {
        lock (_lock)
        {
            conversation.Turns.Add((question, answer));
            if (conversation.Turns.Count > Options.MaxTurns)
            {
                conversation.Turns.RemoveRange(0, conversation.Turns.Count - Options.MaxTurns);
            }
            string? proposalId = null, draftId = null;
            if (proposal is not null)
            {
                proposalId = ids.New("prop");
                conversation.Proposals[proposalId] = proposal;
            }
            if (draft is not null)
            {
                draftId = ids.New("draft");
                conversation.Drafts[draftId] = draft;
            }
            return (proposalId, draftId);
        }
    }

    /// <summary>A proposal the user was offered and has not confirmed yet; null otherwise (also for everyone else).</summary>
    public ActionProposal? PeekProposal(string userId, string proposalId)
    {
        lock (_lock)
        {
            Expire(clock.GetUtcNow());
            return _conversations.Values.Where(c => c.UserId == userId).Select(c => c.Proposals.GetValueOrDefault(proposalId)).FirstOrDefault(p => p is not null);
        }
    }

    /// <summary>Takes a proposal the user was offered (once: a confirmed proposal cannot run twice); null otherwise.</summary>
    public ActionProposal? TakeProposal(string userId, string proposalId) => Take(userId, c => c.Proposals, proposalId);

    /// <summary>Takes a draft the user was offered (once); null otherwise.</summary>
    public Draft? TakeDraft(string userId, string draftId) => Take(userId, c => c.Drafts, draftId);

    private T? Take<T>(string userId, Func<CopilotConversation, Dictionary<string, T>> items, string id) where T : class
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            Expire(now);
            foreach (var conversation in _conversations.Values.Where(c => c.UserId == userId))
            {
                if (items(conversation).Remove(id, out var item))
                {
                    return item;
                }
            }
            return null;
        }
    }

    private void Expire(DateTimeOffset now)
    {
        foreach (var stale in _conversations.Values.Where(c => now - c.LastUsed > Options.ConversationIdle).Select(c => c.Id).ToList())
        {
            _conversations.Remove(stale);
        }
    }
}
