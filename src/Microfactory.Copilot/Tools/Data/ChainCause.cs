namespace Microfactory.Copilot.Tools.Data;

/// <summary>Why one link of an order's critical chain starts when it does.</summary>
public enum ChainCause
{
    /// <summary>It waits for the order's previous step.</summary>
    PreviousStep,

    /// <summary>It waits for its machine to finish another order's work.</summary>
    MachineBusy,

    /// <summary>It waits for its machine's downtime to end.</summary>
    Downtime,

    /// <summary>It waits for material to arrive.</summary>
    Material,

    /// <summary>It waits for the machine's next shift.</summary>
    Shift,

    /// <summary>It starts as soon as the order was released.</summary>
    Release,
}
