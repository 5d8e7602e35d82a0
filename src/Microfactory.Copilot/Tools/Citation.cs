namespace Microfactory.Copilot.Tools;

/// <summary>A record an answer used, so that the person can open it.</summary>
/// <param name="Kind">What the record is: <c>order</c>, <c>plan-version</c>, <c>machine</c>, <c>oee</c>, <c>alarm</c>,
/// <c>downtime</c>, <c>footprint</c>, <c>supplier-coverage</c>, <c>passport</c>, <c>template</c>, <c>material</c>,
/// <c>document-section</c>, <c>operation</c>.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Title">A short human title.</param>
/// <param name="Link">The path of the record in the web UI or API (relative, e.g. <c>/orders/ord_1</c>).</param>
public sealed record Citation(string Kind, string Id, string Title, string Link);
