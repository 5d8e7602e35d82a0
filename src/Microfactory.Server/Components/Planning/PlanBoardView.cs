using Microfactory.Core.Factories;
using Microfactory.Server.Features.Plans;

namespace Microfactory.Server.Components.Planning;

/// <summary>What the plan page shows for one factory: the Gantt's data, the orders by risk, and the KPIs of this version and the one before.</summary>
internal sealed record PlanBoardView(Factory Factory, GanttPlan Gantt, IReadOnlyList<OrderRisk> Orders, PlanKpis Kpis, long? PreviousVersion, PlanKpis? PreviousKpis);
