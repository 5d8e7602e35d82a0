using Microfactory.Simulation.Model;
using Microfactory.Simulation.Randomness;

namespace Microfactory.Simulation.Tests.Randomness;

public sealed class SamplerTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0)]
    [InlineData(3.0)]
    public void Draw_LogNormal_HasTheMeanAndNeverGoesBelowTheMinimum(double cv)
    {
        var random = new RandomStream(5, 1);
        var draws = Enumerable.Range(0, 200_000).Select(_ => (double)Sampler.Draw(Distribution.LogNormal(1000, cv), random, 1)).ToList();

        Assert.InRange(draws.Average(), 1000 * (1 - (0.02 * Math.Max(1, cv))), 1000 * (1 + (0.02 * Math.Max(1, cv))));
        Assert.All(draws, d => Assert.True(d >= 1));
    }

    [Fact]
    public void Noisy_ZeroCv_IsExactAndDrawsNothing()
    {
        var random = new RandomStream(5, 1);
        var untouched = new RandomStream(5, 1);

        Assert.Equal(37, Sampler.Noisy(37, 0, random, 1));
        Assert.Equal(untouched.NextUInt64(), random.NextUInt64());
    }

    [Fact]
    public void RandomStream_SameSeedAndStream_RepeatsAndOtherStreamsDiffer()
    {
        var a = new RandomStream(9, 3);
        var b = new RandomStream(9, 3);
        var c = new RandomStream(9, 4);

        var first = Enumerable.Range(0, 100).Select(_ => a.NextUInt64()).ToList();

        Assert.Equal(first, Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
        Assert.NotEqual(first, Enumerable.Range(0, 100).Select(_ => c.NextUInt64()));
        Assert.All(Enumerable.Range(0, 10_000).Select(_ => a.NextDouble()), u => Assert.InRange(u, 0, 1 - 1e-17));
    }
}
