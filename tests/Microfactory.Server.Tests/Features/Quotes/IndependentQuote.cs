using System.Net.Http.Json;
using System.Text.Json;

namespace Microfactory.Server.Tests.Features.Quotes;

/// <summary>
/// Recomputes an option from first principles, sharing no code with the server: the design (from the design endpoint),
/// the factory (tariff and grid intensity by local hour), the machines (power, rate, capabilities, shifts), the
/// suppliers' lead times and the configured rates; then checks the option's price, CO2, kWh and operations.
/// </summary>
internal sealed class IndependentQuote
{
    private readonly JsonElement _design;
    private readonly TimeZoneInfo _zone;
    private readonly Dictionary<int, (decimal Price, double Intensity)> _hours;
    private readonly Dictionary<string, JsonElement> _machines;
    private readonly Dictionary<string, string> _supplierOfMaterial;

    /// <summary>The inbound legs and freight factors of the server's appsettings.json (Microfactory:Carbon), as kg CO2e per kg carried.</summary>
    private static readonly Dictionary<string, double> TransportKgPerKg = new(StringComparer.Ordinal)
    {
        ["sup_kt_metals"] = 3 * 0.70978 / 1000,
        ["sup_pearl_panels"] = 110 * 0.14993 / 1000,
        ["sup_sz_polymers"] = 45 * 0.14993 / 1000,
    };

    private IndependentQuote(JsonElement design, TimeZoneInfo zone, Dictionary<int, (decimal, double)> hours, Dictionary<string, JsonElement> machines, int leadTimeDays,
        Dictionary<string, string> supplierOfMaterial)
    {
        _supplierOfMaterial = supplierOfMaterial;
        _design = design;
        _zone = zone;
        _hours = hours;
        _machines = machines;
        LeadTimeDays = leadTimeDays;
    }

    /// <summary>The longest lead time of the design's materials' suppliers, in days.</summary>
    public int LeadTimeDays { get; }

    public static async Task<IndependentQuote> LoadAsync(HttpClient admin, string template, string parameters = "{}")
    {
        var designResponse = await admin.PostAsync($"/api/v1/templates/{template}/versions/1.0.0/designs", QuoteCalls.Json($$"""{"parameters":{{parameters}}}"""));
        designResponse.EnsureSuccessStatusCode();
        var design = (await designResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("design");
        var factory = await admin.GetFromJsonAsync<JsonElement>("/api/v1/factories/fac_kwun_tong");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(factory.GetProperty("timeZone").GetString()!);
        var hours = factory.GetProperty("energyProfile").EnumerateArray()
            .ToDictionary(h => h.GetProperty("hour").GetInt32(), h => (h.GetProperty("pricePerKwh").GetDecimal(), h.GetProperty("gridKgCo2ePerKwh").GetDouble()));
        var machines = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/machines?factoryId=fac_kwun_tong&pageSize=200")).GetProperty("items").EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.Clone(), StringComparer.Ordinal);
        var lead = 0;
        var suppliers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in design.GetProperty("bom").EnumerateArray())
        {
            var material = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{line.GetProperty("materialId").GetString()}");
            suppliers[line.GetProperty("materialId").GetString()!] = material.GetProperty("supplierId").GetString()!;
            var supplier = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/suppliers/{material.GetProperty("supplierId").GetString()}");
            lead = Math.Max(lead, supplier.GetProperty("leadTimeDays").GetInt32());
        }
        return new IndependentQuote(design, zone, hours, machines, lead, suppliers);
    }

