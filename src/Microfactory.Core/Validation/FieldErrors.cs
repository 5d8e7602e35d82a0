using System.Globalization;

namespace Microfactory.Core.Validation;

/// <summary>
/// Collects field errors while checking an input. Every check names the field and the rule so a
/// client can show the message beside the field it concerns.
/// </summary>
public sealed class FieldErrors
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message) => _errors.Add(new FieldError(field, message));

    public bool Required<T>(string field, T? value)
        where T : class
    {
        if (value is null || (value is string s && string.IsNullOrWhiteSpace(s)))
        {
            Add(field, $"{field} is required.");
            return false;
        }
        return true;
    }

    public bool Required<T>(string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(field, $"{field} is required.");
            return false;
        }
        return true;
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, $"{field} must be at most {max} characters long.");
        }
    }

    public void Text(string field, string? value, int max, bool required = true)
    {
        if (required)
        {
            if (Required(field, value))
            {
                MaxLength(field, value, max);
            }
        }
        else
        {
            MaxLength(field, value, max);
        }
    }

    public void Range(string field, double? value, double min, double max, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, $"{field} is required.");
            }
            return;
        }
        if (double.IsNaN(value.Value) || value < min || value > max)
        {
            Add(field, $"{field} must be between {Format(min)} and {Format(max)}.");
        }
    }

    public void Range(string field, decimal? value, decimal min, decimal max, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, $"{field} is required.");
            }
            return;
        }
        if (value < min || value > max)
        {
            Add(field, $"{field} must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    public void Range(string field, int? value, int min, int max, bool required = true) =>
        Range(field, (double?)value, min, max, required);

    public void OneOf(string field, string? value, IReadOnlyCollection<string> allowed, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, $"{field} is required.");
            }
            return;
        }
        if (!allowed.Contains(value))
        {
            Add(field, $"{field} must be one of: {string.Join(", ", allowed)}.");
        }
    }

    /// <summary>An optional client-chosen id must have the entity's prefix and shape (see <see cref="Ids.EntityIds"/>).</summary>
    public void OptionalId(string prefix, string? id)
    {
        if (id is not null && !Ids.EntityIds.IsValid(prefix, id))
        {
            Add("id", $"id must look like '{prefix}_' followed by 1–{Ids.EntityIds.MaxBodyLength} lower-case letters, digits or underscores.");
        }
    }

    /// <summary>On update the body may repeat the id of the URL but not name another one.</summary>
    public void SameId(string? bodyId, string urlId) =>
        Check(bodyId is null || bodyId == urlId, "id", "id in the body must match the id in the URL or be left out.");

    public void Check(bool condition, string field, string message)
    {
        if (!condition)
        {
            Add(field, message);
        }
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
