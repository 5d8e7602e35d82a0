using Microfactory.Core.Access;
using Microfactory.Server.Access;
using Microfactory.Server.Application;
using Microfactory.Server.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Microfactory.Server.Tests.Access;

/// <summary>Password sign-in: the same work for unknown and known e-mails, lockout before any password check, sessions on success.</summary>
public sealed class SignInServiceTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly CountingHasher _hasher = new();
    private TestDatabase _db = null!;
    private UserStore _users = null!;
    private SessionStore _sessions = null!;
    private SignInService _signIn = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync("sqlite");
        _users = new UserStore(_db.Database);
        _sessions = new SessionStore(_db.Database);
        var options = Options.Create(new SignInSettings());
        var throttle = new SignInThrottle(new SignInThrottleStore(_db.Database), options, new WallClock(_time));
        _signIn = new SignInService(_users, _sessions, new PasswordVerifier(_hasher), throttle, new IdFactory(), options, new WallClock(_time), NullLogger<SignInService>.Instance);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task SignIn_UnknownEmail_VerifiesAgainstADummyHashLikeAKnownOne()
    {
        await AddUserAsync("known@example.com");
        _hasher.Verifications = 0;

        var unknown = await _signIn.SignInAsync("nobody@example.com", Password, "203.0.113.1", null, default);
        Assert.Equal(SignInStatus.WrongCredentials, unknown.Status);
        Assert.Equal(1, _hasher.Verifications);
        // The dummy hash is a real hash of the same kind as the user's: same format, algorithm, iteration count and salt length.
        Assert.Equal(Header(_hasher.LastHash), Header(_hasher.LastVerifiedHash));

        var known = await _signIn.SignInAsync("known@example.com", "wrong password!", "203.0.113.1", null, default);
        Assert.Equal(SignInStatus.WrongCredentials, known.Status);
        Assert.Equal(2, _hasher.Verifications);
    }

    [Fact]
    public async Task SignIn_WhileLocked_RefusesWithoutCheckingThePasswordAndAcceptsItAfterTheLockout()
    {
        await AddUserAsync("locked@example.com");
        for (var i = 1; i <= 5; i++)
        {
            var failed = await _signIn.SignInAsync("locked@example.com", $"guess {i}", "203.0.113.2", null, default);
            Assert.Equal(SignInStatus.WrongCredentials, failed.Status);
            Assert.Equal(i == 5, failed.Lock is not null);
        }
        _hasher.Verifications = 0;
        var refused = await _signIn.SignInAsync("locked@example.com", Password, "203.0.113.2", null, default);
        Assert.Equal(SignInStatus.Locked, refused.Status);
        Assert.Equal(Start.AddMinutes(15), refused.Lock!.Until);
        Assert.Equal(0, _hasher.Verifications);

        _time.Advance(TimeSpan.FromMinutes(15));
        var accepted = await _signIn.SignInAsync("locked@example.com", Password, "203.0.113.2", "Firefox", default);
        Assert.Equal(SignInStatus.Succeeded, accepted.Status);
        Assert.Equal("203.0.113.2 · Firefox", accepted.Session!.Client);
    }

    [Fact]
    public async Task SignIn_UnknownAndKnownEmail_LockAlike()
    {
        await AddUserAsync("exists@example.com");
        SignInOutcome? lastKnown = null, lastUnknown = null;
        for (var i = 0; i < 6; i++)
        {
            lastKnown = await _signIn.SignInAsync("exists@example.com", "wrong", $"198.51.100.{i}", null, default);
            lastUnknown = await _signIn.SignInAsync("missing@example.com", "wrong", $"198.51.100.{i}", null, default);
        }
        Assert.Equal(SignInStatus.Locked, lastKnown!.Status);
        Assert.Equal(lastKnown, lastUnknown);
    }

    [Fact]
    public async Task SignIn_Success_OpensALiveSessionAndDisabledUsersGetNone()
    {
        var user = await AddUserAsync("ok@example.com");
        var result = await _signIn.SignInAsync("OK@example.com", Password, "203.0.113.3", null, default);
        Assert.Equal(SignInStatus.Succeeded, result.Status);
        Assert.Equal(user.Id, result.User!.Id);
        Assert.NotNull(await _sessions.FindLiveAsync(result.Session!.Id, _time.GetUtcNow(), _time.GetUtcNow().AddHours(-8), default));

        await _users.UpdateAsync(user.Id, null, disabled: true, _time.GetUtcNow(), default);
        Assert.Null(await _sessions.FindLiveAsync(result.Session.Id, _time.GetUtcNow(), _time.GetUtcNow().AddHours(-8), default));
        var disabled = await _signIn.SignInAsync("ok@example.com", Password, "203.0.113.3", null, default);
        Assert.Equal(SignInStatus.Disabled, disabled.Status);
        Assert.Null(disabled.Session);
    }

    [Fact]
    public async Task Session_UnusedForTheIdleTimeout_IsNoLongerLive()
    {
        await AddUserAsync("idle@example.com");
        var session = (await _signIn.SignInAsync("idle@example.com", Password, "203.0.113.4", null, default)).Session!;
        _time.Advance(TimeSpan.FromHours(8));
        Assert.Null(await _sessions.FindLiveAsync(session.Id, _time.GetUtcNow(), _time.GetUtcNow().AddHours(-8), default));
    }

    // ASP.NET Core Identity's v3 format: marker byte, PRF, iteration count and salt length come before the salt.
    private static string Header(string hash) => Convert.ToHexString(Convert.FromBase64String(hash).AsSpan(0, 13));

    private async Task<UserAccount> AddUserAsync(string email)
    {
        var user = new UserAccount($"usr_{Guid.NewGuid():N}"[..20], email, "Test user", Role.Designer, null, null, Start, null);
        user = user with { PasswordHash = _hasher.HashPassword(user, Password) };
        Assert.True(await _users.InsertAsync(user, default));
        return user;
    }

    /// <summary>The platform's hasher, counting what it is asked to verify.</summary>
    private sealed class CountingHasher : IPasswordHasher<UserAccount>
    {
        private readonly PasswordHasher<UserAccount> _inner = new();

        public int Verifications { get; set; }

        public string LastHash { get; private set; } = "";

        public string LastVerifiedHash { get; private set; } = "";

        public string HashPassword(UserAccount user, string password) => LastHash = _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            LastVerifiedHash = hashedPassword;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
