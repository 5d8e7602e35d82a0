using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Pact;

/// <summary>
/// Typed reads of one JSON object of a PACT document, each naming the field by its path (<c>pcf.dqi.temporalDQR</c>) when it
/// breaks a rule. A property that is null counts as undefined (PACT v3, "Undefined Properties"). A rule broken is thrown as
/// <see cref="PactJsonException"/> and turned into a <see cref="Problem"/> by the reader, so no caller sees the exception.
/// </summary>
internal readonly partial struct PactJson
{
    /// <summary>Longest string read, in characters: no PACT field needs more.</summary>
    public const int MaxString = 16 * 1024;

    /// <summary>Most items read in one array.</summary>
    public const int MaxItems = 1000;

    private readonly JsonElement _element;
    private readonly string _path;

    private PactJson(JsonElement element, string path)
    {
        _element = element;
        _path = path;
    }

    /// <summary>The object at <paramref name="path"/>; refuses anything else and a property name given twice.</summary>
    public static PactJson Object(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new PactJsonException(path.Length == 0 ? "$" : path, "must be a JSON object");
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                throw new PactJsonException(Join(path, property.Name), "is given twice");
            }
        }
        return new PactJson(element, path);
    }

    public string Path(string name) => Join(_path, name);

    public bool Has(string name) => Get(name) is not null;

    public JsonElement? Get(string name) =>
        _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public PactJson RequiredObject(string name) => Object(Required(name), Path(name));

    public PactJson? OptionalObject(string name) => Get(name) is { } value ? Object(value, Path(name)) : null;

    public string RequiredString(string name, bool nonEmpty = true) => Text(Required(name), Path(name), nonEmpty);

    public string? OptionalString(string name, bool nonEmpty = false) => Get(name) is { } value ? Text(value, Path(name), nonEmpty) : null;

    public string RequiredEnum(string name, IReadOnlySet<string> values) => Enum(RequiredString(name), name, values);

    public string? OptionalEnum(string name, IReadOnlySet<string> values) => OptionalString(name) is { } text ? Enum(text, name, values) : null;

    public bool? OptionalBoolean(string name) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw new PactJsonException(Path(name), "must be true or false"),
    };

    public decimal RequiredDecimal(string name, DecimalSign sign) => Decimal(Required(name), Path(name), sign);

    public decimal? OptionalDecimal(string name, DecimalSign sign) => Get(name) is { } value ? Decimal(value, Path(name), sign) : null;

    /// <summary>A decimal between <paramref name="min"/> and <paramref name="max"/> inclusive.</summary>
    public decimal? OptionalDecimalBetween(string name, decimal min, decimal max, bool required = false)
    {
        var value = required ? RequiredDecimal(name, DecimalSign.Any) : OptionalDecimal(name, DecimalSign.Any);
        if (value is { } v && (v < min || v > max))
        {
            throw new PactJsonException(Path(name), $"must be between {PactDecimal.Format(min)} and {PactDecimal.Format(max)}");
        }
        return value;
    }

    public DateTimeOffset RequiredTime(string name) => Time(Required(name), Path(name));

    public DateTimeOffset? OptionalTime(string name) => Get(name) is { } value ? Time(value, Path(name)) : null;

    public Guid RequiredUuid(string name) => Uuid(Required(name), Path(name));

    public string? OptionalUri(string name)
    {
        var text = OptionalString(name, nonEmpty: true);
        if (text is not null && !Uri.TryCreate(text, UriKind.Absolute, out _))
        {
            throw new PactJsonException(Path(name), "must be an absolute URI");
        }
        return text;
    }

    /// <summary>An array of unique strings, at least <paramref name="minItems"/> when present; each item read by <paramref name="item"/>.</summary>
    public IReadOnlyList<T>? Array<T>(string name, bool required, int minItems, Func<JsonElement, string, T> item)
    {
        if (Get(name) is not { } value)
        {
            return required ? throw new PactJsonException(Path(name), "is required") : null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new PactJsonException(Path(name), "must be an array");
        }
        var count = value.GetArrayLength();
        if (count < minItems)
        {
            throw new PactJsonException(Path(name), minItems == 1 ? "must hold at least one item" : $"must hold at least {minItems} items");
        }
        if (count > MaxItems)
        {
            throw new PactJsonException(Path(name), $"must hold at most {MaxItems} items");
        }
        var items = new List<T>(count);
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            items.Add(item(element, $"{Path(name)}[{index++}]"));
        }
        if (items.Distinct().Count() != items.Count)
        {
            throw new PactJsonException(Path(name), "must not repeat an item");
        }
        return items;
    }

    public IReadOnlyList<string>? UrnArray(string name, bool required) => Array(name, required, 1, Urn);

    /// <summary>Reads an array of objects (items need not be unique), each with <paramref name="item"/>.</summary>
    public IReadOnlyList<T>? ObjectArray<T>(string name, int minItems, Func<PactJson, T> item)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new PactJsonException(Path(name), "must be an array");
        }
        var count = value.GetArrayLength();
        if (count < minItems || count > MaxItems)
        {
            throw new PactJsonException(Path(name), $"must hold {minItems} to {MaxItems} items");
        }
        var path = Path(name);
        var items = new List<T>(count);
        foreach (var element in value.EnumerateArray())
        {
            items.Add(item(Object(element, $"{path}[{items.Count}]")));
        }
        return items;
    }

    public static string Text(JsonElement value, string path, bool nonEmpty)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new PactJsonException(path, "must be a string");
        }
        var text = value.GetString()!;
        if (text.Length > MaxString)
        {
            throw new PactJsonException(path, $"must be at most {MaxString} characters long");
        }
        if (nonEmpty && text.Length == 0)
        {
            throw new PactJsonException(path, "must not be empty");
        }
        return text;
    }

    public static string Urn(JsonElement value, string path)
    {
        var text = Text(value, path, nonEmpty: true);
        return PactFootprintReader.IsUrn(text) ? text : throw new PactJsonException(path, "must be a URN such as urn:pact:example.com:product-id:123 (RFC 8141)");
    }

    public static Guid Uuid(JsonElement value, string path)
    {
        var text = Text(value, path, nonEmpty: true);
        return UuidShape().IsMatch(text) ? Guid.Parse(text, CultureInfo.InvariantCulture) : throw new PactJsonException(path, "must be a UUID such as 079e425a-464f-528d-341d-4a944a1dfd70");
    }

    public static DateTimeOffset Time(JsonElement value, string path)
    {
        var text = Text(value, path, nonEmpty: true);
        if (!TimeShape().IsMatch(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new PactJsonException(path, "must be an RFC 3339 date-time such as 2025-04-30T00:00:00Z");
        }
        return time;
    }

    public static decimal Decimal(JsonElement value, string path, DecimalSign sign)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            throw new PactJsonException(path, "must be a decimal in a JSON string (\"1.5\"), not a JSON number");
        }
        var text = Text(value, path, nonEmpty: true);
        return PactDecimal.TryParse(text, sign, out var number) is { } rule ? throw new PactJsonException(path, rule) : number;
    }

    private JsonElement Required(string name) => Get(name) ?? throw new PactJsonException(Path(name), "is required");

    private string Enum(string text, string name, IReadOnlySet<string> values) =>
        values.Contains(text) ? text : throw new PactJsonException(Path(name), $"must be one of {string.Join(", ", values.Order(StringComparer.Ordinal))}");

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    [GeneratedRegex(@"\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex UuidShape();

    // RFC 3339 section 5.6: date, 'T', time with seconds, optional fraction, and Z or an offset.
    [GeneratedRegex(@"\A[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?([Zz]|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex TimeShape();
}
