using Microfactory.Core.Factories;
using Microfactory.Core.Machines;

namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// A machine's terminal: its queue (running and paused work first, then released work in planned order), the
/// instructions for the head of the queue, and the plan version it was read from.
/// </summary>
internal sealed record MachineQueueView(Factory Factory, Machine Machine, long PlanVersion, IReadOnlyList<QueueItem> Items, WorkInstructions? Instructions);
