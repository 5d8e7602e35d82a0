namespace Microfactory.Shopfloor.Execution;

/// <summary>
/// The moves an operation may make: released → running (start), running ↔ paused (pause, resume), running or paused →
/// done (finish). Done is final. A refused move is a sentence naming the state, for a 409 the operator can read.
/// </summary>
public static class OperationLifecycle
{
    /// <summary>The state after <paramref name="action"/> from <paramref name="state"/>, or null when the move is not allowed.</summary>
    public static OperationState? Next(OperationState state, OperationAction action) => (state, action) switch
    {
        (OperationState.Released, OperationAction.Start) => OperationState.Running,
        (OperationState.Running, OperationAction.Pause) => OperationState.Paused,
        (OperationState.Paused, OperationAction.Resume) => OperationState.Running,
        (OperationState.Running or OperationState.Paused, OperationAction.Finish) => OperationState.Done,
        _ => null,
    };

    /// <summary>Why <paramref name="action"/> is refused in <paramref name="state"/>; null when it is allowed.</summary>
    public static string? Refusal(OperationState state, OperationAction action)
    {
        if (Next(state, action) is not null)
        {
            return null;
        }
        var name = Name(state);
        return (state, action) switch
        {
            (OperationState.Done, _) => "the operation is done: its record can no longer change.",
            (_, OperationAction.Start) => $"the operation is {name}: it has been started already.",
            (OperationState.Released, _) => "the operation has not been started.",
            (OperationState.Paused, OperationAction.Pause) => "the operation is paused already.",
            (OperationState.Running, OperationAction.Resume) => "the operation is running already.",
            _ => $"the operation is {name}.",
        };
    }

    /// <summary>The wire name of a state: released, running, paused or done.</summary>
    public static string Name(OperationState state) => state switch
    {
        OperationState.Released => "released",
        OperationState.Running => "running",
        OperationState.Paused => "paused",
        _ => "done",
    };

    /// <summary>Reads a wire name (exact, lower case).</summary>
    public static bool TryParse(string? name, out OperationState state)
    {
        foreach (var candidate in (ReadOnlySpan<OperationState>)[OperationState.Released, OperationState.Running, OperationState.Paused, OperationState.Done])
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                state = candidate;
                return true;
            }
        }
        state = OperationState.Released;
        return false;
    }
}
