namespace Microfactory.Shopfloor.Execution;

/// <summary>
/// Where one planned operation is on the shop floor. Wire names are lower case (<c>released</c>, <c>running</c>,
/// <c>paused</c>, <c>done</c>). Released is every planned operation nobody has started yet.
/// </summary>
public enum OperationState
{
    /// <summary>Planned and free to start once its predecessors are done.</summary>
    Released,

    /// <summary>Started on its machine and not paused.</summary>
    Running,

    /// <summary>Started, then interrupted (by an operator or by its machine going down).</summary>
    Paused,

    /// <summary>Finished, with its good and scrap counts.</summary>
    Done,
}
