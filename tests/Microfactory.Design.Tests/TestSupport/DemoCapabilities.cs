using Microfactory.Design.Capabilities;

namespace Microfactory.Design.Tests.TestSupport;

/// <summary>Capabilities as the demo factory's machines offer them (enough for the sample and the shipped templates).</summary>
internal static class DemoCapabilities
{
    public static CapabilityCatalog Catalog { get; } = new(
    [
        "cap_laser_cut_metal", "cap_laser_cut_wood", "cap_bending", "cap_powder_coating", "cap_fdm_printing",
        "cap_assembly", "cap_inspection", "cap_welding", "cap_cnc_routing",
    ]);
}
