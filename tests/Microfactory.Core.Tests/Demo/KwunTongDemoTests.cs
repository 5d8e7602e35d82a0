using Microfactory.Core.Demo;
using Microfactory.Core.Ids;

namespace Microfactory.Core.Tests.Demo;

public sealed class KwunTongDemoTests
{
    [Fact]
    public void Machines_AtLeastEightOverAtLeastFiveCapabilities_AllKnown()
    {
        Assert.True(KwunTongDemo.Machines.Length >= 8);
        var known = KwunTongDemo.Capabilities.Select(c => c.Id).ToHashSet();
        var used = KwunTongDemo.Machines.SelectMany(m => m.Capabilities).ToHashSet();
        Assert.True(used.Count >= 5);
        Assert.Subset(known, used);
        Assert.All(KwunTongDemo.Machines, m =>
        {
            Assert.True(EntityIds.IsValid(IdPrefix.Machine, m.Id), m.Id);
            Assert.Equal(KwunTongDemo.FactoryId, m.FactoryId);
            Assert.InRange(m.IdlePowerKw, 0, m.WorkingPowerKw);
            Assert.True(m.HourlyRate > 0);
            Assert.True(m.Calendar.WeeklyMinutes > 0);
        });
        Assert.Equal(KwunTongDemo.Machines.Length, KwunTongDemo.Machines.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public void Materials_AtLeastTwelveWithNamedSourcesAndKnownSuppliers()
    {
        Assert.True(KwunTongDemo.Materials.Length >= 12);
        var suppliers = KwunTongDemo.Suppliers.Select(s => s.Id).ToHashSet();
        Assert.All(KwunTongDemo.Materials, m =>
        {
            Assert.True(EntityIds.IsValid(IdPrefix.Material, m.Id), m.Id);
            Assert.False(string.IsNullOrWhiteSpace(m.EmissionFactorSource));
            Assert.True(m.KgCo2ePerUnit > 0);
            Assert.Contains(m.SupplierId, suppliers);
            Assert.InRange(m.RecycledContentPercent, 0, 100);
        });
    }

    [Fact]
    public void Factory_HasThreeSuppliersAndA24HourProfileInHourOrder()
    {
        Assert.Equal(3, KwunTongDemo.Suppliers.Length);
        Assert.Equal(Enumerable.Range(0, 24), KwunTongDemo.Factory.EnergyProfile.Select(r => r.Hour));
        Assert.All(KwunTongDemo.Factory.EnergyProfile, r => Assert.InRange(r.GridKgCo2ePerKwh, 0.2, 0.8));
        Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(KwunTongDemo.Factory.TimeZoneId, out _));
    }
}
