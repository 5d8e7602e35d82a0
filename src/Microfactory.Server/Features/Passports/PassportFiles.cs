namespace Microfactory.Server.Features.Passports;

/// <summary>Names and media types of what a passport serves.</summary>
internal static class PassportFiles
{
    /// <summary>The design's specification file (parameters, BOM, routing), beside the geometry files.</summary>
    public const string DesignJson = "design.json";

    /// <summary>The AASX media type (IDTA-01005 Part 5).</summary>
    public const string AasxMediaType = "application/asset-administration-shell-package+xml";

    /// <summary>The download name of a unit's or a type's package.</summary>
    public static string AasxName(string name) => $"passport-{name}.aasx";
}
