namespace Microfactory.Simulation.Randomness;

/// <summary>
/// A seeded pseudo-random stream (xoshiro256**, seeded through SplitMix64). Written here rather
/// than taken from <see cref="System.Random"/> so that the sequence is fixed by this code, not
/// by the runtime version. Each machine owns its own streams, so one machine's draws never
/// shift another's.
/// </summary>
internal sealed class RandomStream
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>A stream for (<paramref name="seed"/>, <paramref name="stream"/>): distinct streams are independent for practical purposes.</summary>
    public RandomStream(long seed, ulong stream)
    {
        var x = unchecked((ulong)seed ^ (stream * 0xD1B54A32D192ED03UL));
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1), 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
