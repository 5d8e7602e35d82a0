using Microfactory.Core.Validation;

namespace Microfactory.Core.Tests.Validation;

public sealed class FieldErrorsTests
{
    [Fact]
    public void Range_OutsideOrMissingOrNaN_NamesFieldAndBounds()
    {
        var errors = new FieldErrors();
        errors.Range("workingPowerKw", 2500d, 0, 2000);
        errors.Range("idlePowerKw", (double?)null, 0, 2000);
        errors.Range("latitude", double.NaN, -90, 90);
        errors.Range("optional", (double?)null, 0, 1, required: false);
        Assert.Equal(
            ["workingPowerKw must be between 0 and 2000.", "idlePowerKw is required.", "latitude must be between -90 and 90."],
            errors.Errors.Select(e => e.Message));
        Assert.Equal(["workingPowerKw", "idlePowerKw", "latitude"], errors.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Text_BlankOrTooLong_IsRefused()
    {
        var errors = new FieldErrors();
        errors.Text("name", "   ", 10);
        errors.Text("model", new string('x', 11), 10);
        errors.Text("notes", null, 10, required: false);
        Assert.Equal(["name is required.", "model must be at most 10 characters long."], errors.Errors.Select(e => e.Message));
    }

    [Fact]
    public void OneOf_UnknownValue_ListsTheAllowedOnes()
    {
        var errors = new FieldErrors();
        errors.OneOf("unit", "ton", ["kg", "m2"]);
        Assert.Equal("unit must be one of: kg, m2.", Assert.Single(errors.Errors).Message);
        Assert.False(errors.IsEmpty);
    }
}
