namespace Microfactory.Planning.Formats;

/// <summary>Text formats of public scheduling benchmarks.</summary>
public enum InstanceFormat
{
    /// <summary>Flexible job shop (Brandimarte, Hurink): machine numbers are 1-based.</summary>
    Fjs,

    /// <summary>Classic job shop in OR-Library format: machine numbers are 0-based.</summary>
    Jsp,
}
