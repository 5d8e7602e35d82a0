namespace Microfactory.Server.Api;

/// <summary>For the few fields that hold several lines (notes, addresses): tab and line breaks are allowed, other control characters are not.</summary>
internal sealed class MultiLineTextConverter : SingleLineTextConverter
{
    protected override bool MultiLine => true;
}
