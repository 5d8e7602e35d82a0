using System.Security.Cryptography;
using System.Text;

namespace Microfactory.Server.Components;

/// <summary>
/// The page's import map (bare <c>three</c> imports to the npm copy under /lib). Browsers only read import maps
/// inline, so App.razor writes this exact text and the Content-Security-Policy allows it by its SHA-256 hash.
/// </summary>
internal static class ImportMap
{
    public const string Json = """{ "imports": { "three": "/lib/three/three.module.js", "three/addons/": "/lib/three/addons/", "echarts": "/lib/echarts/echarts.esm.min.js", "vis-timeline": "/lib/vis-timeline/vis-timeline-graph2d.min.js", "vis-data/peer/esm/vis-data.js": "/lib/vis-data/vis-data.min.js", "moment": "/lib/moment/moment.js" } }""";

    /// <summary>The CSP source that allows exactly this import map, e.g. <c>'sha256-…'</c>.</summary>
    public static string HashSource { get; } = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Json)))}'";
}
