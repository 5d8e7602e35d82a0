using Microfactory.Core.Factories;
using Microfactory.Core.Ids;
using Microfactory.Core.Validation;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Factories;

/// <summary>Lists, reads, creates and updates factories, validating every field first.</summary>
internal sealed class FactoryService(FactoryStore store, IdFactory ids, TimeProvider time)
{
    public async Task<ItemPage<Factory>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var (items, total) = await store.ListAsync(page.Offset, page.PageSize, cancellationToken);
        return new ItemPage<Factory>(items, page.Page, page.PageSize, total);
    }

    public async Task<ServiceResult<Factory>> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } factory
            ? ServiceResult<Factory>.Ok(factory)
            : ServiceResult<Factory>.NotFound($"No factory with id '{id}'.");

    public async Task<ServiceResult<Factory>> CreateAsync(FactoryInput input, CancellationToken cancellationToken)
    {
        var errors = Validate(input);
        errors.OptionalId(IdPrefix.Factory, input.Id);
        return await Writes.InsertAsync(errors, () => ToFactory(input.Id ?? ids.New(IdPrefix.Factory), input), factory => store.InsertAsync(factory, time.GetUtcNow(), cancellationToken),
            factory => $"A factory with id '{factory.Id}' already exists.");
    }

    public async Task<ServiceResult<Factory>> UpdateAsync(string id, FactoryInput input, CancellationToken cancellationToken)
    {
        var errors = Validate(input);
        errors.SameId(input.Id, id);
        return await Writes.ReplaceAsync(errors, () => ToFactory(id, input), factory => store.UpdateAsync(factory, time.GetUtcNow(), cancellationToken),
            $"No factory with id '{id}'.");
    }

    private static FieldErrors Validate(FactoryInput input)
    {
        var errors = new FieldErrors();
        errors.Text("name", input.Name, 200);
        errors.Text("site", input.Site, 200);
        errors.Text("address", input.Address, 500);
        if (errors.Required("timeZone", input.TimeZone) && (input.TimeZone!.Length > 100 || !TimeZoneInfo.TryFindSystemTimeZoneById(input.TimeZone, out _)))
        {
            errors.Add("timeZone", "timeZone must be an IANA time zone such as 'Asia/Hong_Kong'.");
        }
        errors.Range("latitude", input.Latitude, -90, 90);
        errors.Range("longitude", input.Longitude, -180, 180);
        if (errors.Required("currency", input.Currency) && (input.Currency!.Length != 3 || !input.Currency.All(char.IsAsciiLetterUpper)))
        {
            errors.Add("currency", "currency must be a three-letter ISO 4217 code in capitals, such as 'HKD'.");
        }
        if (!errors.Required("energyProfile", input.EnergyProfile))
        {
            return errors;
        }
        if (input.EnergyProfile!.Count != 24)
        {
            errors.Add("energyProfile", "energyProfile must have exactly 24 entries, one per local hour 0–23.");
            return errors;
        }
        for (var i = 0; i < input.EnergyProfile.Count; i++)
        {
            var rate = input.EnergyProfile[i];
            var prefix = $"energyProfile[{i}]";
            if (rate is null)
            {
                errors.Add(prefix, $"{prefix} is required.");
                continue;
            }
            errors.Check(rate.Hour == i, $"{prefix}.hour", $"{prefix}.hour must be {i}: entries are ordered by hour 0–23.");
            errors.Range($"{prefix}.pricePerKwh", rate.PricePerKwh, 0m, 100m);
            errors.Range($"{prefix}.gridKgCo2ePerKwh", rate.GridKgCo2ePerKwh, 0, 3);
        }
        return errors;
    }

    private static Factory ToFactory(string id, FactoryInput input) =>
        new(id, input.Name!.Trim(), input.Site!.Trim(), input.TimeZone!, new GeoLocation(input.Latitude!.Value, input.Longitude!.Value, input.Address!.Trim()),
            input.Currency!, [.. input.EnergyProfile!.Select(r => new HourlyEnergyRate(r.Hour!.Value, r.PricePerKwh!.Value, r.GridKgCo2ePerKwh!.Value))]);
}
