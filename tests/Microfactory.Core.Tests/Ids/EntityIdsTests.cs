using Microfactory.Core.Ids;

namespace Microfactory.Core.Tests.Ids;

public sealed class EntityIdsTests
{
    [Theory]
    [InlineData("mch_fdm_1", true)]
    [InlineData("mch_", false)]
    [InlineData("mch_Upper", false)]
    [InlineData("mat_fdm_1", false)]
    [InlineData("mch fdm", false)]
    [InlineData(null, false)]
    public void IsValid_ChecksPrefixAndBody(string? id, bool expected) => Assert.Equal(expected, EntityIds.IsValid(IdPrefix.Machine, id));

    [Fact]
    public void IsValid_BodyLongerThanSixty_IsRefused() =>
        Assert.False(EntityIds.IsValid(IdPrefix.Order, "ord_" + new string('a', 61)));

    [Fact]
    public void Create_TenBytes_GivesSixteenCharacterBodyThatIsValid()
    {
        var id = EntityIds.Create(IdPrefix.Order, [0, 1, 2, 3, 4, 5, 6, 7, 8, 255]);
        Assert.Equal("ord_".Length + 16, id.Length);
        Assert.True(EntityIds.IsValid(IdPrefix.Order, id));
        Assert.Equal(id, EntityIds.Create(IdPrefix.Order, [0, 1, 2, 3, 4, 5, 6, 7, 8, 255]));
        Assert.NotEqual(id, EntityIds.Create(IdPrefix.Order, [0, 1, 2, 3, 4, 5, 6, 7, 8, 254]));
    }

    [Fact]
    public void Create_WrongByteCount_Throws() =>
        Assert.Throws<ArgumentException>(() => EntityIds.Create(IdPrefix.Order, [1, 2, 3]));
}
