using System.Text;
using Microfactory.Core.Validation;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Machines;

namespace Microfactory.Server.Features.Copilot;

/// <summary>Uploaded manuals and SOPs: checked, stored, and put into (or taken out of) the search index at once.</summary>
internal sealed class CopilotDocumentService(CopilotDocumentStore store, CopilotLibrary library, MachineStore machines, IdFactory ids, TimeProvider time)
{
    public const int MaxMarkdownBytes = 256 * 1024;
    public const int MaxTitleLength = 200;
    public const int MaxMachineIds = 50;
    public const string Prefix = "cdoc";

    public async Task<IReadOnlyList<CopilotDocumentResponse>> ListAsync(CancellationToken cancellationToken)
    {
        await library.EnsureLoadedAsync(cancellationToken);
        var demo = CopilotLibrary.Embedded().Select(d => new CopilotDocumentResponse(d.Id, d.Title, [], "demo", null, null, Encoding.UTF8.GetByteCount(d.Markdown), null));
        return [.. demo, .. (await store.ListAsync(cancellationToken)).Select(d => CopilotDocumentResponse.From(d, false))];
    }

    public async Task<ServiceResult<CopilotDocumentResponse>> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (CopilotLibrary.Embedded().FirstOrDefault(d => d.Id == id) is { } demo)
        {
            return ServiceResult<CopilotDocumentResponse>.Ok(new CopilotDocumentResponse(demo.Id, demo.Title, [], "demo", null, null, Encoding.UTF8.GetByteCount(demo.Markdown), demo.Markdown));
        }
        var found = id.Length <= 100 ? await store.GetAsync(id, cancellationToken) : null;
        return found is null ? NotFound(id) : ServiceResult<CopilotDocumentResponse>.Ok(CopilotDocumentResponse.From(found, true));
    }

    public async Task<ServiceResult<CopilotDocumentResponse>> CreateAsync(Caller caller, CopilotDocumentInput input, string source, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Text("title", input.Title, MaxTitleLength);
        if (errors.Required("markdown", input.Markdown) && Encoding.UTF8.GetByteCount(input.Markdown!) > MaxMarkdownBytes)
        {
            errors.Add("markdown", $"markdown must be at most {MaxMarkdownBytes} bytes of UTF-8 (256 KiB).");
        }
        else if (input.Markdown is { Length: > 0 } text && string.IsNullOrWhiteSpace(text))
        {
            errors.Add("markdown", "markdown must not be blank.");
        }
        var machineIds = input.MachineIds ?? [];
        if (machineIds.Count > MaxMachineIds)
        {
            errors.Add("machineIds", $"machineIds may name at most {MaxMachineIds} machines.");
        }
        else
        {
            for (var i = 0; i < machineIds.Count; i++)
            {
                if (machineIds[i] is not { Length: > 0 and <= 100 } id || await machines.GetAsync(id, cancellationToken) is null)
                {
                    errors.Add($"machineIds[{i}]", $"machineIds[{i}] must be the id of an existing machine.");
                }
            }
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<CopilotDocumentResponse>.Invalid(errors.Errors);
        }
        await library.EnsureLoadedAsync(cancellationToken);
        var document = new CopilotDocument(ids.New(Prefix), input.Title!.Trim(), input.Markdown!, [.. machineIds.Distinct(StringComparer.Ordinal)], source, caller.UserId, time.GetUtcNow());
        await store.InsertAsync(document, cancellationToken);
        library.Upsert(document);
        return ServiceResult<CopilotDocumentResponse>.Ok(CopilotDocumentResponse.From(document, false));
    }

    public async Task<ServiceResult<CopilotDocumentResponse>> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var found = id.Length <= 100 ? await store.GetAsync(id, cancellationToken) : null;
        if (found is null)
        {
            return CopilotLibrary.Embedded().Any(d => d.Id == id)
                ? ServiceResult<CopilotDocumentResponse>.Conflict("id", $"document {id} is built into the server and cannot be deleted.")
                : NotFound(id);
        }
        await library.EnsureLoadedAsync(cancellationToken);
        await store.DeleteAsync(id, cancellationToken);
        library.Remove(id);
        return ServiceResult<CopilotDocumentResponse>.Ok(CopilotDocumentResponse.From(found, false));
    }

    private static ServiceResult<CopilotDocumentResponse> NotFound(string id) =>
        ServiceResult<CopilotDocumentResponse>.NotFound($"No document with id '{(id.Length <= 100 ? id : id[..20] + "…")}'.");
}
