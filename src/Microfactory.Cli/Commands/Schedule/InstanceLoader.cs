using Microfactory.Planning.Formats;
using Microfactory.Planning.Model;

namespace Microfactory.Cli.Commands.Schedule;

/// <summary>Reads an instance file, choosing the format from the option or the file extension.</summary>
internal static class InstanceLoader
{
    public static InstanceFormat? ParseFormat(string? text, string path) => text?.ToUpperInvariant() switch
    {
        "FJS" => InstanceFormat.Fjs,
        "JSP" => InstanceFormat.Jsp,
        null => Path.GetExtension(path).Equals(".fjs", StringComparison.OrdinalIgnoreCase) ? InstanceFormat.Fjs : InstanceFormat.Jsp,
        _ => null,
    };

    public static async Task<InstanceResult> LoadAsync(string path, InstanceFormat format, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return InstanceResult.Failure($"{path}: file not found");
        }
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var result = InstanceParser.Parse(text, format, Path.GetFileNameWithoutExtension(path));
        return result.IsSuccess ? result : InstanceResult.Failure($"{path}: {result.Error}");
    }
}
