using Microfactory.Core.Machines;

namespace Microfactory.Server.Components.Shopfloor;

/// <summary>One machine on the shop-floor index: how many operations wait in its queue and what is at its head.</summary>
internal sealed record MachineSummary(Machine Machine, int Queued, QueueItem? Head);
