using System.Diagnostics.CodeAnalysis;

namespace Microfactory.Shopfloor.Alarms;

/// <summary>Either an <see cref="AlarmDecision"/> or the first input rule broken: <see cref="Field"/> names the field, <see cref="Error"/> the rule.</summary>
public sealed record AlarmEvaluation
{
    private AlarmEvaluation(AlarmDecision? decision, string? field, string? error)
    {
        Decision = decision;
        Field = field;
        Error = error;
    }

    /// <summary>The decision when <see cref="IsSuccess"/>.</summary>
    public AlarmDecision? Decision { get; }

    /// <summary>The offending field when not <see cref="IsSuccess"/>, for example <c>operations[2].actualStart</c>.</summary>
    public string? Field { get; }

    /// <summary>The rule the field broke, in plain words, starting with the field name.</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Decision"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Decision))]
    [MemberNotNullWhen(false, nameof(Field), nameof(Error))]
    public bool IsSuccess => Decision is not null;

    /// <summary>A successful evaluation.</summary>
    public static AlarmEvaluation Success(AlarmDecision decision) => new(decision, null, null);

    /// <summary>A failed evaluation: <paramref name="field"/> broke the rule <paramref name="rule"/>.</summary>
    public static AlarmEvaluation Failure(string field, string rule) => new(null, field, $"{field}: {rule}");
}
