using System.Diagnostics.CodeAnalysis;

namespace Microfactory.Shopfloor.Oee;

/// <summary>Either an <see cref="OeeReport"/> or the first input rule broken: <see cref="Field"/> names the field (camelCase, with indexes), <see cref="Error"/> the rule.</summary>
public sealed record OeeResult
{
    private OeeResult(OeeReport? report, string? field, string? error)
    {
        Report = report;
        Field = field;
        Error = error;
    }

    /// <summary>The report when <see cref="IsSuccess"/>.</summary>
    public OeeReport? Report { get; }

    /// <summary>The offending field when not <see cref="IsSuccess"/>, for example <c>counts[3].good</c>.</summary>
    public string? Field { get; }

    /// <summary>The rule the field broke, in plain words, starting with the field name.</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Report"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Field), nameof(Error))]
    public bool IsSuccess => Report is not null;

    /// <summary>A successful result.</summary>
    public static OeeResult Success(OeeReport report) => new(report, null, null);

    /// <summary>A failed result: <paramref name="field"/> broke the rule <paramref name="rule"/>.</summary>
    public static OeeResult Failure(string field, string rule) => new(null, field, $"{field}: {rule}");
}
