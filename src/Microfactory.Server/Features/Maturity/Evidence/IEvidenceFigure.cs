using System.Data.Common;
using Microfactory.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity.Evidence;

/// <summary>
/// One measured figure of the maturity model, read from the platform's own tables. <see cref="Figure"/> is the key the
/// model document names (<c>evidence[].figure</c>). To light up a figure the model marks <c>planned: true</c> (today
/// <c>maintenance.predicted-share</c>), add one class implementing this, register it in <see cref="MaturityRegistration"/>
/// and drop the mark; nothing else changes.
/// </summary>
internal interface IEvidenceFigure
{
    string Figure { get; }

    /// <summary>The reading for <paramref name="factoryId"/> at <paramref name="now"/>; a value of null when there is nothing to measure yet.</summary>
    Task<FigureReading> ReadAsync(EvidenceQuery query, CancellationToken cancellationToken);
}

/// <summary>What a figure reads from: an open connection, the factory and the moment of the reading.</summary>
internal sealed record EvidenceQuery(DbConnection Connection, string FactoryId, DateTimeOffset Now)
{
    public const long DayMs = 24L * 60 * 60 * 1000;

    public long NowMs => Now.ToUnixTimeMilliseconds();

    public long DaysAgoMs(int days) => NowMs - days * DayMs;
}
