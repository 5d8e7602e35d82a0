using Microfactory.Core.Demo;
using Microfactory.Server.Features.Capabilities;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Suppliers;

namespace Microfactory.Server.Startup;

/// <summary>
/// Puts the Kwun Tong demo microfactory into a database that has no factory yet. Every insert skips
/// rows that already exist, so running it twice (or after a crash half-way) changes nothing.
/// </summary>
internal sealed class DemoSeeder(
    FactoryStore factories,
    CapabilityStore capabilities,
    SupplierStore suppliers,
    MaterialStore materials,
    MachineStore machines,
    TimeProvider time,
    ILogger<DemoSeeder> logger)
{
    /// <summary>Seeds when the database holds no factory, or completes a seed that was interrupted; returns whether anything was written.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        var (existing, _) = await factories.ListAsync(0, 1, cancellationToken);
        if (existing.Count > 0 && existing[0].Id != KwunTongDemo.FactoryId)
        {
            return false;
        }
        var now = time.GetUtcNow();
        var written = await factories.InsertAsync(KwunTongDemo.Factory, now, cancellationToken);
        foreach (var capability in KwunTongDemo.Capabilities)
        {
            written |= await capabilities.InsertAsync(capability, cancellationToken);
        }
        foreach (var supplier in KwunTongDemo.Suppliers)
        {
            written |= await suppliers.InsertAsync(supplier, now, cancellationToken);
        }
        foreach (var material in KwunTongDemo.Materials)
        {
            written |= await materials.InsertAsync(material, now, cancellationToken);
        }
        foreach (var machine in KwunTongDemo.Machines)
        {
            written |= await machines.InsertAsync(machine, now, cancellationToken);
        }
        if (written)
        {
            logger.LogInformation(
                "Seeded the demo microfactory {Factory}: {Machines} machines, {Capabilities} capabilities, {Materials} materials, {Suppliers} suppliers",
                KwunTongDemo.Factory.Name, KwunTongDemo.Machines.Length, KwunTongDemo.Capabilities.Length, KwunTongDemo.Materials.Length, KwunTongDemo.Suppliers.Length);
        }
        return written;
    }
}
