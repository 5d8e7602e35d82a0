using System.Text.Json.Serialization;
using Microfactory.Core.Factories;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Factories;

/// <summary>A factory as clients send it. Every field is nullable so a missing one is reported by name rather than defaulted.</summary>
[RequiredFields(nameof(Name), nameof(Site), nameof(TimeZone), nameof(Latitude), nameof(Longitude), nameof(Address), nameof(Currency), nameof(EnergyProfile))]
internal sealed record FactoryInput(
    string? Id,
    string? Name,
    string? Site,
    string? TimeZone,
    double? Latitude,
    double? Longitude,
    [property: JsonConverter(typeof(MultiLineTextConverter))] string? Address,
    string? Currency,
    IReadOnlyList<EnergyRateInput>? EnergyProfile);

/// <summary>Electricity at one local hour: tariff per kWh in the factory currency and grid kg CO2e per kWh.</summary>
[RequiredFields(nameof(Hour), nameof(PricePerKwh), nameof(GridKgCo2ePerKwh))]
internal sealed record EnergyRateInput(int? Hour, decimal? PricePerKwh, double? GridKgCo2ePerKwh);

/// <summary>A factory as the API returns it.</summary>
internal sealed record FactoryResponse(
    string Id,
    string Name,
    string Site,
    string TimeZone,
    double Latitude,
    double Longitude,
    string Address,
    string Currency,
    IReadOnlyList<EnergyRateResponse> EnergyProfile)
{
    public static FactoryResponse From(Factory f) =>
        new(f.Id, f.Name, f.Site, f.TimeZoneId, f.Location.Latitude, f.Location.Longitude, f.Location.Address, f.Currency,
            [.. f.EnergyProfile.Select(r => new EnergyRateResponse(r.Hour, r.PricePerKwh, r.GridKgCo2ePerKwh))]);
}

/// <summary>One hour of a factory's energy profile.</summary>
internal sealed record EnergyRateResponse(int Hour, decimal PricePerKwh, double GridKgCo2ePerKwh);
