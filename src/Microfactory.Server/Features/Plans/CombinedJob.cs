using Microfactory.Planning.Model;

namespace Microfactory.Server.Features.Plans;

/// <summary>Several units as one job (independent chains in one assembly graph); <see cref="Origins"/>[i] says where operation i came from.</summary>
internal sealed record CombinedJob(Job Job, IReadOnlyList<CombinedOperation> Origins);
