namespace Microfactory.Maturity.Roadmaps;

/// <summary>Why a step is on the roadmap.</summary>
public enum StepReason
{
    /// <summary>The claimed level runs ahead of what the platform's data shows: back the claim before building on it.</summary>
    EvidenceGap,

    /// <summary>The step moves a dimension towards the chosen target.</summary>
    Target,

    /// <summary>Another step needs this dimension at this level first, beyond its own target.</summary>
    Prerequisite,
}
