using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microfactory.Core.Access;
using Microfactory.Core.Demo;
using Microfactory.Design.Catalogue;
using Microfactory.Server.Tests.Support;
using Xunit.Abstractions;

namespace Microfactory.Server.Tests.Api;

/// <summary>
/// Every operation of /openapi/v1.json called for real: a valid call as anonymous and as every role,
/// unknown ids, malformed, empty and unknown-field bodies, another content type, bad paging and a
/// bad version, the conflicts the API knows. Each answer's status must be documented for its
/// operation and its body must match the documented schema; and every documented status must have
/// been seen, so the document neither leaves out nor makes up an answer.
/// </summary>
public sealed partial class OpenApiContractTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Documented answers no black-box call can provoke, each with the reason it is still documented.</summary>
    private static readonly Dictionary<(string Operation, string Status), string> Unreachable = new()
    {
        [("GetMe", "404")] = "the key's user was deleted while the key was being checked; the handler answers it, no API call deletes a user",
        [("DeleteCopilotDocument", "409")] = "only built-in (demo) documents refuse deletion; CopilotLimitsAsync answers it whenever the server has one built in",
    };

    private TestHost _host = null!;
    private Recorder _recorder = null!;
    private World _world = null!;
    private int _versions;

    public async Task InitializeAsync()
    {
        // One attempt per supplier request: the contract's supplier connection points at a closed port.
        _host = await TestHost.StartAsync(settings: ["--Microfactory:Suppliers:MaxAttempts=1"]);
        using var anonymous = _host.Anonymous();
        _recorder = new Recorder(await OpenApiContract.LoadAsync(anonymous));
        _world = await World.CreateAsync(_host);
    }

    public async Task DisposeAsync()
    {
        _world.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Operations_RealAnswers_AreDocumentedAndMatchTheirSchemas()
    {
        var contract = _recorder.Contract;
        var calls = ValidCalls();
        Assert.True(contract.Operations.Count >= 39, $"Expected the whole API, found {contract.Operations.Count} operations.");
        foreach (var operation in contract.Operations)
        {
            if (!calls.TryGetValue(operation.Id, out var valid))
            {
                _recorder.Fail($"{operation.Id} ({operation}) has no valid call in {nameof(OpenApiContractTests)}.{nameof(ValidCalls)}; add one.");
                continue;
            }
            // Public content (passports, the AAS API) answers anonymous callers too; everything else wants a key.
            await _recorder.SendAsync(operation, _world.Anonymous, await valid(_world.Admin), "anonymous", IsPublic(operation) ? HttpStatusCode.OK : HttpStatusCode.Unauthorized);
            foreach (var caller in _world.Callers)
            {
                await _recorder.SendAsync(operation, caller.Client, await valid(caller), $"as {caller.Role}");
            }
            await UnknownIdsAsync(operation, await valid(_world.Admin));
            await BadInputAsync(operation, await valid(_world.Admin));
        }
        await ConflictsAsync(calls);
        await CatalogueNoLongerFitsTemplateAsync();
        await LockoutAsync();

        var failures = _recorder.Failures;
        Assert.True(failures.Count == 0, $"{failures.Count} answer(s) differ from the document:\n" + string.Join("\n", failures));
        var unseen = contract.Operations
            .SelectMany(o => o.Statuses.Select(s => (o.Id, s)))
            .Where(p => !_recorder.Seen.Contains(p) && !Unreachable.ContainsKey(p))
            .ToList();
        Assert.True(unseen.Count == 0, "Documented but never answered: " + string.Join(", ", unseen.Select(u => $"{u.Id} {u.s}")));
        Report(contract);
    }

    [Fact]
    public async Task InputSchemas_Required_AreExactlyWhatAnEmptyBodyIsRefusedFor()
    {
        var calls = ValidCalls();
        var failures = new List<string>();
        foreach (var operation in _recorder.Contract.Operations.Where(o => o.HasJsonBody))
        {
            var schema = Resolve(operation.JsonBodySchema!);
            var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
            var properties = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            var exactForSomeRole = false;
            foreach (var caller in _world.Callers)
            {
                var call = await calls[operation.Id](caller);
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Url(call.Path)) { Content = Json("{}") };
                foreach (var (name, value) in call.Headers ?? new Dictionary<string, string>())
                {
                    request.Headers.Add(name, value);
                }
                var response = await caller.Client.SendAsync(request);
                if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
                {
                    continue;
                }
                var refused = response.StatusCode == HttpStatusCode.BadRequest
                    ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToHashSet(StringComparer.Ordinal)
                    : [];
                var notReported = required.Except(refused).ToList();
                if (notReported.Count > 0)
                {
                    failures.Add($"{operation.Id} as {caller.Role}: documented as required but accepted when missing: {string.Join(", ", notReported)}.");
                }
                var unknown = refused.Except(properties).ToList();
                if (unknown.Count > 0)
                {
                    failures.Add($"{operation.Id} as {caller.Role}: refused for fields the schema does not have: {string.Join(", ", unknown)}.");
                }
                exactForSomeRole |= refused.SetEquals(required);
            }
            if (!exactForSomeRole)
            {
                failures.Add($"{operation.Id}: for no role is an empty body refused for exactly the required fields ({string.Join(", ", required)}).");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool IsPublic(OpenApiContract.Operation operation) => operation.Node["security"]?.AsArray().Any(r => r!.AsObject().Count == 0) == true;

    /// <summary>A base64url-encoded AAS identifier (no padding), as the AAS API takes ids in its paths.</summary>
    private static string AasId(string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(id)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A valid request for each operation, made for a caller (its own API key to revoke, a fresh e-mail, a new template version).</summary>
    private Dictionary<string, Func<Caller, Task<Call>>> ValidCalls()
    {
        var w = _world;
        Task<Call> Get(params (string Name, string Value)[] path) => Task.FromResult(new Call(path.ToDictionary(p => p.Name, p => p.Value), () => null));
        Task<Call> With(Func<HttpContent> body, params (string Name, string Value)[] path) => Task.FromResult(new Call(path.ToDictionary(p => p.Name, p => p.Value), body));
        return new(StringComparer.Ordinal)
        {
            ["ListFactories"] = _ => Get(),
            ["GetFactory"] = _ => Get(("id", KwunTongDemo.FactoryId)),
            ["CreateFactory"] = _ => With(() => Json(w.Seed("factory", withId: false))),
            ["UpdateFactory"] = _ => With(() => Json(w.Seed("factory", withId: false)), ("id", KwunTongDemo.FactoryId)),
            ["ListCapabilities"] = _ => Get(),
            ["ListMachines"] = _ => Task.FromResult(new Call(new Dictionary<string, string>(), () => null, $"?factoryId={KwunTongDemo.FactoryId}")),
            ["GetMachine"] = _ => Get(("id", w.MachineId)),
            ["CreateMachine"] = _ => With(() => Json(w.Seed("machine", withId: false))),
            ["UpdateMachine"] = _ => With(() => Json(w.Seed("machine", withId: false)), ("id", w.MachineId)),
            ["ListSuppliers"] = _ => Get(),
            ["GetSupplier"] = _ => Get(("id", w.SupplierId)),
            ["CreateSupplier"] = _ => With(() => Json(w.Seed("supplier", withId: false))),
            ["UpdateSupplier"] = _ => With(() => Json(w.Seed("supplier", withId: false)), ("id", w.SupplierId)),
            ["ListMaterials"] = _ => Get(),
            ["GetMaterial"] = _ => Get(("id", w.MaterialId)),
            ["CreateMaterial"] = _ => With(() => Json(w.Seed("material", withId: false))),
            ["UpdateMaterial"] = _ => With(() => Json(w.Seed("material", withId: false)), ("id", w.MaterialId)),
            ["ListCustomers"] = _ => Get(),
            ["GetCustomer"] = _ => Get(("id", w.CustomerId)),
            ["CreateCustomer"] = _ => With(() => Json(new { name = "Contract buyer", email = $"{Guid.NewGuid():N}@example.com" })),
            ["UpdateCustomer"] = _ => With(() => Json(new { name = "Contract customer", email = w.CustomerEmail, company = "Contract Ltd" }), ("id", w.CustomerId)),
            ["ListOrders"] = _ => Get(),
            ["GetOrder"] = _ => Get(("id", w.OrderId)),
            ["CreateOrder"] = caller => With(() => Json(w.Order(caller.Role == Roles.Customer ? null : w.CustomerId))),
            ["UpdateOrder"] = _ => With(() => Json(w.Order(null)), ("id", w.OrderId)),
            ["CancelOrder"] = async caller => new Call(new Dictionary<string, string> { ["id"] = await w.NewOrderAsync() }, () => null),
            ["CreateQuote"] = caller => With(() => Json(w.Quote(caller.Role == Roles.Customer ? null : w.CustomerId))),
            ["GetQuote"] = _ => Get(("id", w.QuoteId)),
            ["AcceptQuote"] = async _ => new Call(new Dictionary<string, string> { ["id"] = await w.NewQuoteAsync() }, () => Json(new { option = "fastest" }),
                Headers: new Dictionary<string, string> { ["Idempotency-Key"] = Guid.NewGuid().ToString() }),
            ["ListUsers"] = _ => Get(),
            ["CreateUser"] = _ => With(() => Json(new { email = $"{Guid.NewGuid():N}@example.com", displayName = "Contract planner", role = Roles.Planner, password = "password-for-contract" })),
            ["CreateApiKeyForUser"] = _ => With(() => Json(new { name = "integration" }), ("id", w.PlannerUserId)),
            ["GetMe"] = _ => Get(),
            ["ListApiKeys"] = _ => Get(),
            ["CreateApiKey"] = _ => With(() => Json(new { name = "second key" })),
            ["RevokeApiKey"] = async caller => new Call(new Dictionary<string, string> { ["id"] = await w.NewKeyAsync(caller.Client) }, () => null),
            ["ListTemplates"] = _ => Get(),
            ["GetTemplate"] = _ => Get(("id", World.TemplateId)),
            ["GetTemplateVersion"] = _ => Get(("id", World.TemplateId), ("version", World.TemplateVersion)),
            ["GetTemplateSource"] = _ => Get(("id", World.TemplateId), ("version", World.TemplateVersion)),
            ["PublishTemplate"] = _ => With(() => Yaml(World.ShelfAs($"3.0.{Interlocked.Increment(ref _versions)}"))),
            ["CreateDesign"] = _ => With(() => Json(new { parameters = new Dictionary<string, string> { ["length"] = "800 mm" } }), ("id", World.TemplateId), ("version", World.TemplateVersion)),
            ["DownloadDesignFile"] = _ => Task.FromResult(new Call(
                new Dictionary<string, string> { ["id"] = World.TemplateId, ["version"] = World.TemplateVersion, ["fileName"] = w.ShelfFile }, () => null, w.ShelfQuery)),
            ["GetUser"] = _ => Get(("id", w.PlannerUserId)),
            ["UpdateUser"] = _ => With(() => Json(new { displayName = "Contract planner" }), ("id", w.PlannerUserId)),
            ["ListApiKeysOfUser"] = _ => Get(("id", w.PlannerUserId)),
            ["ListSessionsOfUser"] = _ => Get(("id", w.PlannerUserId)),
            ["EndSessionsOfUser"] = _ => Get(("id", w.PlannerUserId)),
            ["ChangePassword"] = async caller =>
            {
                // Each call starts from the known password, whatever the previous call did.
                await w.ResetPasswordAsync(_host, caller);
                return new Call(new Dictionary<string, string>(), () => Json(new { currentPassword = World.KnownPassword, newPassword = "a new contract password" }));
            },
            ["GetPlan"] = _ => Get(("id", KwunTongDemo.FactoryId)),
            ["ListPlanVersions"] = _ => Get(("id", KwunTongDemo.FactoryId)),
            ["FollowPlan"] = _ => Task.FromResult(new Call(new Dictionary<string, string> { ["id"] = KwunTongDemo.FactoryId }, () => null, "?untilVersion=1")),
            ["AddMachineDowntime"] = _ => With(() => Json(w.NextDowntime()), ("id", w.MachineId)),
            ["RemoveMachineDowntime"] = async _ => new Call(
                new Dictionary<string, string> { ["id"] = w.MachineId, ["downtimeId"] = await w.NewDowntimeAsync() }, () => null),
            ["PinOperation"] = async _ =>
            {
                var (operationId, machineId, start) = await w.PinnableAsync();
                return new Call(new Dictionary<string, string> { ["operationId"] = operationId }, () => Json(new { machineId, start }));
            },
            ["UnpinOperation"] = async _ => new Call(new Dictionary<string, string> { ["operationId"] = await w.PinnedAsync() }, () => null),
            ["SetOrderPriority"] = _ => With(() => Json(new { priority = 1 }), ("id", w.OrderId)),
            ["GetOperation"] = async _ => new Call(new Dictionary<string, string> { ["id"] = await w.StartableAsync() }, () => null),
            ["StartOperation"] = async _ => new Call(new Dictionary<string, string> { ["id"] = await w.StartableAsync() }, () => Json(new { })),
            ["PauseOperation"] = async _ => new Call(new Dictionary<string, string> { ["id"] = (await w.RunningAsync()).OperationId }, () => Json(new { reason = "Contract pause" })),
            ["ResumeOperation"] = async _ => new Call(new Dictionary<string, string> { ["id"] = await w.PausedAsync() }, () => null),
            ["FinishOperation"] = async _ => new Call(new Dictionary<string, string> { ["id"] = (await w.RunningAsync()).OperationId }, () => Json(new { good = 1, scrap = 0 })),
            ["GetUnit"] = async _ => new Call(new Dictionary<string, string> { ["serial"] = (await w.RunningAsync()).Serial }, () => null),
            ["CreatePactClient"] = _ => With(() => Json(new { name = "Contract partner" })),
            ["ListPactClients"] = _ => Get(),
            ["RevokePactClient"] = async _ => new Call(new Dictionary<string, string> { ["id"] = await w.NewPactClientAsync() }, () => null),
            ["GetUnitFootprint"] = async _ => new Call(new Dictionary<string, string> { ["serial"] = (await w.FootprintOfCompletedUnitAsync()).Serial }, () => null),
            ["GetFootprint"] = async _ => new Call(new Dictionary<string, string> { ["id"] = (await w.FootprintOfCompletedUnitAsync()).FootprintId }, () => null),
            ["GetTemplateFootprint"] = _ => Task.FromResult(new Call(new Dictionary<string, string> { ["id"] = World.TemplateId }, () => null, $"?factoryId={KwunTongDemo.FactoryId}")),
            ["GetFactoryCbamReport"] = _ => Task.FromResult(new Call(new Dictionary<string, string> { ["id"] = KwunTongDemo.FactoryId }, () => null, "?quarter=2026-Q4&format=xml")),
            ["ExplainOrder"] = async _ =>
            {
                await w.OrderPlannedAsync();
                return new Call(new Dictionary<string, string> { ["id"] = w.OrderId }, () => null);
            },
            ["GetSupplierCoverage"] = _ => Task.FromResult(new Call(new Dictionary<string, string> { ["id"] = KwunTongDemo.FactoryId }, () => null, "?from=2030-01-01T00:00:00Z&to=2030-03-01T00:00:00Z")),
            ["GetOee"] = _ => Task.FromResult(new Call(new Dictionary<string, string> { ["id"] = KwunTongDemo.FactoryId }, () => null, "?from=2030-01-06T16:00:00Z&to=2030-01-08T16:00:00Z&by=shift")),
            ["GetMaturityModel"] = _ => Get(("id", KwunTongDemo.FactoryId)),
            ["ListMaturityAssessments"] = _ => Get(("id", KwunTongDemo.FactoryId)),
            ["GetMaturityAssessment"] = _ => Get(("id", KwunTongDemo.FactoryId), ("assessmentId", w.AssessmentId)),
            ["CreateMaturityAssessment"] = _ => With(() => Json(World.Assessment()), ("id", KwunTongDemo.FactoryId)),
            ["GetMaturityEvidence"] = _ => Get(("id", KwunTongDemo.FactoryId)),
            ["PlanMaturityRoadmap"] = _ => With(() => Json(new { profile = "foundation" }), ("id", KwunTongDemo.FactoryId)),
            ["IngestTelemetry"] = _ => With(() => Json(new
            {
                messages = new[] { new { factoryId = KwunTongDemo.FactoryId, machineId = w.MachineId, kind = "state", id = Guid.NewGuid().ToString("N"), state = "idle", at = DateTimeOffset.UtcNow.AddSeconds(-1) } },
            })),
            ["GetMachineState"] = _ => Get(("id", w.MachineId)),
            ["GetTelemetryStats"] = _ => Get(),
            ["SetTemplateOwner"] = async _ => new Call(
                new Dictionary<string, string> { ["id"] = await w.NewTemplateAsync($"contract-owned-{Interlocked.Increment(ref _versions)}") },
                () => Json(new { ownerId = w.AdminUserId })),
            ["ListAlarms"] = _ => Task.FromResult(new Call(new Dictionary<string, string>(), () => null, $"?factoryId={KwunTongDemo.FactoryId}&state=all")),
            ["GetAlarm"] = _ => Get(("id", w.AlarmId)),
            ["AcknowledgeAlarm"] = _ => With(() => Json(new { note = "Contract acknowledgement" }), ("id", w.AlarmId)),
            ["SetSupplierPactConnection"] = _ => With(() => Json(World.SupplierConnection()), ("id", w.SupplierId)),
            ["GetSupplierPactConnection"] = async _ => new Call(new Dictionary<string, string> { ["id"] = await w.ConnectedSupplierAsync() }, () => null),
            ["SyncSupplierPactConnection"] = async _ => new Call(new Dictionary<string, string> { ["id"] = await w.ConnectedSupplierAsync() }, () => null),
            ["ListSupplierFootprints"] = _ => Get(("id", w.SupplierId)),
            ["UploadSupplierFootprint"] = _ => With(() => Json(World.SupplierFootprintDocument()), ("id", w.SupplierId)),
            ["GetMaterialSupplierProductIds"] = _ => Get(("id", w.MaterialId)),
            ["GetUnitPassport"] = async _ => new Call(new Dictionary<string, string> { ["serial"] = (await w.FootprintOfCompletedUnitAsync()).Serial }, () => null),
            ["GetUnitPassportPackage"] = async _ => new Call(new Dictionary<string, string> { ["serial"] = (await w.FootprintOfCompletedUnitAsync()).Serial }, () => null),
            ["DownloadUnitPassportFile"] = async _ => new Call(
                new Dictionary<string, string> { ["serial"] = (await w.FootprintOfCompletedUnitAsync()).Serial, ["fileName"] = w.ShelfFile }, () => null),
            ["GetUnitPassportQr"] = async _ => new Call(new Dictionary<string, string> { ["serial"] = (await w.FootprintOfCompletedUnitAsync()).Serial }, () => null),
            ["GetTemplatePassport"] = _ => Task.FromResult(new Call(
                new Dictionary<string, string> { ["id"] = World.TemplateId, ["version"] = World.TemplateVersion }, () => null, $"?factoryId={KwunTongDemo.FactoryId}")),
            ["GetTemplatePassportPackage"] = _ => Task.FromResult(new Call(
                new Dictionary<string, string> { ["id"] = World.TemplateId, ["version"] = World.TemplateVersion }, () => null, $"?factoryId={KwunTongDemo.FactoryId}")),
            ["ListAasShells"] = _ => Get(),
            ["GetAasShell"] = async _ => new Call(new Dictionary<string, string> { ["aasIdentifier"] = AasId($"https://microfactory.example/ids/aas/units/{(await w.FootprintOfCompletedUnitAsync()).Serial}") }, () => null),
            ["ListAasSubmodelRefs"] = async _ => new Call(new Dictionary<string, string> { ["aasIdentifier"] = AasId($"https://microfactory.example/ids/aas/units/{(await w.FootprintOfCompletedUnitAsync()).Serial}") }, () => null),
            ["ListAasSubmodels"] = _ => Get(),
            ["GetAasSubmodel"] = async _ => new Call(new Dictionary<string, string> { ["submodelIdentifier"] = AasId($"https://microfactory.example/ids/sm/units/{(await w.FootprintOfCompletedUnitAsync()).Serial}/Nameplate") }, () => null),
            ["GetAasSubmodelValue"] = async _ => new Call(new Dictionary<string, string> { ["submodelIdentifier"] = AasId($"https://microfactory.example/ids/sm/units/{(await w.FootprintOfCompletedUnitAsync()).Serial}/MaterialComposition") }, () => null),
            ["SetMaterialSupplierProductIds"] = _ => With(() => Json(new { productIds = new[] { "urn:pact:contract.example:product-id:contract-sheet" } }), ("id", w.MaterialId)),
            ["AskCopilot"] = _ => With(() => Json(new { message = "what is the state of the fiber laser", page = new { kind = "machine", id = w.MachineId } })),
            ["ConfirmCopilotProposal"] = async caller => new Call(new Dictionary<string, string> { ["id"] = await w.CopilotProposalAsync(caller) }, () => null),
            ["AcceptCopilotDraft"] = async caller => new Call(new Dictionary<string, string> { ["id"] = await w.CopilotDraftAsync(caller) }, () => null),
            ["GetCopilotUsage"] = _ => Get(),
            ["ListCopilotDocuments"] = _ => Get(),
            ["GetCopilotDocument"] = async _ => new Call(new Dictionary<string, string> { ["id"] = await w.CopilotDocumentAsync() }, () => null),
            ["UploadCopilotDocument"] = _ => With(() => Json(World.CopilotDocument())),
            ["DeleteCopilotDocument"] = async _ => new Call(new Dictionary<string, string> { ["id"] = await w.CopilotDocumentAsync() }, () => null),
        };
    }

    /// <summary>Each path parameter in turn names nothing: 404, as documented.</summary>
    private async Task UnknownIdsAsync(OpenApiContract.Operation operation, Call valid)
    {
        foreach (var name in operation.PathParameters)
        {
            var unknown = name switch
            {
                "version" => "9.9.9",
                "fileName" => "nothing-here.svg",
                "aasIdentifier" => AasId("https://microfactory.example/ids/aas/units/SN-XX-DOES-NOT-EXIST-001"),
                "submodelIdentifier" => AasId("https://microfactory.example/ids/sm/units/SN-XX-DOES-NOT-EXIST-001/Nameplate"),
                _ => "xx_does_not_exist",
            };
            var call = valid with { Path = new Dictionary<string, string>(valid.Path) { [name] = unknown } };
            await _recorder.SendAsync(operation, _world.Admin.Client, call, $"with an unknown {name}", HttpStatusCode.NotFound);
        }
        foreach (var name in operation.PathParameters.Where(p => p is "aasIdentifier" or "submodelIdentifier"))
        {
            var call = valid with { Path = new Dictionary<string, string>(valid.Path) { [name] = "not*base64url" } };
            await _recorder.SendAsync(operation, _world.Admin.Client, call, $"with a malformed {name}", HttpStatusCode.BadRequest);
        }
        if (operation.PathParameters.Contains("version"))
        {
            var call = valid with { Path = new Dictionary<string, string>(valid.Path) { ["version"] = "one" } };
            await _recorder.SendAsync(operation, _world.Admin.Client, call, "with a malformed version", HttpStatusCode.BadRequest);
        }
    }

    /// <summary>Bodies that are not JSON, empty, of another content type or with an unknown field; paging out of bounds.</summary>
    private async Task BadInputAsync(OpenApiContract.Operation operation, Call valid)
    {
        var admin = _world.Admin.Client;
        if (operation.HasJsonBody)
        {
            await _recorder.SendAsync(operation, admin, valid with { Body = () => Json("{\"name\": ") }, "with malformed JSON", HttpStatusCode.BadRequest);
            await _recorder.SendAsync(operation, admin, valid with { Body = () => Json("{\"noSuchField\": 1}") }, "with an unknown field", HttpStatusCode.BadRequest);
            await _recorder.SendAsync(operation, admin, valid with { Body = () => Json("[]") }, "with an array body", HttpStatusCode.BadRequest);
            await _recorder.SendAsync(operation, admin, valid with { Body = () => new StringContent("name=x", Encoding.UTF8, "text/plain") }, "as text/plain", HttpStatusCode.UnsupportedMediaType);
            await _recorder.SendAsync(operation, admin, valid with { Body = () => Json("{}") }, "with an empty object");
        }
        if (operation.Node["requestBody"]?["content"]?["application/yaml"] is not null)
        {
            await _recorder.SendAsync(operation, admin, valid with { Body = () => Yaml("id: [unclosed") }, "with malformed YAML", HttpStatusCode.BadRequest);
            await _recorder.SendAsync(operation, admin, valid with { Body = () => Yaml("") }, "with an empty body", HttpStatusCode.BadRequest);
            await _recorder.SendAsync(operation, admin, valid with { Body = () => Json("{}") }, "as application/json");
            await _recorder.SendAsync(operation, _world.Anonymous, valid with { Body = () => Json("{}") }, "anonymous as application/json", HttpStatusCode.Unauthorized);
        }
        var parameters = operation.Node["parameters"]?.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList() ?? [];
        if (parameters.Contains("limit"))
        {
            var separator = valid.Query.Length == 0 ? "?" : valid.Query + "&";
            foreach (var query in new[] { "limit=0", "limit=101", "limit=many", "cursor=not-a-cursor" })
            {
                await _recorder.SendAsync(operation, admin, valid with { Query = separator + query }, $"with {query}", HttpStatusCode.BadRequest);
            }
            await _recorder.SendAsync(operation, admin, valid with { Query = separator + "limit=1" }, "one at a time", HttpStatusCode.OK);
        }
        if (parameters.Contains("page"))
        {
            var separator = valid.Query.Length == 0 ? "?" : valid.Query + "&";
            foreach (var query in new[] { "page=0", "pageSize=201", "page=first", "pageSize=-1" })
            {
                await _recorder.SendAsync(operation, admin, valid with { Query = separator + query }, $"with {query}", HttpStatusCode.BadRequest);
            }
            await _recorder.SendAsync(operation, admin, valid with { Query = separator + "page=2&pageSize=1" }, "on page 2", HttpStatusCode.OK);
        }
    }

    /// <summary>Creating what exists: a taken id, a taken e-mail, a published version.</summary>
    private async Task ConflictsAsync(Dictionary<string, Func<Caller, Task<Call>>> calls)
    {
        var admin = _world.Admin;
        foreach (var (operation, kind) in new[] { ("CreateFactory", "factory"), ("CreateMachine", "machine"), ("CreateSupplier", "supplier"), ("CreateMaterial", "material") })
        {
            await _recorder.SendAsync(_recorder.Contract[operation], admin.Client, new Call(new Dictionary<string, string>(), () => Json(_world.Seed(kind))), "with a taken id", HttpStatusCode.Conflict);
        }
        await _recorder.SendAsync(_recorder.Contract["CreateCustomer"], admin.Client,
            new Call(new Dictionary<string, string>(), () => Json(new { id = _world.CustomerId, name = "Again", email = "again@example.com" })), "with a taken id", HttpStatusCode.Conflict);
        var user = await calls["CreateUser"](admin);
        var first = user.Body()!;
        var body = await first.ReadAsStringAsync();
        await _recorder.SendAsync(_recorder.Contract["CreateUser"], admin.Client, user with { Body = () => Json(body) }, "with a new e-mail", HttpStatusCode.Created);
        await _recorder.SendAsync(_recorder.Contract["CreateUser"], admin.Client, user with { Body = () => Json(body) }, "with a taken e-mail", HttpStatusCode.Conflict);
        await _recorder.SendAsync(_recorder.Contract["PublishTemplate"], admin.Client, new Call(new Dictionary<string, string>(), () => Yaml(World.ShelfAs(World.TemplateVersion))),
            "with a published version", HttpStatusCode.Conflict);
        // A quote accepted once, accepted again with another key; a factory without machines cannot quote; work in production cannot be cancelled.
        var accept = await calls["AcceptQuote"](admin);
        await _recorder.SendAsync(_recorder.Contract["AcceptQuote"], admin.Client, accept, "for the first time", HttpStatusCode.Created);
        await _recorder.SendAsync(_recorder.Contract["AcceptQuote"], admin.Client, accept with { Headers = new Dictionary<string, string> { ["Idempotency-Key"] = "another-key" } },
            "again with another key", HttpStatusCode.Conflict);
        var bare = await admin.Client.PostAsync("/api/v1/factories", Json(_world.Seed("factory", withId: false)));
        var bareId = (await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await _recorder.SendAsync(_recorder.Contract["CreateQuote"], admin.Client,
            new Call(new Dictionary<string, string>(), () => Json(_world.Quote(_world.CustomerId, bareId))), "at a factory without machines", HttpStatusCode.Conflict);
        var started = await _world.NewOrderAsync();
        var orders = _host.Service<Microfactory.Server.Features.Orders.OrderStore>();
        var status = (await orders.GetAsync(started, default))!.Status;
        Assert.True(await orders.SetStatusAsync(started, status, Microfactory.Core.Orders.OrderStatus.InProduction, DateTimeOffset.UtcNow, default)
            || await orders.SetStatusAsync(started, Microfactory.Core.Orders.OrderStatus.Planned, Microfactory.Core.Orders.OrderStatus.InProduction, DateTimeOffset.UtcNow, default));
        await _recorder.SendAsync(_recorder.Contract["CancelOrder"], admin.Client, new Call(new Dictionary<string, string> { ["id"] = started }, () => null),
            "in production", HttpStatusCode.Conflict);
        await _recorder.SendAsync(_recorder.Contract["UpdateOrder"], admin.Client,
            new Call(new Dictionary<string, string> { ["id"] = started }, () => Json(_world.Order(null, "cancelled"))), "in production, to cancelled", HttpStatusCode.Conflict);
        await PlanConflictsAsync();
        await ShopFloorConflictsAsync();
        await CopilotLimitsAsync();
    }

    /// <summary>What the shop floor refuses: a second start, a move from the wrong state, a machine without the capability.</summary>
    private async Task ShopFloorConflictsAsync()
    {
        var admin = _world.Admin.Client;
        await _recorder.SendAsync(_recorder.Contract["GetOee"], admin, new Call(new Dictionary<string, string> { ["id"] = KwunTongDemo.FactoryId }, () => null, "?from=2030-01-07T00:00:00Z&to=2030-01-06T00:00:00Z"),
            "with to before from", HttpStatusCode.BadRequest);
        await _recorder.SendAsync(_recorder.Contract["GetTemplateFootprint"], admin, new Call(new Dictionary<string, string> { ["id"] = World.TemplateId }, () => null, "?version=one"),
            "with a version that is not MAJOR.MINOR.PATCH", HttpStatusCode.BadRequest);
        await _recorder.SendAsync(_recorder.Contract["GetSupplierCoverage"], admin, new Call(new Dictionary<string, string> { ["id"] = KwunTongDemo.FactoryId }, () => null, "?on=tomorrow"),
            "with an on that is not ISO 8601", HttpStatusCode.BadRequest);
        await _recorder.SendAsync(_recorder.Contract["GetFactoryCbamReport"], admin, new Call(new Dictionary<string, string> { ["id"] = KwunTongDemo.FactoryId }, () => null, "?quarter=2026-Q5"),
            "with a quarter that is not YYYY-Qn", HttpStatusCode.BadRequest);
        var (running, _) = await _world.RunningAsync();
        var again = new Call(new Dictionary<string, string> { ["id"] = running }, () => Json(new { }));
        await _recorder.SendAsync(_recorder.Contract["StartOperation"], admin, again, "started already", HttpStatusCode.Conflict);
        await _recorder.SendAsync(_recorder.Contract["ResumeOperation"], admin, new Call(again.Path, () => null), "running already", HttpStatusCode.Conflict);
        var startable = await _world.StartableAsync();
        await _recorder.SendAsync(_recorder.Contract["StartOperation"], admin, new Call(new Dictionary<string, string> { ["id"] = startable }, () => Json(new { machineId = "mch_bench_1" })),
            "on a machine without the capability", HttpStatusCode.BadRequest);
        await _recorder.SendAsync(_recorder.Contract["PauseOperation"], admin, new Call(new Dictionary<string, string> { ["id"] = startable }, () => Json(new { })), "not started", HttpStatusCode.Conflict);
        await _recorder.SendAsync(_recorder.Contract["PauseOperation"], admin, new Call(new Dictionary<string, string> { ["id"] = running }, () => Json(new { reason = new string('r', 501) })),
            "with a reason too long", HttpStatusCode.BadRequest);
        await _recorder.SendAsync(_recorder.Contract["FinishOperation"], admin, new Call(new Dictionary<string, string> { ["id"] = startable }, () => Json(new { good = 1, scrap = 0 })),
            "not started", HttpStatusCode.Conflict);
    }

    /// <summary>What the live plan refuses: a factory without machines has no plan, overlapping downtime, a pin outside shifts, an order not on the plan.</summary>
    private async Task PlanConflictsAsync()
    {
        var admin = _world.Admin.Client;
        var factory = await admin.PostAsync("/api/v1/factories", Json(_world.Seed("factory", withId: false)));
        factory.EnsureSuccessStatusCode();
        var empty = (await factory.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await _recorder.SendAsync(_recorder.Contract["GetPlan"], admin, new Call(new Dictionary<string, string> { ["id"] = empty }, () => null), "of a factory without machines", HttpStatusCode.Conflict);
        await _recorder.SendAsync(_recorder.Contract["FollowPlan"], admin, new Call(new Dictionary<string, string> { ["id"] = empty }, () => null, "?untilVersion=1"), "of a factory without machines", HttpStatusCode.Conflict);
        await _recorder.SendAsync(_recorder.Contract["FollowPlan"], admin, new Call(new Dictionary<string, string> { ["id"] = KwunTongDemo.FactoryId }, () => null, "?untilVersion=0"), "until version 0", HttpStatusCode.BadRequest);
        var window = _world.NextDowntime();
        var downtime = new Call(new Dictionary<string, string> { ["id"] = _world.MachineId }, () => Json(window));
        await _recorder.SendAsync(_recorder.Contract["AddMachineDowntime"], admin, downtime, "for a new window", HttpStatusCode.Created);
        await _recorder.SendAsync(_recorder.Contract["AddMachineDowntime"], admin, downtime, "overlapping a window", HttpStatusCode.Conflict);
        var (operationId, machineId, start) = await _world.PinnableAsync();
        var night = new DateTimeOffset(start.Year, start.Month, start.Day, 15, 0, 0, TimeSpan.Zero).AddDays(1); // 23:00 in Hong Kong, outside every day shift
        await _recorder.SendAsync(_recorder.Contract["PinOperation"], admin, new Call(new Dictionary<string, string> { ["operationId"] = operationId }, () => Json(new { machineId, start = night })),
            "outside the machine's shifts", HttpStatusCode.Conflict);
        var draft = await admin.PostAsync("/api/v1/orders", Json(new { customerId = _world.CustomerId, status = "draft", factoryId = KwunTongDemo.FactoryId,
            lines = new[] { new { templateId = World.TemplateId, templateVersion = World.TemplateVersion, quantity = 1, parameters = new Dictionary<string, string> { ["length"] = "800 mm" } } } }));
        draft.EnsureSuccessStatusCode();
        var draftId = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await _recorder.SendAsync(_recorder.Contract["ExplainOrder"], admin, new Call(new Dictionary<string, string> { ["id"] = draftId }, () => null), "of a draft", HttpStatusCode.Conflict);
    }

    /// <summary>Wrong current passwords count like failed sign-ins: the fifth locks the account (429 with Retry-After).</summary>
    private async Task LockoutAsync()
    {
        using var guesser = await _host.UserAsync(Roles.Designer);
        var operation = _recorder.Contract["ChangePassword"];
        for (var i = 1; i <= 5; i++)
        {
            var call = new Call(new Dictionary<string, string>(), () => Json(new { currentPassword = $"wrong guess {i}", newPassword = "a new contract password" }));
            await _recorder.SendAsync(operation, guesser, call, $"with wrong current password {i}", i < 5 ? HttpStatusCode.BadRequest : HttpStatusCode.TooManyRequests);
        }
    }

    /// <summary>A published template whose material later changes unit no longer fits the catalogue: 409 wherever it is used.</summary>
    private async Task CatalogueNoLongerFitsTemplateAsync()
    {
        var admin = _world.Admin.Client;
        var material = _world.Seed("material");
        material["id"] = "mat_contract_filament";
        (await admin.PostAsync("/api/v1/materials", Json(material))).EnsureSuccessStatusCode();
        var yaml = ShippedTemplates.Find("phone-stand")!.Yaml
            .Replace("id: phone-stand", "id: contract-stand", StringComparison.Ordinal)
            .Replace("[mat_pla_filament, mat_petg_filament]", "[mat_contract_filament]", StringComparison.Ordinal)
            .Replace("default: mat_pla_filament", "default: mat_contract_filament", StringComparison.Ordinal);
        (await admin.PostAsync("/api/v1/templates", Yaml(yaml))).EnsureSuccessStatusCode();
        material["unit"] = "piece";
        material["densityKgPerM3"] = null;
        (await admin.PutAsync("/api/v1/materials/mat_contract_filament", Json(material))).EnsureSuccessStatusCode();

        var stand = new Dictionary<string, string> { ["id"] = "contract-stand", ["version"] = "1.0.0", ["fileName"] = "stand.stl" };
        foreach (var operation in new[] { "GetTemplate", "GetTemplateVersion", "GetTemplateSource", "DownloadDesignFile", "GetTemplatePassport", "GetTemplatePassportPackage" })
        {
            await _recorder.SendAsync(_recorder.Contract[operation], admin, new Call(stand, () => null), "after its material changed unit", HttpStatusCode.Conflict);
        }
        await _recorder.SendAsync(_recorder.Contract["CreateDesign"], admin, new Call(stand, () => Json("{}")), "after its material changed unit", HttpStatusCode.Conflict);
    }

    private JsonObject Resolve(JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? _recorder.Contract.Document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject()
            : schema.AsObject();

    private void Report(OpenApiContract contract)
    {
        var seen = _recorder.Seen;
        output.WriteLine($"{contract.Operations.Count} operations, {_recorder.Calls} calls, {seen.Count} (operation, status) pairs answered and documented.");
        foreach (var status in seen.Select(s => s.Status).Distinct().Order(StringComparer.Ordinal))
        {
            output.WriteLine($"  {status}: {seen.Count(s => s.Status == status)} operations");
        }
    }

    private static StringContent Json(object body) =>
        new(body as string ?? (body is JsonNode node ? node.ToJsonString() : JsonSerializer.Serialize(body, TestHost.Json)), Encoding.UTF8, "application/json");

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    /// <summary>Path values, a body (made anew for each request) and a query string (with its '?').</summary>
    internal sealed record Call(IReadOnlyDictionary<string, string> Path, Func<HttpContent?> Body, string Query = "", IReadOnlyDictionary<string, string>? Headers = null);

    internal sealed record Caller(string Role, HttpClient Client);

    /// <summary>Sends calls, checks each answer against the document, and remembers what was answered.</summary>
    private sealed class Recorder(OpenApiContract contract)
    {
        private readonly List<string> _failures = [];

        public OpenApiContract Contract { get; } = contract;

        public HashSet<(string Operation, string Status)> Seen { get; } = [];

        public IReadOnlyList<string> Failures => _failures;

        public int Calls { get; private set; }

        public void Fail(string failure) => _failures.Add(failure);

        public async Task SendAsync(OpenApiContract.Operation operation, HttpClient client, Call call, string description, HttpStatusCode? expected = null)
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Url(call.Path) + call.Query) { Content = call.Body() };
            foreach (var (name, value) in call.Headers ?? new Dictionary<string, string>())
            {
                request.Headers.Add(name, value);
            }
            using var response = await client.SendAsync(request);
            Calls++;
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (expected is { } wanted && response.StatusCode != wanted)
            {
                _failures.Add($"{operation.Id} ({operation}) {description}: expected {(int)wanted}, got {status}: {await response.Content.ReadAsStringAsync()}");
            }
            var failures = await Contract.CheckAsync(operation, response, description);
            _failures.AddRange(failures);
            if (failures.Count == 0 && operation.Statuses.Contains(status))
            {
                Seen.Add((operation.Id, status));
            }
        }
    }

    /// <summary>The data the calls need: a client per role, a customer with an order, the demo seed as JSON, a design's file.</summary>
    private sealed partial class World : IDisposable
    {
        public const string TemplateId = "wall-shelf";
        public const string TemplateVersion = "1.0.0";

        private readonly Dictionary<string, JsonObject> _seeds = new(StringComparer.Ordinal);

        private World(HttpClient anonymous, IReadOnlyList<Caller> callers)
        {
            Anonymous = anonymous;
            Callers = callers;
        }

        public HttpClient Anonymous { get; }

        public IReadOnlyList<Caller> Callers { get; }

        public Caller Admin => Callers.Single(c => c.Role == Roles.Admin);

        public string MachineId => KwunTongDemo.Machines[0].Id;

        public string SupplierId => KwunTongDemo.Suppliers[0].Id;

        public string MaterialId => KwunTongDemo.Materials[0].Id;

        public string CustomerId { get; private set; } = "";

        public string CustomerEmail { get; private set; } = "";

        public string OrderId { get; private set; } = "";

        public const string KnownPassword = "known password for contract";

        public string PlannerUserId { get; private set; } = "";

        public string AdminUserId { get; private set; } = "";

        public string ShelfFile { get; private set; } = "";

        public string AssessmentId { get; private set; } = "";

        /// <summary>A complete assessment of the shipped model: every dimension at level 2.</summary>
        public static object Assessment() => new
        {
            note = "contract",
            answers = Microfactory.Maturity.Model.ShippedModel.Read().Model!.Dimensions.Select(d => new { dimension = d.Id, level = 2 }).ToArray(),
        };

        public string ShelfQuery { get; private set; } = "";

        public string AlarmId { get; private set; } = "";

        /// <summary>A machine-down alarm of a printer no shelf uses: reported down, listed, then back to idle (the alarm stays, cleared).</summary>
        public async Task<string> NewAlarmAsync()
        {
            const string machineId = "mch_fdm_3";
            object State(string state) => new { factoryId = KwunTongDemo.FactoryId, machineId, kind = "state", id = Guid.NewGuid().ToString("N"), state, at = DateTimeOffset.UtcNow };
            (await Admin.Client.PostAsync("/api/v1/telemetry", Json(new { messages = new[] { State("down") } }))).EnsureSuccessStatusCode();
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                var page = await Admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/alarms?machineId={machineId}&state=all");
                if (page.GetProperty("items").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } alarm)
                {
                    await Task.Delay(5);
                    (await Admin.Client.PostAsync("/api/v1/telemetry", Json(new { messages = new[] { State("idle") } }))).EnsureSuccessStatusCode();
                    return alarm.GetProperty("id").GetString()!;
                }
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), $"No alarm after reporting {machineId} down: {page}");
                await Task.Delay(20);
            }
        }

        public static async Task<World> CreateAsync(TestHost host)
        {
            var customerId = await host.CreateCustomerAsync("Contract customer");
            var callers = new List<Caller> { new(Roles.Admin, host.Admin()) };
            foreach (var role in Roles.All.Where(r => r != Roles.Admin))
            {
                callers.Add(new Caller(role, await host.UserAsync(role, role == Roles.Customer ? customerId : null)));
            }
            var world = new World(host.Anonymous(), callers) { CustomerId = customerId, Execution = host.Service<Microfactory.Server.Features.Execution.ExecutionStore>() };
            var admin = world.Admin.Client;
            world.CustomerEmail = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customerId}")).GetProperty("email").GetString()!;
            foreach (var (kind, url) in new[]
            {
                ("factory", $"/api/v1/factories/{KwunTongDemo.FactoryId}"), ("machine", $"/api/v1/machines/{world.MachineId}"),
                ("supplier", $"/api/v1/suppliers/{world.SupplierId}"), ("material", $"/api/v1/materials/{world.MaterialId}"),
            })
            {
                world._seeds[kind] = JsonNode.Parse(await admin.GetStringAsync(url))!.AsObject();
            }
            var order = await admin.PostAsync("/api/v1/orders", Json(world.Order(customerId)));
            order.EnsureSuccessStatusCode();
            world.OrderId = (await order.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            world.QuoteId = await world.NewQuoteAsync();
            var assessment = await admin.PostAsync($"/api/v1/factories/{KwunTongDemo.FactoryId}/maturity/assessments", Json(Assessment()));
            assessment.EnsureSuccessStatusCode();
            world.AssessmentId = (await assessment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var planner = world.Callers.Single(c => c.Role == Roles.Planner).Client;
            world.PlannerUserId = (await planner.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetString()!;
            world.AdminUserId = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetString()!;
            var design = await admin.PostAsync($"/api/v1/templates/{TemplateId}/versions/{TemplateVersion}/designs", Json(new { parameters = new Dictionary<string, string> { ["length"] = "800 mm" } }));
            design.EnsureSuccessStatusCode();
            var download = new Uri(new Uri("http://host"), (await design.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("downloads")[0].GetProperty("url").GetString());
            world.ShelfFile = Uri.UnescapeDataString(download.AbsolutePath.Split('/')[^1]);
            world.ShelfQuery = download.Query;
            world.AlarmId = await world.NewAlarmAsync();
            return world;
        }

        public static string ShelfAs(string version) =>
            ShippedTemplates.Find(TemplateId)!.Yaml.Replace("version: 1.0.0", $"version: {version}", StringComparison.Ordinal);

        /// <summary>The demo record of <paramref name="kind"/> as the API gave it, which is also a valid input for it (without its id: a create).</summary>
        public JsonObject Seed(string kind, bool withId = true)
        {
            var copy = _seeds[kind].DeepClone().AsObject();
            if (!withId)
            {
                copy.Remove("id");
            }
            return copy;
        }

        public string QuoteId { get; private set; } = "";

        /// <summary>A quote request for one phone stand (the customer's own when <paramref name="customerId"/> is null).</summary>
        public object Quote(string? customerId, string? factoryId = null) => new
        {
            customerId,
            factoryId = factoryId ?? KwunTongDemo.FactoryId,
            lines = new[] { new { templateId = "phone-stand", templateVersion = "1.0.0", quantity = 1, parameters = new Dictionary<string, string>() } },
        };

        /// <summary>A new quote of the world's customer, made by the admin.</summary>
        public async Task<string> NewQuoteAsync()
        {
            var created = await Admin.Client.PostAsync("/api/v1/quotes", Json(Quote(CustomerId)));
            created.EnsureSuccessStatusCode();
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        /// <summary>A new submitted order of the world's customer, made by the admin (to cancel).</summary>
        public async Task<string> NewOrderAsync()
        {
            var created = await Admin.Client.PostAsync("/api/v1/orders", Json(Order(CustomerId)));
            created.EnsureSuccessStatusCode();
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        public object Order(string? customerId, string? status = null) => new
        {
            customerId,
            status,
            factoryId = KwunTongDemo.FactoryId,
            requestedDate = "2030-01-15",
            notes = "Contract test",
            lines = new[] { new { templateId = TemplateId, templateVersion = TemplateVersion, description = "Shelf", quantity = 2, parameters = new Dictionary<string, string> { ["length"] = "800 mm" } } },
        };

        /// <summary>Sets the caller's password to <see cref="KnownPassword"/> through the store, as an admin's reset would.</summary>
        public async Task ResetPasswordAsync(TestHost host, Caller caller)
        {
            var id = (await caller.Client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetString()!;
            var users = host.Service<Microfactory.Server.Access.UserStore>();
            var user = (await users.FindAsync(id, default))!;
            await users.SetPasswordHashAsync(id, host.Service<Microfactory.Server.Access.PasswordVerifier>().Hash(user, KnownPassword), default);
        }

        /// <summary>Publishes the shelf under a new id (as the admin) and returns the id.</summary>
        public async Task<string> NewTemplateAsync(string id)
        {
            var yaml = ShelfAs("1.0.0").Replace($"id: {TemplateId}", $"id: {id}", StringComparison.Ordinal);
            (await Admin.Client.PostAsync("/api/v1/templates", Yaml(yaml))).EnsureSuccessStatusCode();
            return id;
        }

        private int _downtimes;

        /// <summary>A downtime window of its own: a later hour for every call, far from any planned work.</summary>
        public object NextDowntime()
        {
            var from = new DateTimeOffset(2031, 3, 3, 0, 0, 0, TimeSpan.Zero).AddHours(2 * Interlocked.Increment(ref _downtimes));
            return new { from, to = from.AddHours(1), reason = "Contract maintenance" };
        }

        public async Task<string> NewDowntimeAsync()
        {
            var created = await Admin.Client.PostAsync($"/api/v1/machines/{MachineId}/downtime", Json(NextDowntime()));
            created.EnsureSuccessStatusCode();
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        /// <summary>Waits until the live plan holds the contract order's work.</summary>
        public async Task<JsonElement> OrderPlannedAsync()
        {
            var id = OrderId;
            return await PlanWatch.WaitForVersionAsync(Admin.Client, 0, p => PlanWatch.OperationsOf(p, id).Any());
        }

        /// <summary>The contract order's last inspection where the plan has it now (hours ahead, so pinning it there is valid).</summary>
        public async Task<(string OperationId, string MachineId, DateTimeOffset Start)> PinnableAsync()
        {
            var plan = await OrderPlannedAsync();
            var op = PlanWatch.OperationsOf(plan, OrderId).Where(o => o.GetProperty("stepId").GetString() == "inspect").MaxBy(o => o.GetProperty("start").GetDateTimeOffset());
            return (op.GetProperty("operationId").GetString()!, op.GetProperty("machineId").GetString()!, op.GetProperty("start").GetDateTimeOffset());
        }

        public async Task<string> PinnedAsync()
        {
            var (operationId, machineId, start) = await PinnableAsync();
            (await Admin.Client.PutAsync($"/api/v1/plan/operations/{operationId}/pin", Json(new { machineId, start }))).EnsureSuccessStatusCode();
            return operationId;
        }

        public Microfactory.Server.Features.Execution.ExecutionStore Execution { get; init; } = null!;

        /// <summary>The first operation of a new one-unit order, once the live plan holds it: free to start.</summary>
        public async Task<string> StartableAsync()
        {
            var created = await Admin.Client.PostAsync("/api/v1/orders", Json(new
            {
                customerId = CustomerId, factoryId = KwunTongDemo.FactoryId, requestedDate = "2030-01-15",
                lines = new[] { new { templateId = TemplateId, templateVersion = TemplateVersion, quantity = 1, parameters = new Dictionary<string, string> { ["length"] = "800 mm" } } },
            }));
            created.EnsureSuccessStatusCode();
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var plan = await PlanWatch.WaitForVersionAsync(Admin.Client, 0, p => PlanWatch.OperationsOf(p, id).Any());
            var first = PlanWatch.OperationsOf(plan, id).First(o => !o.GetProperty("after").EnumerateArray().Any());
            // A machine runs one operation at a time: finish what earlier calls left running on this one.
            foreach (var running in await Execution.ActiveOnMachineAsync(first.GetProperty("machineId").GetString()!, default))
            {
                (await Admin.Client.PostAsync($"/api/v1/operations/{running.OperationId}/finish", Json(new { good = 1, scrap = 0 }))).EnsureSuccessStatusCode();
            }
            return first.GetProperty("operationId").GetString()!;
        }

        /// <summary>A started operation of a new order, with its unit's serial number.</summary>
        public async Task<(string OperationId, string Serial)> RunningAsync()
        {
            var id = await StartableAsync();
            var started = await Admin.Client.PostAsync($"/api/v1/operations/{id}/start", Json(new { }));
            Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
            return (id, (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("serial").GetString()!);
        }

        private (string Serial, string FootprintId)? _completed;

        /// <summary>A unit made from start to finish by the operator API (once per world), and the id of its actual footprint.</summary>
        public async Task<(string Serial, string FootprintId)> FootprintOfCompletedUnitAsync()
        {
            if (_completed is { } done)
            {
                return done;
            }
            var (first, serial) = await RunningAsync();
            var order = (await Admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/operations/{first}")).GetProperty("orderId").GetString()!;
            (await Admin.Client.PostAsync($"/api/v1/operations/{first}/finish", Json(new { good = 1, scrap = 0 }))).EnsureSuccessStatusCode();
            var finished = new HashSet<string>(StringComparer.Ordinal) { first };
            var operations = PlanWatch.OperationsOf(await PlanWatch.WaitForVersionAsync(Admin.Client, 0, p => PlanWatch.OperationsOf(p, order).Any()), order).ToList();
            while (operations.FirstOrDefault(o => !finished.Contains(o.GetProperty("operationId").GetString()!)
                && o.GetProperty("after").EnumerateArray().All(a => finished.Contains(a.GetString()!))) is { ValueKind: JsonValueKind.Object } next)
            {
                var id = next.GetProperty("operationId").GetString()!;
                foreach (var running in await Execution.ActiveOnMachineAsync(next.GetProperty("machineId").GetString()!, default))
                {
                    (await Admin.Client.PostAsync($"/api/v1/operations/{running.OperationId}/finish", Json(new { good = 1, scrap = 0 }))).EnsureSuccessStatusCode();
                }
                (await Admin.Client.PostAsync($"/api/v1/operations/{id}/start", Json(new { }))).EnsureSuccessStatusCode();
                (await Admin.Client.PostAsync($"/api/v1/operations/{id}/finish", Json(new { good = 1, scrap = 0 }))).EnsureSuccessStatusCode();
                finished.Add(id);
            }
            for (var tries = 0; ; tries++)
            {
                var response = await Admin.Client.GetAsync($"/api/v1/units/{serial}/footprint");
                if (response.IsSuccessStatusCode)
                {
                    _completed = (serial, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
                    return _completed.Value;
                }
                Assert.True(tries < 600, $"Unit {serial} got no footprint: {await response.Content.ReadAsStringAsync()}");
                await Task.Delay(50);
            }
        }

        public async Task<string> PausedAsync()
        {
            var (id, _) = await RunningAsync();
            (await Admin.Client.PostAsync($"/api/v1/operations/{id}/pause", Json(new { }))).EnsureSuccessStatusCode();
            return id;
        }

        private bool _connected;

        /// <summary>A supplier PACT connection to a closed port of 127.0.0.1: a sync answers 200 with the error.</summary>
        public static object SupplierConnection() => new { baseUrl = $"https://127.0.0.1:{FreePort.Next()}/", clientId = "contract-buyer", clientSecret = "contract-secret-0000", enabled = false };

        /// <summary>The demo's sample PACT v3 footprint (the document the server ships for the demo).</summary>
        public static string SupplierFootprintDocument()
        {
            using var stream = typeof(Microfactory.Server.Startup.DemoSupplierFootprintSeeder).Assembly
                .GetManifestResourceStream("Microfactory.Server.Startup.DemoData.kt-metals-dc01-sample-footprint.json")!;
            return new StreamReader(stream).ReadToEnd();
        }

        /// <summary>The supplier, once it has a PACT connection.</summary>
        public async Task<string> ConnectedSupplierAsync()
        {
            if (!_connected)
            {
                (await Admin.Client.PutAsync($"/api/v1/suppliers/{SupplierId}/pact-connection", Json(SupplierConnection()))).EnsureSuccessStatusCode();
                _connected = true;
            }
            return SupplierId;
        }

        /// <summary>A fresh PACT API client (each revoke call needs one of its own).</summary>
        public async Task<string> NewPactClientAsync()
        {
            var created = await Admin.Client.PostAsync("/api/v1/pact/clients", Json(new { name = "Contract partner to revoke" }));
            created.EnsureSuccessStatusCode();
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientId").GetString()!;
        }

        public async Task<string> NewKeyAsync(HttpClient client)
        {
            var created = await client.PostAsync("/api/v1/api-keys", Json(new { name = "to revoke" }));
            created.EnsureSuccessStatusCode();
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        public void Dispose()
        {
            Anonymous.Dispose();
            foreach (var caller in Callers)
            {
                caller.Client.Dispose();
            }
        }
    }
}
