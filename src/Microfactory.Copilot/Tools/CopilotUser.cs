namespace Microfactory.Copilot.Tools;

/// <summary>
/// The person asking. Every tool runs as this user: the host's implementation of a tool shows only what the user may see
/// (a customer only its own orders); the tool set refuses tools the role may not use at all.
/// </summary>
/// <param name="UserId">The platform's user id (<c>usr_…</c>).</param>
/// <param name="Role">The user's role.</param>
/// <param name="CustomerId">The customer the user acts for, when the role is <see cref="CopilotRole.Customer"/>.</param>
public sealed record CopilotUser(string UserId, CopilotRole Role, string? CustomerId = null);
