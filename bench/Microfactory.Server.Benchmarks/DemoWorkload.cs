using System.Globalization;
using System.Text.Json.Nodes;

namespace Microfactory.Server.Benchmarks;

/// <summary>
/// A seeded, repeatable mix of what customers of the demo factory order: the four shipped templates (wall shelves
/// and enclosures most, boxes, 3D-printed phone stands), parameter values inside each template's ranges and rules,
/// and quantities mostly 1–5 with a tail of batches up to 20.
/// </summary>
internal sealed class DemoWorkload(int seed)
{
    private readonly Random _random = new(seed);

    public JsonObject Line(int maxQuantity)
    {
        var roll = _random.NextDouble();
        var (template, parameters) = roll switch
        {
            < 0.30 => ("wall-shelf", Shelf()),
            < 0.55 => ("sheet-metal-enclosure", Enclosure()),
            < 0.80 => ("plywood-storage-box", Box()),
            _ => ("phone-stand", Stand()),
        };
        return new JsonObject
        {
            ["templateId"] = template,
            ["templateVersion"] = "1.0.0",
            ["parameters"] = parameters,
            ["quantity"] = Math.Min(maxQuantity, Quantity()),
        };
    }

    /// <summary>An order for POST /api/v1/orders: one line (80 %) or two, submitted, with a requested date 2–8 weeks out.</summary>
    public JsonObject Order(string customerId, string factoryId, DateOnly today)
    {
        var lines = new JsonArray(Line(20));
        if (_random.NextDouble() < 0.2)
        {
            lines.Add(Line(5));
        }
        return new JsonObject
        {
            ["customerId"] = customerId,
            ["factoryId"] = factoryId,
            ["status"] = "submitted",
            ["requestedDate"] = today.AddDays(_random.Next(14, 57)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["lines"] = lines,
        };
    }

    /// <summary>A quote request for POST /api/v1/quotes: one line of 1–5 units; half name a requested date 3–8 weeks out.</summary>
    public JsonObject Quote(string factoryId, DateOnly today)
    {
        var quote = new JsonObject { ["factoryId"] = factoryId, ["lines"] = new JsonArray(Line(5)) };
        if (_random.NextDouble() < 0.5)
        {
            quote["requestedDate"] = today.AddDays(_random.Next(21, 57)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return quote;
    }

    private int Quantity() => _random.NextDouble() switch
    {
        < 0.35 => 1,
        < 0.60 => 2,
        < 0.85 => _random.Next(3, 6),
        < 0.97 => _random.Next(6, 11),
        _ => 20,
    };

    private JsonObject Shelf()
    {
        var depth = _random.Next(12, 25) * 10;
        return new JsonObject
        {
            ["length"] = Mm(_random.Next(30, 91) * 10),
            ["depth"] = Mm(depth),
            ["wall_flange"] = Mm(Math.Max(60, (depth + 29) / 30 * 10)), // at least a third of the depth (the template's rule)
            ["material"] = _random.NextDouble() < 0.7 ? "mat_steel_dc01_1_5" : "mat_steel_dc01_2_0",
        };
    }

    private JsonObject Enclosure()
    {
        var (width, depth) = (_random.Next(10, 31) * 10, _random.Next(8, 21) * 10);
        return new JsonObject
        {
            ["width"] = Mm(width),
            ["depth"] = Mm(depth),
            ["height"] = Mm(Math.Min(_random.Next(4, 13) * 10, Math.Min(width, depth) - 20)), // the press brake must fit inside
            ["powder_coat"] = _random.NextDouble() < 0.8 ? "true" : "false",
        };
    }

    private JsonObject Box()
    {
        var (width, depth) = (_random.Next(15, 41) * 10, _random.Next(12, 31) * 10);
        return new JsonObject
        {
            ["width"] = Mm(width),
            ["depth"] = Mm(depth),
            ["height"] = Mm(Math.Min(_random.Next(6, 21) * 10, Math.Min(width, depth) * 3 / 2)), // no taller than 1.5 × the smaller side
        };
    }

    private JsonObject Stand() => new()
    {
        ["width"] = Mm(_random.Next(6, 13) * 10),
        ["angle"] = _random.Next(55, 76).ToString(CultureInfo.InvariantCulture),
        ["device_thickness"] = Mm(_random.Next(7, 13)), // phones: thicker devices need wider stands
    };

    private static string Mm(int value) => value.ToString(CultureInfo.InvariantCulture) + "mm";
}
