using System.Net;
using Microfactory.Server.Access;
using Microfactory.Server.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Microfactory.Server.Tests.Access;

/// <summary>The throttle on failed sign-ins, against SQLite and PostgreSQL, with time moved by a fake clock.</summary>
public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static SignInThrottle Throttle(TestDatabase db, TimeProvider time) =>
        new(new SignInThrottleStore(db.Database), Options.Create(new SignInSettings()), new WallClock(time));

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RecordFailure_FifthWithinTheWindow_LocksTheAccountUntilTheLockoutEnds(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var time = new FakeTimeProvider(Start);
        var throttle = Throttle(db, time);
        for (var i = 1; i <= 4; i++)
        {
            Assert.Null(await throttle.RecordFailureAsync("Mei@Example.com ", "203.0.113.7", default));
            time.Advance(TimeSpan.FromMinutes(2));
        }
        Assert.Null(await throttle.ActiveLockAsync("mei@example.com", "203.0.113.7", default));

        var locked = await throttle.RecordFailureAsync("mei@example.com", "203.0.113.7", default);
        Assert.Equal(new SignInLock(SignInThrottle.AccountScope, Start.AddMinutes(8 + 15)), locked);
        // Every spelling of the e-mail and every client is locked out of the account.
        Assert.Equal(locked, await throttle.ActiveLockAsync(" MEI@example.com", "198.51.100.1", default));

        time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.NotNull(await throttle.ActiveLockAsync("mei@example.com", "203.0.113.7", default));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await throttle.ActiveLockAsync("mei@example.com", "203.0.113.7", default));

        // After the lockout the count starts again.
        Assert.Null(await throttle.RecordFailureAsync("mei@example.com", "203.0.113.7", default));
        Assert.Equal(1, await new SignInThrottleStore(db.Database).FailuresAsync(SignInThrottle.AccountScope, "mei@example.com", default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RecordFailure_SpreadOverMoreThanTheWindow_DoesNotLock(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var time = new FakeTimeProvider(Start);
        var throttle = Throttle(db, time);
        for (var i = 0; i < 4; i++)
        {
            Assert.Null(await throttle.RecordFailureAsync("slow@example.com", "203.0.113.8", default));
        }
        time.Advance(TimeSpan.FromMinutes(15));
        for (var i = 0; i < 4; i++)
        {
            Assert.Null(await throttle.RecordFailureAsync("slow@example.com", "203.0.113.8", default));
        }
        Assert.Null(await throttle.ActiveLockAsync("slow@example.com", "203.0.113.8", default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RecordFailure_ManyAccountsFromOneClient_LocksTheClientOnly(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var time = new FakeTimeProvider(Start);
        var throttle = Throttle(db, time);
        SignInLock? last = null;
        for (var i = 1; i <= 20; i++)
        {
            last = await throttle.RecordFailureAsync($"user{i}@example.com", "2001:db8:1:2:aaaa::1", default);
            Assert.True((i < 20) == (last is null), $"failure {i} gave lock {last}");
        }
        Assert.Equal(SignInThrottle.ClientScope, last!.Scope);
        Assert.Equal(SignInThrottle.ClientScope, (await throttle.ActiveLockAsync("new@example.com", "2001:db8:1:2:aaaa::1", default))!.Scope);
        // Another client may still sign in to those accounts.
        Assert.Null(await throttle.ActiveLockAsync("user1@example.com", "203.0.113.9", default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RecordSuccess_ClearsTheAccountButNotTheClient(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var time = new FakeTimeProvider(Start);
        var throttle = Throttle(db, time);
        var store = new SignInThrottleStore(db.Database);
        for (var i = 0; i < 4; i++)
        {
            await throttle.RecordFailureAsync("kim@example.com", "203.0.113.10", default);
        }
        await throttle.RecordSuccessAsync("kim@example.com", default);
        Assert.Equal(0, await store.FailuresAsync(SignInThrottle.AccountScope, "kim@example.com", default));
        Assert.Equal(4, await store.FailuresAsync(SignInThrottle.ClientScope, "203.0.113.10", default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ActiveLock_NewThrottleOverTheSameDatabase_StillLocked(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var time = new FakeTimeProvider(Start);
        for (var i = 0; i < 5; i++)
        {
            await Throttle(db, time).RecordFailureAsync("restart@example.com", "203.0.113.11", default);
        }
        await using var reopened = new Microfactory.Server.Storage.Database(db.ConnectionString);
        var afterRestart = new SignInThrottle(new SignInThrottleStore(reopened), Options.Create(new SignInSettings()), new WallClock(time));
        Assert.Equal(SignInThrottle.AccountScope, (await afterRestart.ActiveLockAsync("restart@example.com", "203.0.113.99", default))!.Scope);
    }

    [Theory]
    [InlineData("203.0.113.5", "203.0.113.5")]
    [InlineData("::ffff:203.0.113.5", "203.0.113.5")]
    [InlineData("2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64")]
    [InlineData("2001:db8:aa:bb:ffff::9", "2001:db8:aa:bb::/64")]
    public void ClientKey_GroupsAnIPv6HostByIts64(string address, string key) =>
        Assert.Equal(key, SignInThrottle.ClientKey(IPAddress.Parse(address)));

    [Fact]
    public void Message_SaysLockedAndWhenInUtcRoundedUp_AndNothingAboutTheAccount()
    {
        var now = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var message = new SignInLock(SignInThrottle.AccountScope, now.AddMinutes(14).AddSeconds(10)).Message(now);
        Assert.Equal("Sign-in for this e-mail is temporarily locked after too many failed attempts. Try again after 09:15 UTC (in 15 minutes).", message);
        Assert.Equal(851, new SignInLock(SignInThrottle.AccountScope, now.AddMinutes(14).AddSeconds(10.2)).RetryAfterSeconds(now));
    }
}
