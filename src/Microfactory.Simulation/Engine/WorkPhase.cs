namespace Microfactory.Simulation.Engine;

/// <summary>Which part of its current operation a machine is in.</summary>
internal enum WorkPhase
{
    Setup,
    Part,
}
