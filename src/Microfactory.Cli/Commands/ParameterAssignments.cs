namespace Microfactory.Cli.Commands;

/// <summary>The <c>--set name=value</c> values of a command as a dictionary; null and a message for the first that is not name=value.</summary>
internal static class ParameterAssignments
{
    public static (Dictionary<string, string>? Values, string? Error) Parse(IEnumerable<string> assignments)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return (null, $"--set '{assignment}' must be name=value");
            }
            values[assignment[..equals].Trim()] = assignment[(equals + 1)..];
        }
        return (values, null);
    }
}
