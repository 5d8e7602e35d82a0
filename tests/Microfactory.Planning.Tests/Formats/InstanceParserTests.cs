using Microfactory.Planning.Formats;

namespace Microfactory.Planning.Tests.Formats;

public sealed class InstanceParserTests
{
    [Fact]
    public void Parse_Fjs_ConvertsOneBasedMachinesAndKeepsOptions()
    {
        var result = InstanceParser.Parse("2 3 1.5\n2 2 1 5 3 4 1 2 7\n1 1 3 9\n", InstanceFormat.Fjs, "tiny");

        Assert.True(result.IsSuccess, result.Error);
        var instance = result.Instance;
        Assert.Equal(3, instance.Machines.Count);
        Assert.Equal(3, instance.OperationCount);
        var first = instance.Jobs[0].Operations[0].Options;
        Assert.Equal([(0, 5L), (2, 4L)], first.Select(o => (o.Machine, o.DurationTicks)));
        Assert.Equal(1, instance.Jobs[0].Operations[1].Options[0].Machine);
        Assert.Equal(2, instance.Jobs[1].Operations[0].Options[0].Machine);
    }

    [Fact]
    public void Parse_Jsp_KeepsZeroBasedMachines()
    {
        var result = InstanceParser.Parse("2 2\n0 3 1 2\n1 4 0 1\n", InstanceFormat.Jsp, "tiny");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(1, result.Instance.Jobs[1].Operations[0].Options[0].Machine);
        Assert.Equal(4, result.Instance.Jobs[1].Operations[0].Options[0].DurationTicks);
    }

    [Theory]
    [InlineData("2 3\n1 1 4 5\n1 1 1 2\n", "line 2: machine 4")]
    [InlineData("2 3\n1 1 1 5\n", "line 1: header announces 2 jobs")]
    [InlineData("1 3\n2 1 1 5\n", "line 2: missing machine count of operation 2")]
    [InlineData("1 3\n1 1 1 x\n", "line 2, number 4: duration of operation 1")]
    [InlineData("", "line 1: the file is empty")]
    public void Parse_MalformedFjs_FailsNamingTheLine(string text, string expected)
    {
        var result = InstanceParser.Parse(text, InstanceFormat.Fjs, "bad");

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JspWithWrongPairCount_FailsNamingTheLine()
    {
        var result = InstanceParser.Parse("2 2\n0 3 1 2\n1 4\n", InstanceFormat.Jsp, "bad");

        Assert.False(result.IsSuccess);
        Assert.Contains("line 3: expected 2 'machine duration' pairs", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Mk01_HasPublishedDimensions()
    {
        var instance = TestInstances.Load(Path.Combine("fjsp", "brandimarte", "mk01.fjs"));

        Assert.Equal(10, instance.Jobs.Count);
        Assert.Equal(6, instance.Machines.Count);
        Assert.Equal(55, instance.OperationCount);
    }

    [Fact]
    public void Parse_EveryShippedInstance_Succeeds()
    {
        foreach (var file in TestInstances.AllFiles())
        {
            Assert.True(TestInstances.Load(file).OperationCount > 0, file);
        }
    }
}
