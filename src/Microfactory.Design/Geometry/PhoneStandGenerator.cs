namespace Microfactory.Design.Geometry;

/// <summary>
/// A 3D-printable phone or tablet stand: a base plate with a front lip, a slot for the device,
/// and a back support leaning back at an angle — one side profile extruded to the stand's width.
/// </summary>
internal sealed class PhoneStandGenerator : Generator
{
    public override GeneratorInfo Info { get; } = new(
        "phone_stand",
        GeneratorKind.Solid,
        "Extruded phone/tablet stand: base with front lip, device slot and a back support at an angle; closed mesh for FDM printing.",
        [
            new("width", "length", null, "Width of the stand (extrusion length)."),
            new("depth", "length", null, "Length of the base from front to back."),
            new("thickness", "length", null, "Wall thickness of base, lip and support."),
            new("slot", "length", null, "Gap between lip and support: device thickness plus clearance."),
            new("lip_height", "length", null, "Height of the front lip above the base."),
            new("support_length", "length", null, "Length of the back support along its slope."),
            new("angle", "angle", "65 deg", "Support angle from horizontal, between 45 and 85 deg."),
        ]);

    protected override GeneratorOutput Generate(ReadOnlySpan<double> a, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        double width = a[0], depth = a[1], t = a[2], slot = a[3], lip = a[4], length = a[5], angle = a[6];
        if (t <= 0 || width <= 0)
        {
            return GeneratorOutput.Refuse($"width and thickness must be positive, not {Mm(width)} and {Mm(t)}", "width", "thickness");
        }
        if (slot <= 0 || lip <= 0 || length <= 0)
        {
            return GeneratorOutput.Refuse("slot, lip_height and support_length must be positive", "slot", "lip_height", "support_length");
        }
        var degrees = angle * 180 / Math.PI;
        if (degrees is < 45 or > 85)
        {
            return GeneratorOutput.Refuse($"angle must be between 45 and 85 deg, not {Format.Number(degrees)} deg", "angle");
        }
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var frontFoot = new Point2(t + slot, t);
        var backFoot = new Point2(t + slot + (t / sin), t);
        if (backFoot.X + t > depth)
        {
            return GeneratorOutput.Refuse($"depth {Mm(depth)} leaves no base behind the support; it must be at least {Mm(backFoot.X + t)}", "depth", "slot");
        }
        var profile = Polygon.Simplify(
        [
            new(0, 0),
            new(depth, 0),
            new(depth, t),
            backFoot,
            new(backFoot.X + (length * cos), t + (length * sin)),
            new(frontFoot.X + (length * cos), t + (length * sin)),
            frontFoot,
            new(t, t),
            new(t, t + lip),
            new(0, t + lip),
        ]);
        return GeneratorOutput.Of(Extrusion.Extrude(profile, width));
    }
}
