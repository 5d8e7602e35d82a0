namespace Microfactory.Server.Features.Execution;

/// <summary>A produced unit's status: some of its operations are still to do, or all are done.</summary>
internal enum UnitStatus
{
    InProduction,
    Completed,
}
