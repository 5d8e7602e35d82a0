using Microfactory.Core.Validation;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Alarms;

/// <summary>Lists, reads and acknowledges alarms (raising and clearing is <see cref="AlarmChecker"/>'s). Acknowledging is once: a second time answers the alarm unchanged.</summary>
internal sealed class AlarmService(AlarmStore store, AlarmFeed feed, TimeProvider time)
{
    public const int MaxNoteLength = 500;
    public const int MaxIdLength = 100;

    /// <summary>The <c>state</c> filter values.</summary>
    public static IReadOnlyList<string> States { get; } = ["open", "acknowledged", "cleared", "all"];

    public async Task<ServiceResult<ItemPage<StoredAlarm>>> ListAsync(string? factoryId, string? machineId, string? state, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var paging = PageRequest.From(page, pageSize);
        foreach (var error in paging.Errors)
        {
            errors.Add(error.Field, error.Message);
        }
        errors.MaxLength("factoryId", factoryId, MaxIdLength);
        errors.MaxLength("machineId", machineId, MaxIdLength);
        var filter = string.IsNullOrEmpty(state) ? "all" : state;
        if (!States.Contains(filter, StringComparer.Ordinal))
        {
            errors.Add("state", $"state must be one of {string.Join(", ", States)}, not '{Shorten(state!)}'.");
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<ItemPage<StoredAlarm>>.Invalid(errors.Errors);
        }
        var request = paging.Value!;
        var (items, total) = await store.ListAsync(Blank(factoryId), Blank(machineId), filter, request.Offset, request.PageSize, cancellationToken);
        return ServiceResult<ItemPage<StoredAlarm>>.Ok(new ItemPage<StoredAlarm>(items, request.Page, request.PageSize, total));
    }

    public async Task<ServiceResult<StoredAlarm>> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } alarm ? ServiceResult<StoredAlarm>.Ok(alarm) : ServiceResult<StoredAlarm>.NotFound($"No alarm with id '{Shorten(id)}'.");

    /// <summary>Records that <paramref name="caller"/> saw the alarm (open or already cleared), now, with an optional note; a second acknowledgement changes nothing.</summary>
    public async Task<ServiceResult<StoredAlarm>> AcknowledgeAsync(Caller caller, string id, string? note, CancellationToken cancellationToken)
    {
        if (note is { Length: > MaxNoteLength })
        {
            return ServiceResult<StoredAlarm>.Invalid("note", $"note must be at most {MaxNoteLength} characters long, not {note.Length}.");
        }
        if (await store.GetAsync(id, cancellationToken) is null)
        {
            return ServiceResult<StoredAlarm>.NotFound($"No alarm with id '{Shorten(id)}'.");
        }
        var changed = await store.AcknowledgeAsync(id, time.GetUtcNow(), caller.UserId, string.IsNullOrWhiteSpace(note) ? null : note, cancellationToken);
        var alarm = (await store.GetAsync(id, cancellationToken))!;
        if (changed)
        {
            feed.Publish([new AlarmNotice(AlarmChange.Acknowledged, alarm)]);
        }
        return ServiceResult<StoredAlarm>.Ok(alarm);
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
