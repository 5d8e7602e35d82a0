using System.CommandLine;
using Microfactory.Server;
using Microsoft.Extensions.Hosting;

namespace Microfactory.Cli.Commands;

/// <summary><c>mf serve</c>: runs the platform (API, web UI, background work) in this process until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, e.g. 'http://0.0.0.0:8080'. Default: http://localhost:5080." };
        var connection = ServerConnection.ConnectionStringOption();
        var noDemo = new Option<bool>("--no-demo") { Description = "Do not seed the Kwun Tong demo factory into an empty database." };
        var command = new Command("serve", "Run the Microfactory server: REST API under /api/v1, web UI, /health and /openapi/v1.json.")
        {
            urls, connection, noDemo,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var args = new List<string>();
            if (result.GetValue(urls) is { } u)
            {
                args.Add($"--urls={u}");
            }
            if (result.GetValue(connection) is { } c)
            {
                args.Add($"--{MicrofactoryOptions.Section}:{nameof(MicrofactoryOptions.ConnectionString)}={c}");
            }
            if (result.GetValue(noDemo))
            {
                args.Add($"--{MicrofactoryOptions.Section}:Seed:Demo=false");
            }
            try
            {
                await using var app = ServerApp.Build([.. args]);
                await app.InitialiseAsync(context.Output, cancellationToken);
                await app.StartAsync(cancellationToken);
                await app.WaitForShutdownAsync(cancellationToken);
                return 0;
            }
            catch (IOException ex)
            {
                await context.Error.WriteLineAsync($"mf serve: {ex.Message} Is another server already listening? Choose another address with --urls.");
                return CliApp.Failure;
            }
            catch (InvalidOperationException ex)
            {
                await context.Error.WriteLineAsync($"mf serve: {ex.Message}");
                return CliApp.Failure;
            }
        });
        return command;
    }
}
