using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Copilot;

/// <summary>/api/v1/copilot: questions about the plant (every role, each seeing only what it may), confirmations, drafts and the searchable documents.</summary>
internal static class CopilotApi
{
    public static RouteGroupBuilder MapCopilotApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/copilot").WithTags("Copilot");
        group.MapPost("/messages", async (CopilotMessageInput input, ClaimsPrincipal user, CopilotService service, CancellationToken ct) =>
            {
                var caller = user.ToCaller();
                return service.TryTakeMessage(caller)
                    ? (await service.AskAsync(caller, input, ct)).ToHttp(a => a)
                    : TooMany(service.MessagesPerMinute);
            })
            .WithSummary("Ask the copilot")
            .WithDescription("Answers a question about orders, the plan, machines, OEE, alarms, footprints, passports, templates, materials or the manuals, in English or Traditional Chinese, from the records the caller may see (a customer only its own orders; others' are answered as unknown). citations name every record used, with a link. A question asking for a change (pin, downtime, priority) answers a proposal and changes nothing until it is confirmed. conversationId continues a conversation (follow-ups such as \"and yesterday?\"); conversations are kept for 30 minutes after their last message and for their last 10 turns. At most 20 questions per user and minute; more answer 429.")
            .ProducesOne<CopilotMessageResponse>().ProducesInvalid().ProducesNotFound()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireAuthorization(Policies.AnyUser).WithName("AskCopilot");
        group.MapPost("/proposals/{id}/confirm", async (string id, ClaimsPrincipal user, CopilotService service, CancellationToken ct) =>
                (await service.ConfirmAsync(user.ToCaller(), id, ct)).ToHttp(r => r))
            .WithSummary("Confirm a copilot proposal")
            .WithDescription("Runs the action the copilot proposed to this user, once, through the same service and checks as the matching API call (done is false with the reason when the plant refuses it, for example a 409 rule). 404 for a proposal given to someone else, already confirmed, expired, or one the caller's role may not do.")
            .ProducesOne<CopilotConfirmResponse>().ProducesNotFound()
            .RequireAuthorization(Policies.AnyUser).WithName("ConfirmCopilotProposal");
        group.MapPost("/drafts/{id}/accept", async (string id, ClaimsPrincipal user, CopilotService service, CancellationToken ct) =>
                (await service.AcceptDraftAsync(user.ToCaller(), id, ct)).ToHttp(d => d, d => $"/api/v1/copilot/documents/{d.Id}"))
            .WithSummary("Accept a copilot draft")
            .WithDescription("Saves a draft (an SOP or a maintenance guide) the copilot gave this user as a searchable document (source draft), without its DRAFT mark. 404 for someone else's, an expired or an already accepted draft.")
            .Produces<CopilotDocumentResponse>(StatusCodes.Status201Created).ProducesNotFound()
            .RequireAuthorization(Policies.Planning).WithName("AcceptCopilotDraft");

        var documents = group.MapGroup("/documents");
        documents.MapGet("/", async (CopilotDocumentService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .WithSummary("List the copilot's documents")
            .WithDescription("The manuals and SOPs the copilot searches: built in (source demo) and uploaded (upload) or accepted drafts (draft), without their text.")
            .Produces<IReadOnlyList<CopilotDocumentResponse>>()
            .RequireAuthorization(Policies.Staff).WithName("ListCopilotDocuments");
        documents.MapGet("/{id}", async (string id, CopilotDocumentService service, CancellationToken ct) => (await service.GetAsync(id, ct)).ToHttp(d => d))
            .WithSummary("Get a copilot document")
            .WithDescription("One document with its Markdown: the target of a document citation.")
            .ProducesOne<CopilotDocumentResponse>()
            .RequireAuthorization(Policies.Staff).WithName("GetCopilotDocument");
        documents.MapPost("/", async (CopilotDocumentInput input, ClaimsPrincipal user, CopilotDocumentService service, CancellationToken ct) =>
                (await service.CreateAsync(user.ToCaller(), input, "upload", ct)).ToHttp(d => d, d => $"/api/v1/copilot/documents/{d.Id}"))
            .WithSummary("Upload a copilot document")
            .WithDescription("A manual or SOP in Markdown (at most 256 KiB of UTF-8), its title (at most 200 characters) and the machines it is about (machineIds, existing machines, at most 50). It is searchable at once; sections are split at headings.")
            .ProducesCreated<CopilotDocumentResponse>()
            .RequireAuthorization(Policies.Planning).WithName("UploadCopilotDocument");
        documents.MapDelete("/{id}", async (string id, CopilotDocumentService service, CancellationToken ct) =>
                (await service.DeleteAsync(id, ct)).ToHttp(d => d))
            .WithSummary("Delete a copilot document")
            .WithDescription("Removes an uploaded document or accepted draft from the store and the search at once; a built-in document answers 409.")
            .ProducesOne<CopilotDocumentResponse>().ProducesConflict()
            .RequireAuthorization(Policies.Planning).WithName("DeleteCopilotDocument");
        return api;
    }

    private static IResult TooMany(int perMinute)
    {
        var detail = $"message: at most {perMinute} questions per user and minute; ask again in a minute.";
        return TypedResults.Problem(title: "Too many requests", detail: detail, statusCode: StatusCodes.Status429TooManyRequests,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["message"] = [detail] } });
    }
}
