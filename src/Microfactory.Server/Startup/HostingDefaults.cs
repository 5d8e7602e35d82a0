using Microsoft.Extensions.Logging.Console;

namespace Microfactory.Server.Startup;

/// <summary>
/// Host settings with a default that must give way to the standard ones: the listening address
/// (<c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>, <c>--urls</c>, <c>Kestrel:Endpoints</c>; otherwise
/// http://localhost:5080) and the console log format (<c>Logging:Console:FormatterName</c>; otherwise plain text on a
/// terminal, so "Now listening on …" can be read, and JSON lines when the output goes to a file or a log collector).
/// </summary>
internal static class HostingDefaults
{
    public const string DefaultUrl = "http://localhost:5080";

    public static void Apply(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (!AddressConfigured(configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        if (string.IsNullOrWhiteSpace(configuration["Logging:Console:FormatterName"]))
        {
            var formatter = Console.IsOutputRedirected ? ConsoleFormatterNames.Json : ConsoleFormatterNames.Simple;
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = formatter);
        }
        // The plain format writes the timestamp straight before the level: keep a space between them.
        builder.Services.PostConfigure<SimpleConsoleFormatterOptions>(o =>
        {
            if (o.TimestampFormat is { Length: > 0 } format && !format.EndsWith(' '))
            {
                o.TimestampFormat = format + " ";
            }
        });
    }

    /// <summary>Whether any of the standard settings names an address (the environment's ASPNETCORE_/DOTNET_ prefixes are already stripped).</summary>
    public static bool AddressConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
