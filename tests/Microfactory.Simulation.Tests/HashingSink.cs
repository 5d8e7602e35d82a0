using System.Security.Cryptography;
using System.Text;
using Microfactory.Simulation.Events;

namespace Microfactory.Simulation.Tests;

/// <summary>Hashes every event's full text (type and all fields, doubles round-trip) into one SHA-256, and counts them.</summary>
internal sealed class HashingSink : ISimulationSink, IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long Count { get; private set; }

    public string Digest() => Convert.ToHexString(_hash.GetCurrentHash());

    public void OnMachineStateChanged(in MachineStateChanged e) => Add(e.ToString());

    public void OnOperationStarted(in OperationStarted e) => Add(e.ToString());

    public void OnOperationPaused(in OperationPaused e) => Add(e.ToString());

    public void OnOperationResumed(in OperationResumed e) => Add(e.ToString());

    public void OnOperationFinished(in OperationFinished e) => Add(e.ToString());

    public void OnPartsCounted(in PartsCounted e) => Add(e.ToString());

    public void OnEnergyMetered(in EnergyMetered e) => Add($"{e.MachineId} {e.MeterKwh:R} {e.Tick}");

    public void Dispose() => _hash.Dispose();

    private void Add(string text)
    {
        Count++;
        _hash.AppendData(Encoding.UTF8.GetBytes(text));
    }
}
