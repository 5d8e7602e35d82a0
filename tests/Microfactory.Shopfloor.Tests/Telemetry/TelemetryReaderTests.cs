using System.Buffers;
using System.Text;
using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Shopfloor.Tests.Telemetry;

public sealed class TelemetryReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private static TelemetryResult Read(string topic, string json) =>
        TelemetryReader.FromMqtt(topic, new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)), Now);

    [Fact]
    public void FromMqtt_StateWithId_ReadsEveryField()
    {
        var result = Read("mf/fac_a/mch_1/state", """{"id":"m-1","state":"down","at":"2026-12-02T07:59:00.1234+08:00","reason":"Spindle fault","operationId":"op_9"}""");

        var state = Assert.IsType<StateReport>(result.Message);
        Assert.Equal(("fac_a", "mch_1", MachineState.Down, "Spindle fault", "op_9"), (state.FactoryId, state.MachineId, state.State, state.Reason, state.OperationId));
        Assert.Equal(MessageKey.FromId("m-1"), state.Key);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 23, 59, 0, 123, TimeSpan.Zero), state.At);
    }

    [Fact]
    public void FromMqtt_CountWithSeq_ReadsIncrements()
    {
        var count = Assert.IsType<CountReport>(Read("mf/fac_a/mch_1/count", """{"seq":42,"good":5,"scrap":1,"at":"2026-12-02T07:00:00Z"}""").Message);

        Assert.Equal((5L, 1L, "seq:42"), (count.Good, count.Scrap, count.Key.Text));
        Assert.Null(count.OperationId);
    }

    [Fact]
    public void FromMqtt_Energy_ReadsTheMeter()
    {
        var energy = Assert.IsType<EnergyReport>(Read("mf/fac_a/mch_1/energy", """{"id":"e1","kwh":1234.5,"at":"2026-12-02T07:00:00Z"}""").Message);

        Assert.Equal(1234.5, energy.Kwh);
    }

    [Theory]
    [InlineData("mf/fac_a/mch_1", TelemetryRejection.UnknownTopic)]
    [InlineData("mf/fac_a/mch_1/temperature", TelemetryRejection.UnknownTopic)]
    [InlineData("xx/fac_a/mch_1/state", TelemetryRejection.UnknownTopic)]
    [InlineData("mf//mch_1/state", TelemetryRejection.UnknownTopic)]
    [InlineData("mf/fac_a/mch_1/state/extra", TelemetryRejection.UnknownTopic)]
    public void FromMqtt_BadTopic_IsRefusedForTheTopic(string topic, TelemetryRejection reason)
    {
        var result = Read(topic, """{"id":"m","state":"idle","at":"2026-12-02T07:00:00Z"}""");

        Assert.False(result.IsValid);
        Assert.Equal(reason, result.Rejection);
        Assert.Equal("topic", result.Problems[0].Field);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"id":"m","state":"idle","at":"2026-12-02T07:00:00Z" """)]
    [InlineData("""["id"]""")]
    [InlineData("""{"id":"m","state":{"deep":1},"at":"2026-12-02T07:00:00Z"}""")]
    [InlineData("""{"id":"m","id":"n","state":"idle","at":"2026-12-02T07:00:00Z"}""")]
    [InlineData("""{"id":"m","state":"idle","at":"2026-12-02T07:00:00Z","colour":"red"}""")]
    [InlineData("""{"id":7,"state":"idle","at":"2026-12-02T07:00:00Z"}""")]
    [InlineData("""{"id":"m","state":"idle","at":"2026-12-02T07:00:00"}""")]
    [InlineData("""{"id":"m","state":"idle","at":1733122800000}""")]
    [InlineData("""{"id":"m","state":"idle","at":"2026-12-02T07:00:00Z"} {}""")]
    [InlineData("")]
    public void FromMqtt_MalformedPayload_IsRefusedAsMalformed(string json)
    {
        var result = Read("mf/fac_a/mch_1/state", json);

        Assert.False(result.IsValid);
        Assert.Equal(TelemetryRejection.Malformed, result.Rejection);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("reason")]
    [InlineData("unknown")]
    public void FromMqtt_InvalidUtf8InAString_IsRefusedAsMalformed(string field)
    {
        var bytes = Encoding.UTF8.GetBytes($$"""{"state":"idle","at":"2026-12-02T07:00:00Z","{{field}}":"AB"}""");
        var quote = Array.LastIndexOf(bytes, (byte)'B');
        bytes[quote] = 0xFF;

        var result = TelemetryReader.FromMqtt("mf/f/m/state", new ReadOnlySequence<byte>(bytes), Now);

        Assert.Equal(TelemetryRejection.Malformed, result.Rejection);
    }

    [Fact]
    public void FromMqtt_InvalidUtf8InAName_IsRefusedAsMalformed()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"sXate":"idle"}""");
        bytes[3] = 0xC3;

        Assert.Equal(TelemetryRejection.Malformed, TelemetryReader.FromMqtt("mf/f/m/state", new ReadOnlySequence<byte>(bytes), Now).Rejection);
    }

    [Fact]
    public void FromMqtt_PayloadOverFourKiB_IsRefusedAsOversized()
    {
        var reason = new string('x', TelemetryLimits.MaxPayloadBytes);

        var result = Read("mf/fac_a/mch_1/state", $$"""{"id":"m","state":"idle","at":"2026-12-02T07:00:00Z","reason":"{{reason}}"}""");

        Assert.Equal(TelemetryRejection.Oversized, result.Rejection);
    }

    [Fact]
    public void FromMqtt_PayloadInSegments_ReadsLikeOneBuffer()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"seq":3,"good":2,"scrap":0,"at":"2026-12-02T07:00:00Z"}""");
        var first = new Segment(bytes.AsMemory(0, 10), 0);
        var last = first.Append(bytes.AsMemory(10));

        var result = TelemetryReader.FromMqtt("mf/f/m/count", new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length), Now);

        Assert.Equal(2, Assert.IsType<CountReport>(result.Message).Good);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
