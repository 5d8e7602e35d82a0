namespace Microfactory.Copilot.Tools.Data;

/// <summary>Which orders a list shows.</summary>
public enum OrderFilter
{
    /// <summary>Orders not yet completed or cancelled.</summary>
    Open,

    /// <summary>Open orders the plan finishes after their promise.</summary>
    Late,

    /// <summary>Every order.</summary>
    All,
}
