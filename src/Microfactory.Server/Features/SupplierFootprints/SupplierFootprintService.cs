using System.Security.Cryptography;
using System.Text.Json;
using Microfactory.Core.Validation;
using Microfactory.Carbon.Pact;
using Microfactory.Server.Access;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Suppliers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>
/// Suppliers' own footprints: their PACT connections (set by admins, the secret protected and never shown), syncs that
/// pull and store what a supplier publishes (valid documents only, the others reported), uploads of single documents for
/// suppliers without an API, and the explicit mapping from materials to suppliers' product ids. Syncs and uploads of the
/// whole process run one at a time, so a background sync and a manual one never interleave their writes.
/// </summary>
internal sealed class SupplierFootprintService(
    PactConnectionStore connections,
    SupplierFootprintStore store,
    SupplierStore suppliers,
    MaterialStore materials,
    PactSupplierClient client,
    IDataProtectionProvider protection,
    WallClock clock,
    IOptions<SupplierFootprintOptions> options,
    ILogger<SupplierFootprintService> logger)
{
    /// <summary>Most rejected footprints reported with their reason in one sync.</summary>
    public const int MaxReasons = 10;

    private readonly IDataProtector _secrets = protection.CreateProtector("Microfactory.Suppliers.PactConnectionSecret.v1");
    private readonly SemaphoreSlim _writes = new(1, 1);

    public async Task<ServiceResult<PactConnection>> GetConnectionAsync(string supplierId, CancellationToken cancellationToken)
    {
        if (await suppliers.GetAsync(supplierId, cancellationToken) is null)
        {
            return ServiceResult<PactConnection>.NotFound($"No supplier with id '{Short(supplierId)}'.");
        }
        return await connections.GetAsync(supplierId, cancellationToken) is { } connection
            ? ServiceResult<PactConnection>.Ok(connection)
            : ServiceResult<PactConnection>.NotFound($"Supplier '{supplierId}' has no PACT connection; an admin sets one with PUT.");
    }

    /// <summary>Sets (or replaces) a supplier's connection.</summary>
    public async Task<ServiceResult<PactConnection>> PutConnectionAsync(string supplierId, PactConnectionInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var connection = Connection(supplierId, input.BaseUrl, input.AuthBaseUrl, input.ClientId, input.ClientSecret, input.Enabled ?? true, PactConnection.FromApi, "", errors);
        if (await suppliers.GetAsync(supplierId, cancellationToken) is null)
        {
            return ServiceResult<PactConnection>.NotFound($"No supplier with id '{Short(supplierId)}'.");
        }
        if (connection is null)
        {
            return ServiceResult<PactConnection>.Invalid(errors.Errors);
        }
        await connections.PutAsync(connection, cancellationToken);
        logger.LogInformation("PACT connection of supplier {SupplierId} set to {BaseUrl} (client {ClientId}, enabled {Enabled})", supplierId, connection.BaseUrl, connection.ClientId, connection.Enabled);
        return ServiceResult<PactConnection>.Ok((await connections.GetAsync(supplierId, cancellationToken))!);
    }

    /// <summary>Pulls a supplier's footprints now (also when its connection is disabled: disabled only stops the background sync).</summary>
    public async Task<ServiceResult<SupplierSyncResult>> SyncAsync(string supplierId, CancellationToken cancellationToken)
    {
        var connection = await GetConnectionAsync(supplierId, cancellationToken);
        return connection.Outcome == ServiceOutcome.Ok
            ? ServiceResult<SupplierSyncResult>.Ok(await SyncAsync(connection.Value!, cancellationToken))
            : ServiceResult<SupplierSyncResult>.NotFound(connection.Message!);
    }

    /// <summary>Pulls and stores one connection's footprints; failures are in the result, never thrown.</summary>
    public async Task<SupplierSyncResult> SyncAsync(PactConnection connection, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        string secret;
        try
        {
            secret = _secrets.Unprotect(connection.ProtectedSecret);
        }
        catch (CryptographicException)
        {
            var error = new PactPullError(connection.BaseUrl.ToString(), null, null,
                "The stored client secret cannot be read with this server's data-protection keys; set the connection again.");
            return await FinishAsync(connection.SupplierId, started, 0, 0, (0, 0, 0, []), [error], cancellationToken);
        }
        var pull = await client.PullAsync(connection, secret, cancellationToken);
        var fetchedAt = clock.GetUtcNow();
        var kept = await StoreAsync(connection.SupplierId, pull.Footprints.Select(f => (f.Json, f.SourceUrl)), SupplierFootprintRecord.FromPactApi, fetchedAt, cancellationToken);
        return await FinishAsync(connection.SupplierId, started, pull.Pages, pull.Footprints.Count, kept, pull.Errors, cancellationToken);
    }

    /// <summary>Syncs every enabled connection, one after the other; one supplier's failure does not stop the others.</summary>
    public async Task<IReadOnlyList<SupplierSyncResult>> SyncEnabledAsync(CancellationToken cancellationToken)
    {
        var results = new List<SupplierSyncResult>();
        foreach (var connection in await connections.EnabledAsync(cancellationToken))
        {
            results.Add(await SyncAsync(connection, cancellationToken));
        }
        return results;
    }

    /// <summary>
    /// Stores one PACT v3 ProductFootprint a planner or admin uploads for a supplier (<paramref name="provenance"/>
    /// <see cref="SupplierFootprintRecord.FromUpload"/>, or the demo's sample data). Missing required properties are all
    /// named; after that the strict reader names the first broken rule by its path.
    /// </summary>
    public async Task<ServiceResult<(SupplierFootprintRecord Record, IReadOnlyList<string> Materials)>> UploadAsync(
        string supplierId, string json, string provenance, string source, CancellationToken cancellationToken)
    {
        // The document is judged before the supplier is looked up, as a bound body would be: bad input is a 400 whatever the id.
        if (FootprintDocumentText.FirstViolation(json, PactFootprintReader.MaxDepth) is { } text)
        {
            return ServiceResult<(SupplierFootprintRecord, IReadOnlyList<string>)>.Invalid(text.Field, $"{text.Field} {text.Rule}");
        }
        var errors = RequiredProperties(json);
        if (!errors.IsEmpty)
        {
            return ServiceResult<(SupplierFootprintRecord, IReadOnlyList<string>)>.Invalid(errors.Errors);
        }
        var (record, problem) = SupplierFootprintRecord.Read(supplierId, json, provenance, source, clock.GetUtcNow());
        if (record is null)
        {
            return ServiceResult<(SupplierFootprintRecord, IReadOnlyList<string>)>.Invalid(problem!.Field, $"{problem.Field} {problem.Rule} (PACT v3 ProductFootprint).");
        }
        if (await suppliers.GetAsync(supplierId, cancellationToken) is null)
        {
            return ServiceResult<(SupplierFootprintRecord, IReadOnlyList<string>)>.NotFound($"No supplier with id '{Short(supplierId)}'.");
        }
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await store.UpsertAsync(record, cancellationToken);
            await store.DeprecatePrecededAsync(supplierId, cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
        logger.LogInformation("Supplier footprint {FootprintId} of {SupplierId} stored from {Source}", record.FootprintId, supplierId, source);
        var stored = (await store.GetAsync(supplierId, record.FootprintId, cancellationToken))!;
        return ServiceResult<(SupplierFootprintRecord, IReadOnlyList<string>)>.Ok((stored, await store.MaterialsOfAsync(supplierId, stored.FootprintId, cancellationToken)));
    }

    /// <summary>A supplier's stored footprints, newest first, each with the materials it applies to.</summary>
    public async Task<ServiceResult<ItemPage<(SupplierFootprintRecord Record, IReadOnlyList<string> Materials)>>> ListAsync(string supplierId, PageRequest page, CancellationToken cancellationToken)
    {
        if (await suppliers.GetAsync(supplierId, cancellationToken) is null)
        {
            return ServiceResult<ItemPage<(SupplierFootprintRecord, IReadOnlyList<string>)>>.NotFound($"No supplier with id '{Short(supplierId)}'.");
        }
        var (items, total) = await store.OfSupplierAsync(supplierId, page.Offset, page.PageSize, cancellationToken);
        var withMaterials = new List<(SupplierFootprintRecord, IReadOnlyList<string>)>(items.Count);
        foreach (var item in items)
        {
            withMaterials.Add((item, await store.MaterialsOfAsync(supplierId, item.FootprintId, cancellationToken)));
        }
        return ServiceResult<ItemPage<(SupplierFootprintRecord, IReadOnlyList<string>)>>.Ok(new(withMaterials, page.Page, page.PageSize, total));
    }

    public async Task<ServiceResult<MaterialSupplierProductsResponse>> ProductIdsAsync(string materialId, CancellationToken cancellationToken) =>
        await materials.GetAsync(materialId, cancellationToken) is { } material
            ? ServiceResult<MaterialSupplierProductsResponse>.Ok(new(material.Id, material.SupplierId, await store.ProductIdsAsync(material.Id, cancellationToken)))
            : ServiceResult<MaterialSupplierProductsResponse>.NotFound($"No material with id '{Short(materialId)}'.");

    /// <summary>Replaces the supplier product ids a material is: distinct URNs (ignoring case), at most <see cref="SupplierFootprintStore.MaxProductIdsPerMaterial"/>.</summary>
    public async Task<ServiceResult<MaterialSupplierProductsResponse>> SetProductIdsAsync(string materialId, MaterialSupplierProductsInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (errors.Required("productIds", input.ProductIds))
        {
            if (input.ProductIds!.Count > SupplierFootprintStore.MaxProductIdsPerMaterial)
            {
                errors.Add("productIds", $"productIds may list at most {SupplierFootprintStore.MaxProductIdsPerMaterial} ids.");
            }
            foreach (var (id, i) in input.ProductIds.Select((id, i) => (id, i)))
            {
                if (id is null || !PactFootprintReader.IsUrn(id))
                {
                    errors.Add($"productIds[{i}]", $"productIds[{i}] must be a URN such as urn:pact:supplier.example:product-id:1234 (PACT productIds).");
                }
            }
            if (errors.IsEmpty && input.ProductIds.GroupBy(SupplierFootprintStore.ProductKey, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                errors.Add("productIds", $"productIds lists '{twice.Key}' twice (ids are compared ignoring case).");
            }
        }
        if (await materials.GetAsync(materialId, cancellationToken) is not { } material)
        {
            return ServiceResult<MaterialSupplierProductsResponse>.NotFound($"No material with id '{Short(materialId)}'.");
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<MaterialSupplierProductsResponse>.Invalid(errors.Errors);
        }
        await store.SetProductIdsAsync(material.Id, input.ProductIds!, cancellationToken);
        return ServiceResult<MaterialSupplierProductsResponse>.Ok(new(material.Id, material.SupplierId, await store.ProductIdsAsync(material.Id, cancellationToken)));
    }

    /// <summary>Sets the connections of <c>Microfactory:Suppliers:PactConnections</c>; a bad entry stops the start with its key.</summary>
    public async Task ApplyConfigurationAsync(CancellationToken cancellationToken)
    {
        foreach (var (entry, i) in options.Value.PactConnections.Select((c, i) => (c, i)))
        {
            var prefix = $"{SupplierFootprintOptions.Section}:PactConnections:{i}";
            if (await suppliers.GetAsync(entry.SupplierId, cancellationToken) is null)
            {
                throw new InvalidOperationException($"{prefix}:SupplierId names no supplier ('{Short(entry.SupplierId)}').");
            }
            var errors = new FieldErrors();
            var connection = Connection(entry.SupplierId, entry.BaseUrl, entry.AuthBaseUrl, entry.ClientId, entry.ClientSecret, entry.Enabled, PactConnection.FromConfiguration, prefix + ":", errors);
            if (connection is null)
            {
                throw new InvalidOperationException(string.Join(" ", errors.Errors.Select(e => e.Message)));
            }
            await connections.PutAsync(connection, cancellationToken);
            logger.LogInformation("PACT connection of supplier {SupplierId} set from configuration", entry.SupplierId);
        }
    }

    /// <summary>Reads, validates and stores documents; returns (stored, unchanged, deprecated, rejected reasons) and the rejected count in the reasons' owner.</summary>
    private async Task<(int Stored, int Unchanged, int Rejected, List<RejectedFootprint> Reasons)> StoreAsync(
        string supplierId, IEnumerable<(string Json, string Source)> documents, string provenance, DateTimeOffset fetchedAt, CancellationToken cancellationToken)
    {
        var (stored, unchanged, rejected) = (0, 0, 0);
        var reasons = new List<RejectedFootprint>();
        await _writes.WaitAsync(cancellationToken);
        try
        {
            foreach (var (json, source) in documents)
            {
                var (record, problem) = SupplierFootprintRecord.Read(supplierId, json, provenance, source, fetchedAt);
                if (record is null)
                {
                    rejected++;
                    if (reasons.Count < MaxReasons)
                    {
                        reasons.Add(new RejectedFootprint(IdOf(json), problem!.Field, problem.Rule));
                    }
                    continue;
                }
                if (await store.UpsertAsync(record, cancellationToken))
                {
                    stored++;
                }
                else
                {
                    unchanged++;
                }
            }
        }
        finally
        {
            _writes.Release();
        }
        return (stored, unchanged, rejected, reasons);
    }

    private async Task<SupplierSyncResult> FinishAsync(
        string supplierId, DateTimeOffset started, int pages, int fetched, (int Stored, int Unchanged, int Rejected, List<RejectedFootprint> Reasons) kept,
        IReadOnlyList<PactPullError> errors, CancellationToken cancellationToken)
    {
        int deprecated;
        await _writes.WaitAsync(cancellationToken);
        try
        {
            deprecated = await store.DeprecatePrecededAsync(supplierId, cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
        var result = new SupplierSyncResult(supplierId, started, clock.GetUtcNow(), pages, fetched, kept.Stored, kept.Unchanged, deprecated, kept.Rejected, kept.Reasons, errors);
        await connections.RecordSyncAsync(supplierId, result.FinishedAt, result.Summary, cancellationToken);
        if (errors.Count > 0 || kept.Rejected > 0)
        {
            logger.LogWarning("PACT sync of supplier {SupplierId}: {Summary}", supplierId, result.Summary);
        }
        else
        {
            logger.LogInformation("PACT sync of supplier {SupplierId}: {Summary}", supplierId, result.Summary);
        }
        return result;
    }

    /// <summary>The connection, or null with the errors; field names carry <paramref name="prefix"/> (a configuration key).</summary>
    private PactConnection? Connection(string supplierId, string? baseUrl, string? authBaseUrl, string? clientId, string? clientSecret, bool enabled, string origin, string prefix, FieldErrors errors)
    {
        var @base = HttpsUrl(baseUrl, prefix + "baseUrl", required: true, errors);
        var auth = HttpsUrl(authBaseUrl, prefix + "authBaseUrl", required: false, errors);
        errors.Text(prefix + "clientId", clientId, 200);
        errors.Text(prefix + "clientSecret", clientSecret, 512);
        if (@base is null || !errors.IsEmpty)
        {
            return null;
        }
        return new PactConnection(supplierId, @base, auth, clientId!.Trim(), _secrets.Protect(clientSecret!), enabled, origin, clock.GetUtcNow(), null, null);
    }

    /// <summary>An absolute https URL without query, fragment or credentials: PACT is served over HTTPS only.</summary>
    private static Uri? HttpsUrl(string? text, string field, bool required, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"{field} is required.");
            }
            return null;
        }
        if (text.Length > SupplierService.MaxUrlLength || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            errors.Add(field, $"{field} must be an absolute https URL without query, fragment or credentials, such as https://pact.supplier.example (PACT is served over HTTPS only).");
            return null;
        }
        return uri;
    }

    /// <summary>Every required top-level property of a v3 ProductFootprint that the document lacks, each by name.</summary>
    private static FieldErrors RequiredProperties(string json)
    {
        var errors = new FieldErrors();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = PactFootprintReader.MaxDepth });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add("body", "body must be one PACT v3 ProductFootprint, a JSON object.");
                return errors;
            }
            foreach (var name in SupplierFootprintUploadInput.RequiredNames.Where(n => !document.RootElement.TryGetProperty(n, out _)))
            {
                errors.Add(name, $"{name} is required (PACT v3 ProductFootprint).");
            }
        }
        catch (JsonException exception)
        {
            errors.Add("body", $"body is not well-formed JSON nested at most {PactFootprintReader.MaxDepth} deep: {exception.Message}");
        }
        return errors;
    }

    /// <summary>The document's id when it has a readable one, to name a rejected footprint.</summary>
    private static string? IdOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = PactFootprintReader.MaxDepth });
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? Short(id.GetString()!)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Short(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
