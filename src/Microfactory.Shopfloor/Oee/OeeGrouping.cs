namespace Microfactory.Shopfloor.Oee;

/// <summary>How <see cref="OeeCalculator"/> splits its window into report items.</summary>
public enum OeeGrouping
{
    /// <summary>One item per machine for the whole window.</summary>
    Machine,

    /// <summary>One item per machine and shift occurrence, labelled with the shift and the local date it starts.</summary>
    Shift,

    /// <summary>One item per machine and local calendar day; a shift that crosses midnight belongs to the day it starts.</summary>
    Day,
}
