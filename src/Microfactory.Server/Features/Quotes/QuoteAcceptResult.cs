using Microfactory.Core.Orders;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Quotes;

/// <summary>
/// The answer to accepting a quote: the order (<see cref="Replayed"/> when an earlier request with the same
/// Idempotency-Key made it), or why not. <see cref="ProblemType"/> names failures with a type of their own
/// (<see cref="QuoteProblems"/>); <see cref="FreshQuote"/> is the new quote offered when the promise no longer holds.
/// </summary>
internal sealed record QuoteAcceptResult(ServiceResult<Order> Result, bool Replayed = false, string? ProblemType = null, Quote? FreshQuote = null);
