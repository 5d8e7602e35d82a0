using Microfactory.Core.Ids;
using Microfactory.Core.Materials;
using Microfactory.Core.Validation;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Suppliers;

namespace Microfactory.Server.Features.Materials;

/// <summary>Lists, reads, creates and updates materials; every emission factor must name its source and its supplier must exist.</summary>
internal sealed class MaterialService(MaterialStore store, SupplierStore suppliers, IdFactory ids, TimeProvider time)
{
    public async Task<ItemPage<Material>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var (items, total) = await store.ListAsync(page.Offset, page.PageSize, cancellationToken);
        return new ItemPage<Material>(items, page.Page, page.PageSize, total);
    }

    public async Task<ServiceResult<Material>> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } material
            ? ServiceResult<Material>.Ok(material)
            : ServiceResult<Material>.NotFound($"No material with id '{id}'.");

    public async Task<ServiceResult<Material>> CreateAsync(MaterialInput input, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(input, cancellationToken);
        errors.OptionalId(IdPrefix.Material, input.Id);
        return await Writes.InsertAsync(errors, () => ToMaterial(input.Id ?? ids.New(IdPrefix.Material), input), material => store.InsertAsync(material, time.GetUtcNow(), cancellationToken),
            material => $"A material with id '{material.Id}' already exists.");
    }

    public async Task<ServiceResult<Material>> UpdateAsync(string id, MaterialInput input, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(input, cancellationToken);
        errors.SameId(input.Id, id);
        return await Writes.ReplaceAsync(errors, () => ToMaterial(id, input), material => store.UpdateAsync(material, time.GetUtcNow(), cancellationToken),
            $"No material with id '{id}'.");
    }

    private async Task<FieldErrors> ValidateAsync(MaterialInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Text("name", input.Name, 200);
        errors.OneOf("unit", input.Unit, [.. MaterialUnits.Symbols]);
        errors.Range("pricePerUnit", input.PricePerUnit, 0m, 10_000_000m);
        errors.Range("kgCo2ePerUnit", input.KgCo2ePerUnit, 0, 100_000);
        errors.Text("emissionFactorSource", input.EmissionFactorSource, 500);
        errors.Range("recycledContentPercent", input.RecycledContentPercent, 0, 100);
        errors.Required("recyclability", input.Recyclability);
        if (input.Recyclability is { } r && !Enum.IsDefined(r))
        {
            errors.Add("recyclability", "recyclability must be one of: recyclable, limited, notRecyclable.");
        }
        errors.Range("densityKgPerM3", input.DensityKgPerM3, 1, 25_000, required: false);
        errors.Range("thicknessMm", input.ThicknessMm, 0.01, 500, required: false);
        if (input.CnCode is { } cn && !CnCodes.IsWellFormed(cn))
        {
            errors.Add("cnCode", "cnCode must be exactly 8 digits (an EU Combined Nomenclature code such as 72092690), or left out.");
        }
        errors.MaxLength("supplierId", input.SupplierId, 100);
        if (errors.Required("supplierId", input.SupplierId) && input.SupplierId!.Length <= 100 && await suppliers.GetAsync(input.SupplierId, cancellationToken) is null)
        {
            errors.Add("supplierId", $"supplierId '{input.SupplierId}' names no supplier.");
        }
        return errors;
    }

    private static Material ToMaterial(string id, MaterialInput input)
    {
        MaterialUnits.TryParse(input.Unit, out var unit);
        return new Material(id, input.Name!.Trim(), unit, input.PricePerUnit!.Value, input.SupplierId!, input.KgCo2ePerUnit!.Value,
            input.EmissionFactorSource!.Trim(), input.RecycledContentPercent!.Value, input.Recyclability!.Value, input.DensityKgPerM3, input.ThicknessMm, input.CnCode);
    }
}
