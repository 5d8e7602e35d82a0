using System.Text.Json.Nodes;
using Microfactory.Design.Templates;
using Microfactory.Passport.Json;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Passports;

/// <summary>
/// The read part of the AAS HTTP API over the platform's passports: every finished unit's shell (public) and, for signed-in
/// callers, every template version's product-type shell, each with its submodels. Nothing is stored twice: a shell is its
/// passport, built from the records when asked for.
/// </summary>
internal sealed class AasService(PassportService passports, PassportStore store)
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;
    private const int KeyBatch = 20;

    /// <summary>The shell's JSON (as the AAS JSON serialisation writes it) and its submodels' JSON, in order.</summary>
    public sealed record Shell(ShellKey Key, JsonObject Json, IReadOnlyList<JsonObject> Submodels);

    /// <summary>One page of submodels and the cursor after it (null on the last page).</summary>
    public sealed record SubmodelPage(IReadOnlyList<JsonObject> Submodels, string? Cursor);

    /// <summary>One page of shells and the cursor after it (null on the last page).</summary>
    public sealed record ShellPage(IReadOnlyList<Shell> Shells, string? Cursor);

    public string Domain => passports.Issuer.Domain;

    /// <summary>The shell <paramref name="key"/> names, if <paramref name="caller"/> may read it.</summary>
    public async Task<Shell?> ShellAsync(Caller? caller, ShellKey key, CancellationToken cancellationToken)
    {
        ServiceResult<IssuedPassport> issued;
        if (key.IsUnit)
        {
            issued = await passports.OfUnitAsync(caller, key.Serial!, cancellationToken);
            if (issued.Value is { IsUnit: false })
            {
                // An unfinished unit: its stand-in is the type's shell, which has another id; the unit's own shell is not there yet.
                return null;
            }
        }
        else if (caller is null)
        {
            return null;
        }
        else
        {
            issued = await passports.OfTypeAsync(key.TemplateId!, key.Version!.Value.ToString(), null, cancellationToken);
        }
        if (issued.Outcome != ServiceOutcome.Ok)
        {
            return null;
        }
        var environment = JsonNode.Parse(AasJsonWriter.ToUtf8Bytes(issued.Value!.Environment))!.AsObject();
        // Detached copies: each goes into a response of its own.
        var shell = environment["assetAdministrationShells"]!.AsArray()[0]!.DeepClone().AsObject();
        var submodels = environment["submodels"]!.AsArray().Select(s => s!.DeepClone().AsObject()).ToList();
        return new Shell(key, shell, submodels);
    }

    /// <summary>Shells after <paramref name="after"/> (from the first when null), at most <paramref name="limit"/>.</summary>
    public async Task<ShellPage> ShellsAsync(Caller? caller, ShellKey? after, int limit, CancellationToken cancellationToken)
    {
        var keys = await KeysAsync(caller, after, limit + 1, cancellationToken);
        var shells = new List<Shell>();
        foreach (var key in keys.Take(limit))
        {
            if (await ShellAsync(caller, key, cancellationToken) is { } shell)
            {
                shells.Add(shell);
            }
        }
        return new ShellPage(shells, keys.Count > limit ? keys[limit - 1].Cursor() : null);
    }

    /// <summary>Submodels of every shell in shell order, after submodel <paramref name="afterIndex"/> of <paramref name="after"/> (after the whole
    /// shell when the index is null), at most <paramref name="limit"/>.</summary>
    public async Task<SubmodelPage> SubmodelsAsync(Caller? caller, ShellKey? after, int? afterIndex, int limit, CancellationToken cancellationToken)
    {
        var page = new List<JsonObject>(limit);
        ShellKey? last = null;
        var lastIndex = -1;
        // Walks the shells in order; stops at the first submodel beyond the page, so the cursor is given only when more follow.
        async Task<bool> TakeAsync(Shell shell, int from)
        {
            for (var i = from; i < shell.Submodels.Count; i++)
            {
                if (page.Count == limit)
                {
                    return false;
                }
                page.Add(shell.Submodels[i]);
                (last, lastIndex) = (shell.Key, i);
            }
            return true;
        }
        if (after is not null && afterIndex is { } index && await ShellAsync(caller, after, cancellationToken) is { } current && !await TakeAsync(current, index + 1))
        {
            return new SubmodelPage(page, last!.Cursor(lastIndex));
        }
        var position = after;
        while (true)
        {
            var keys = await KeysAsync(caller, position, KeyBatch, cancellationToken);
            foreach (var key in keys)
            {
                if (await ShellAsync(caller, key, cancellationToken) is { } shell && !await TakeAsync(shell, 0))
                {
                    return new SubmodelPage(page, last!.Cursor(lastIndex));
                }
            }
            if (keys.Count < KeyBatch)
            {
                return new SubmodelPage(page, null);
            }
            position = keys[^1];
        }
    }

    /// <summary>The keys of the shells the caller may list after <paramref name="after"/>: finished units by serial, then (signed in) template versions.</summary>
    private async Task<IReadOnlyList<ShellKey>> KeysAsync(Caller? caller, ShellKey? after, int limit, CancellationToken cancellationToken)
    {
        var keys = new List<ShellKey>(limit);
        if (after is null || after.IsUnit)
        {
            keys.AddRange((await store.CompletedSerialsAsync(after?.Serial, limit, cancellationToken)).Select(ShellKey.Unit));
        }
        if (caller is not null && keys.Count < limit)
        {
            var from = after is { IsUnit: false, Version: { } v } ? (after.TemplateId!, v.Major, v.Minor, v.Patch) : ((string, int, int, int)?)null;
            foreach (var (id, version) in await store.TemplateVersionsAsync(from, limit - keys.Count, cancellationToken))
            {
                if (TemplateVersion.TryParse(version, out var parsed))
                {
                    keys.Add(ShellKey.Type(id, parsed));
                }
            }
        }
        return keys;
    }
}
