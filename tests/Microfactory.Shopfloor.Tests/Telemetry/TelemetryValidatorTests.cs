using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Shopfloor.Tests.Telemetry;

public sealed class TelemetryValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private static TelemetryResult Validate(TelemetryKind kind, TelemetryPayload payload, string prefix = "") =>
        TelemetryValidator.Validate("fac_a", "mch_1", kind, payload, Now, prefix);

    [Fact]
    public void Validate_NegativeGood_NamesTheFieldWithItsPrefix()
    {
        var result = Validate(TelemetryKind.Count, new TelemetryPayload(Id: "c", Good: -1, Scrap: 0, At: Now), "messages[3].");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("messages[3].good", "messages[3].good: must be ≥ 0.", TelemetryRejection.Invalid), (problem.Field, problem.Message, problem.Reason));
    }

    [Fact]
    public void Validate_MoreThanFiveMinutesAhead_IsFromTheFuture()
    {
        Assert.True(Validate(TelemetryKind.State, new TelemetryPayload(Id: "s", State: "idle", At: Now.AddMinutes(5))).IsValid);

        var result = Validate(TelemetryKind.State, new TelemetryPayload(Id: "s", State: "idle", At: Now.AddMinutes(5).AddMilliseconds(1)));

        Assert.Equal(TelemetryRejection.FromTheFuture, result.Rejection);
        Assert.Equal("at", result.Problems[0].Field);
    }

    [Fact]
    public void Validate_OlderThanAYear_IsTooOld()
    {
        var result = Validate(TelemetryKind.Energy, new TelemetryPayload(Seq: 1, Kwh: 3, At: Now.AddDays(-367)));

        Assert.Equal(TelemetryRejection.TooOld, result.Rejection);
    }

    [Fact]
    public void Validate_NeitherIdNorSeq_IsRefused()
    {
        var result = Validate(TelemetryKind.Energy, new TelemetryPayload(Kwh: 3, At: Now));

        Assert.Equal("id", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void Validate_IdAndSeq_IsRefused()
    {
        var result = Validate(TelemetryKind.Energy, new TelemetryPayload(Id: "e", Seq: 1, Kwh: 3, At: Now));

        Assert.Equal("seq", Assert.Single(result.Problems).Field);
    }

    [Theory]
    [InlineData(-1L)]
    public void Validate_NegativeSeq_IsRefused(long seq)
    {
        Assert.Equal("seq", Assert.Single(Validate(TelemetryKind.Energy, new TelemetryPayload(Seq: seq, Kwh: 3, At: Now)).Problems).Field);
    }

    [Fact]
    public void Validate_UnknownState_NamesTheStates()
    {
        var problem = Assert.Single(Validate(TelemetryKind.State, new TelemetryPayload(Id: "s", State: "Running", At: Now)).Problems);

        Assert.Equal("state", problem.Field);
        Assert.Contains("off, idle, setup, running, down", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FieldOfAnotherKind_IsRefused()
    {
        var result = Validate(TelemetryKind.State, new TelemetryPayload(Id: "s", State: "idle", Good: 1, At: Now));

        Assert.Equal("good", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void Validate_EmptyCountFields_ReportsEveryProblem()
    {
        var result = Validate(TelemetryKind.Count, new TelemetryPayload());

        Assert.Equal(["id", "at", "good", "scrap"], result.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(2e9)]
    public void Validate_KwhOutOfBounds_IsRefused(double kwh)
    {
        Assert.Equal("kwh", Assert.Single(Validate(TelemetryKind.Energy, new TelemetryPayload(Id: "e", Kwh: kwh, At: Now)).Problems).Field);
    }

    [Fact]
    public void Validate_TooManyParts_IsRefused()
    {
        Assert.Equal("scrap", Assert.Single(Validate(TelemetryKind.Count, new TelemetryPayload(Id: "c", Good: 0, Scrap: TelemetryLimits.MaxPartsPerMessage + 1, At: Now)).Problems).Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("a/b")]
    [InlineData("tab\there")]
    public void Validate_BadId_IsRefused(string id)
    {
        Assert.Equal("id", Assert.Single(Validate(TelemetryKind.Energy, new TelemetryPayload(Id: id, Kwh: 1, At: Now)).Problems).Field);
    }

    [Fact]
    public void Validate_LongReason_IsRefused()
    {
        var result = Validate(TelemetryKind.State, new TelemetryPayload(Id: "s", State: "down", Reason: new string('r', TelemetryLimits.MaxReasonLength + 1), At: Now));

        Assert.Equal("reason", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void Validate_MissingMachine_IsRefused()
    {
        var result = TelemetryValidator.Validate("fac_a", null, TelemetryKind.Energy, new TelemetryPayload(Id: "e", Kwh: 1, At: Now), Now, "messages[0].");

        Assert.Equal("messages[0].machineId", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void Validate_TimeWithSubMilliseconds_IsKeptToTheMillisecond()
    {
        var state = Assert.IsType<StateReport>(Validate(TelemetryKind.State, new TelemetryPayload(Id: "s", State: "setup", At: Now.AddTicks(-12_345))).Message);

        Assert.Equal(Now.AddMilliseconds(-2), state.At);
    }

    [Fact]
    public void MessageKey_IdAndSeq_NeverCollide()
    {
        Assert.NotEqual(MessageKey.FromId("5"), MessageKey.FromSeq(5));
        Assert.Equal(MessageKey.FromSeq(5), MessageKey.FromSeq(5));
    }

    [Fact]
    public void TelemetryTopic_Of_RoundTrips()
    {
        Assert.True(TelemetryTopic.TryParse(TelemetryTopic.Of("fac_kwun_tong", "mch_fdm_1", TelemetryKind.Energy), out var topic, out _));

        Assert.Equal(new TelemetryTopic("fac_kwun_tong", "mch_fdm_1", TelemetryKind.Energy), topic);
    }
}
