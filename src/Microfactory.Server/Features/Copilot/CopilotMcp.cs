using Microfactory.Copilot.Tools;
using Microfactory.Server.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Server;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// The copilot's read tools as a Model Context Protocol server at <c>/mcp</c> (streamable HTTP, stateless), under the
/// API-key authentication of /api/v1. Each request gets the tools of the caller's role, bound to the caller, so an MCP
/// client sees what the caller would through the API (a customer only its own orders). Changing tools are left out:
/// they only propose, and a proposal's Confirm belongs to the copilot's own conversation.
/// </summary>
internal static class CopilotMcp
{
    public const string Path = "/mcp";

    public static IServiceCollection AddCopilotMcp(this IServiceCollection services)
    {
        services.AddMcpServer(o => o.ServerInfo = new() { Name = "microfactory-copilot", Version = "1.0.0" })
            .WithHttpTransport(o =>
            {
                o.Stateless = true;
                o.ConfigureSessionOptions = (context, options, _) =>
                {
                    var user = context.User.ToCaller().ToCopilotUser();
                    var tools = context.RequestServices.GetRequiredService<CopilotToolSet>();
                    options.ToolCollection = [];
                    foreach (var function in tools.AsAIFunctions(user).OfType<AIFunction>().Where(f => tools.Find(f.Name) is { ChangesState: false }))
                    {
                        options.ToolCollection.Add(McpServerTool.Create(function));
                    }
                    return Task.CompletedTask;
                };
            });
        return services;
    }

    public static WebApplication MapCopilotMcp(this WebApplication app)
    {
        app.MapMcp(Path)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiKeyAuthenticationHandler.SchemeName, Policy = Policies.AnyUser })
            .ExcludeFromDescription();
        return app;
    }
}
