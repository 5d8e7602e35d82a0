using Microfactory.Core.Demo;
using Microfactory.Design.Materials;
using Microfactory.Server.Features.Templates;

namespace Microfactory.Cli.Commands.Template;

/// <summary>
/// The demo factory's materials, for validating and rendering template files on the command line
/// without a database; <c>mf template publish</c> checks against the platform's own materials instead.
/// </summary>
internal static class DemoMaterialCatalog
{
    public static IMaterialCatalog Create() => DesignMaterials.ToCatalog(KwunTongDemo.Materials);
}
