using Microfactory.Shopfloor.Execution;

namespace Microfactory.Shopfloor.Tests.Execution;

public sealed class OperationLifecycleTests
{
    [Theory]
    [InlineData(OperationState.Released, OperationAction.Start, OperationState.Running)]
    [InlineData(OperationState.Running, OperationAction.Pause, OperationState.Paused)]
    [InlineData(OperationState.Paused, OperationAction.Resume, OperationState.Running)]
    [InlineData(OperationState.Running, OperationAction.Finish, OperationState.Done)]
    [InlineData(OperationState.Paused, OperationAction.Finish, OperationState.Done)]
    public void Next_AllowedMove_GivesTheNewState(OperationState from, OperationAction action, OperationState expected)
    {
        Assert.Equal(expected, OperationLifecycle.Next(from, action));
        Assert.Null(OperationLifecycle.Refusal(from, action));
    }

    [Theory]
    [InlineData(OperationState.Released, OperationAction.Pause, "not been started")]
    [InlineData(OperationState.Released, OperationAction.Resume, "not been started")]
    [InlineData(OperationState.Released, OperationAction.Finish, "not been started")]
    [InlineData(OperationState.Running, OperationAction.Start, "started already")]
    [InlineData(OperationState.Running, OperationAction.Resume, "running already")]
    [InlineData(OperationState.Paused, OperationAction.Pause, "paused already")]
    [InlineData(OperationState.Paused, OperationAction.Start, "started already")]
    [InlineData(OperationState.Done, OperationAction.Start, "done")]
    [InlineData(OperationState.Done, OperationAction.Finish, "done")]
    public void Refusal_ForbiddenMove_SaysWhy(OperationState from, OperationAction action, string words)
    {
        Assert.Null(OperationLifecycle.Next(from, action));
        Assert.Contains(words, OperationLifecycle.Refusal(from, action), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_EveryName_RoundTrips()
    {
        foreach (var state in Enum.GetValues<OperationState>())
        {
            Assert.True(OperationLifecycle.TryParse(OperationLifecycle.Name(state), out var read));
            Assert.Equal(state, read);
        }
        Assert.False(OperationLifecycle.TryParse("Running", out _));
        Assert.False(OperationLifecycle.TryParse(null, out _));
    }
}
