namespace Microfactory.Core.Ids;

/// <summary>Prefixes that say what an id names (<c>mch_…</c> is a machine). Ids are strings so they travel unchanged through URLs, JSON and both databases.</summary>
public static class IdPrefix
{
    public const string Factory = "fac";
    public const string Machine = "mch";
    public const string Capability = "cap";
    public const string Material = "mat";
    public const string Supplier = "sup";
    public const string Customer = "cus";
    public const string Order = "ord";
    public const string OrderLine = "oln";
    public const string Quote = "quo";
    public const string User = "usr";
    public const string ApiKey = "key";
}