    /// <summary>
    /// Asserts that <paramref name="option"/> (available) is what its operations cost and emit: the price parts to the cent,
    /// kg CO2e and kWh to 3 decimals, and that the operations are a feasible placement of every unit's routing after
    /// <paramref name="now"/> + the lead time, inside the machines' shifts.
    /// </summary>
    public void Check(JsonElement option, int quantity, DateTimeOffset now, decimal labourRate, decimal overheadRate, decimal marginRate)
    {
        Assert.True(option.GetProperty("available").GetBoolean(), option.ToString());
        var operations = option.GetProperty("operations").EnumerateArray().ToList();
        var routing = _design.GetProperty("routing").EnumerateArray().ToList();
        Assert.Equal(quantity * routing.Count, operations.Count);
        var release = now.AddDays(LeadTimeDays);
        decimal machineMinuteRates = 0;
        long minutes = 0;
        decimal energyCost = 0;
        double kwh = 0;
        double co2 = 0;
        var end = DateTimeOffset.MinValue;
        for (var unit = 1; unit <= quantity; unit++)
        {
            var ends = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            foreach (var step in routing)
            {
                var id = step.GetProperty("id").GetString()!;
                var op = operations.Single(o => o.GetProperty("unit").GetInt32() == unit && o.GetProperty("stepId").GetString() == id);
                var start = op.GetProperty("start").GetDateTimeOffset();
                var stop = op.GetProperty("end").GetDateTimeOffset();
                var length = (long)(stop - start).TotalMinutes;
                // One tick is a minute: setup and run are each rounded up to whole minutes.
                Assert.Equal(Minutes(step.GetProperty("setupSeconds").GetDouble()) + Minutes(step.GetProperty("runSeconds").GetDouble()), length);
                Assert.Equal(TimeSpan.FromHours(8), start.Offset);
                Assert.True(start >= release, $"{id} starts {start} before the materials arrive ({release}).");
                foreach (var before in step.GetProperty("predecessors").EnumerateArray())
                {
                    Assert.True(start >= ends[before.GetString()!], $"{id} of unit {unit} starts before {before} ends.");
                }
                ends[id] = stop;
                var machine = _machines[op.GetProperty("machineId").GetString()!];
                Assert.Equal(machine.GetProperty("name").GetString(), op.GetProperty("machineName").GetString());
                Assert.Contains(step.GetProperty("capabilityId").GetString(), machine.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()));
                Assert.Equal(step.GetProperty("capabilityId").GetString(), op.GetProperty("capabilityId").GetString());
                var power = machine.GetProperty("workingPowerKw").GetDouble();
                for (var t = start; t < stop; t = t.AddMinutes(1))
                {
                    var local = TimeZoneInfo.ConvertTime(t, _zone);
                    Assert.True(InShift(machine, local), $"{id} runs at {local} outside the shifts of {machine.GetProperty("id")}.");
                    var (tariff, intensity) = _hours[local.Hour];
                    var minuteKwh = power / 60;
                    kwh += minuteKwh;
                    energyCost += (decimal)minuteKwh * tariff;
                    co2 += minuteKwh * intensity;
                }
                machineMinuteRates += length * machine.GetProperty("hourlyRate").GetDecimal();
                minutes += length;
                end = stop > end ? stop : end;
            }
        }
        // No two operations of the option overlap on one machine.
        foreach (var group in operations.GroupBy(o => o.GetProperty("machineId").GetString()))
        {
            var spans = group.Select(o => (Start: o.GetProperty("start").GetDateTimeOffset(), End: o.GetProperty("end").GetDateTimeOffset())).OrderBy(s => s.Start).ToList();
            for (var i = 1; i < spans.Count; i++)
            {
                Assert.True(spans[i].Start >= spans[i - 1].End, $"two operations overlap on {group.Key}");
            }
        }
        var materials = Cents(_design.GetProperty("materialCost").GetDecimal() * quantity);
        var machineTime = Cents(machineMinuteRates / 60);
        var energy = Cents(energyCost);
        var labour = Cents(minutes * labourRate / 60);
        var overhead = Cents(overheadRate * (machineTime + energy + labour));
        var margin = Cents(marginRate * (materials + machineTime + energy + labour + overhead));
        var price = option.GetProperty("price");
        Assert.Equal("HKD", price.GetProperty("currency").GetString());
        Assert.Equal(
            (materials, machineTime, energy, labour, overhead, margin, materials + machineTime + energy + labour + overhead + margin),
            (price.GetProperty("materials").GetDecimal(), price.GetProperty("machineTime").GetDecimal(), price.GetProperty("energy").GetDecimal(),
                price.GetProperty("labour").GetDecimal(), price.GetProperty("overhead").GetDecimal(), price.GetProperty("margin").GetDecimal(), price.GetProperty("total").GetDecimal()));
        // The carton packs the product (Microfactory:Carbon:PackagingMaterials); every other line goes into it. Each line
        // with a mass travels from its supplier.
        var bom = _design.GetProperty("bom").EnumerateArray().ToList();
        static bool Packs(JsonElement line) => line.GetProperty("materialId").GetString() == "mat_carton_box";
        var materialsCo2 = bom.Where(l => !Packs(l)).Sum(l => l.GetProperty("kgCo2e").GetDouble()) * quantity;
        var packagingCo2 = bom.Where(Packs).Sum(l => l.GetProperty("kgCo2e").GetDouble()) * quantity;
        var transportCo2 = bom.Sum(l => l.GetProperty("massKg").ValueKind == JsonValueKind.Number
            ? l.GetProperty("massKg").GetDouble() * quantity * TransportKgPerKg[_supplierOfMaterial[l.GetProperty("materialId").GetString()!]] : 0);
        Assert.Equal(Math.Round(materialsCo2, 3), option.GetProperty("materialsCo2eKg").GetDouble(), 3);
        Assert.Equal(Math.Round(packagingCo2, 3), option.GetProperty("packagingCo2eKg").GetDouble(), 3);
        Assert.Equal(Math.Round(transportCo2, 3), option.GetProperty("transportCo2eKg").GetDouble(), 3);
        Assert.Equal(Math.Round(co2, 3), option.GetProperty("processCo2eKg").GetDouble(), 3);
        Assert.Equal(Math.Round(materialsCo2 + packagingCo2 + transportCo2 + co2, 3), option.GetProperty("co2eKg").GetDouble(), 3);
        // No supplier has published a footprint for these materials, and the energy is planned: nothing is primary data yet.
        Assert.Equal(0, option.GetProperty("co2PrimaryDataSharePercent").GetDouble());
        Assert.Equal(Math.Round(kwh, 3), option.GetProperty("energyKwh").GetDouble(), 3);
        Assert.Equal(end, option.GetProperty("promisedCompletion").GetDateTimeOffset());
    }

    private static long Minutes(double seconds) => (long)Math.Ceiling(seconds / 60);

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static bool InShift(JsonElement machine, DateTimeOffset local)
    {
        var minute = (local.Hour * 60) + local.Minute;
        var day = local.DayOfWeek.ToString();
        return machine.GetProperty("calendar").GetProperty("shifts").EnumerateArray().Any(s =>
            string.Equals(s.GetProperty("day").GetString(), day, StringComparison.OrdinalIgnoreCase)
            && s.GetProperty("startMinute").GetInt32() <= minute && minute < s.GetProperty("endMinute").GetInt32());
    }
}
