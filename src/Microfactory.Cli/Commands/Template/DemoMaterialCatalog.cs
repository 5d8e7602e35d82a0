using Microfactory.Core.Demo;
using Microfactory.Design.Capabilities;
using Microfactory.Design.Materials;
using Microfactory.Server.Features.Templates;

namespace Microfactory.Cli.Commands.Template;

/// <summary>
/// The demo factory's materials and capabilities, for validating and rendering template files on the command line
/// without a database; <c>mf template publish</c> checks against the platform's own materials instead.
/// </summary>
internal static class DemoMaterialCatalog
{
    public static IMaterialCatalog Create() => DesignMaterials.ToCatalog(KwunTongDemo.Materials, KwunTongDemo.Factory.Currency);

    /// <summary>The demo factory's capabilities, which publishing checks routings against.</summary>
    public static CapabilityCatalog Capabilities() => new(KwunTongDemo.Capabilities.Select(c => c.Id));
}
