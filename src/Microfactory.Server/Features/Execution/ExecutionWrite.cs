namespace Microfactory.Server.Features.Execution;

/// <summary>
/// One move of an operation, written in one transaction: the event appended, the operation's new state (expected to
/// be at <see cref="ExpectedSequence"/> before, 0 for a start), the unit it starts (created when new) or completes,
/// and the order moved to in production (first start) or completed (last unit).
/// </summary>
internal sealed record ExecutionWrite(OperationEvent Event, OperationRun Run, int ExpectedSequence, ProducedUnit Unit, bool CompletesUnit, int OrderUnits);
