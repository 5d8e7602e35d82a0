namespace Microfactory.Server.Features.Copilot;

/// <summary>A manual or SOP the copilot searches: uploaded (source <c>upload</c>), an accepted draft (<c>draft</c>) or built in (<c>demo</c>).</summary>
internal sealed record CopilotDocument(string Id, string Title, string Markdown, IReadOnlyList<string> MachineIds, string Source, string CreatedBy, DateTimeOffset CreatedAt);
