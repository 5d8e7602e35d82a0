using Microfactory.Design.Geometry;

namespace Microfactory.Design.Tests.Geometry;

public sealed class StrokeFontTests
{
    private const string Printable = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,:;!?-+=/()'\"#&%*_@";

    [Fact]
    public void Unsupported_EveryCharacterTheMessagePromises_HasAGlyph()
    {
        Assert.Empty(StrokeFont.Unsupported(Printable));
        Assert.Equal(['é', '\n'], StrokeFont.Unsupported("é\né"));
    }

    [Fact]
    public void Layout_EveryGlyph_StaysInItsCellBetweenDescenderAndCapHeight()
    {
        foreach (var c in Printable.Where(c => c != ' '))
        {
            var strokes = StrokeFont.Layout(c.ToString(), 6, 0, 0);
            Assert.NotEmpty(strokes);
            Assert.All(strokes.SelectMany(s => s), p =>
            {
                Assert.InRange(p.X, 0, 4);
                Assert.InRange(p.Y, -StrokeFont.DescentUnits, StrokeFont.CapUnits);
            });
            Assert.All(strokes, s => Assert.True(s.Count >= 2, $"'{c}' has a stroke of one point"));
        }
    }

    [Fact]
    public void Layout_Text_AdvancesOneCellPerCharacter()
    {
        // H spans its whole 4-unit cell, so the text ends exactly one advance plus one glyph width after it starts.
        var strokes = StrokeFont.Layout("HH", 12, 10, 5);

        var xs = strokes.SelectMany(s => s).Select(p => p.X).ToList();
        Assert.Equal(10 + (StrokeFont.WidthUnits("HH") * 2), xs.Max(), 9);
        Assert.Equal(10, xs.Min(), 9);
        Assert.Equal(5 + 12, strokes.SelectMany(s => s).Max(p => p.Y), 9);
    }
}
