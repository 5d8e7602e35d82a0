namespace Microfactory.Copilot.Tools;

/// <summary>How a tool call ended.</summary>
public enum ToolStatus
{
    /// <summary>The tool answered with data.</summary>
    Ok,

    /// <summary>The data the tool looked for does not exist, or the user may not see it (the two are not told apart, so nothing leaks).</summary>
    NotFound,

    /// <summary>The user's role may not use this tool.</summary>
    NotAllowed,

    /// <summary>The arguments were not valid; the message names the field and the rule.</summary>
    Invalid,

    /// <summary>The tool changes something: it did not run; its proposal waits for the user's confirmation.</summary>
    Proposed,

    /// <summary>A confirmed action ran.</summary>
    Done,

    /// <summary>A confirmed action was refused by the platform (for example a conflict with started work).</summary>
    Refused,
}
