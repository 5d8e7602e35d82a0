namespace Microfactory.Passport.Packaging;

/// <summary>Relationship types and part names of the AASX package format, IDTA-01005-3-0 (Part 5) §4 and its file name conventions.</summary>
public static class AasxRelationships
{
    /// <summary>The namespace of the AASX relationship types. Older packages used <c>http://www.admin-shell.io/...</c>; the
    /// reader accepts that too, the writer never writes it.</summary>
    public const string Namespace = "http://admin-shell.io/aasx/relationships/";

    /// <summary>Package root → the origin part (exactly one).</summary>
    public const string AasxOrigin = Namespace + "aasx-origin";

    /// <summary>Origin part → the file holding the environment (one or more).</summary>
    public const string AasSpec = Namespace + "aas-spec";

    /// <summary>Environment file → a supplementary file that a File element refers to.</summary>
    public const string AasSuppl = Namespace + "aas-suppl";

    /// <summary>The origin part; its text is "Intentionally empty" as in the official packages.</summary>
    public const string OriginPath = "/aasx/aasx-origin";

    /// <summary>The environment part, named as Part 5's file name conventions say (<c>/aasx/data.json</c>).</summary>
    public const string SpecPath = "/aasx/data.json";

    /// <summary>The MIME type of an AASX package (provisional in Part 5; IANA has since registered <c>application/aas+zip</c>).</summary>
    public const string PackageContentType = "application/asset-administration-shell-package";

    internal const string LegacyNamespace = "http://www.admin-shell.io/aasx/relationships/";
}
