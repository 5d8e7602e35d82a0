namespace Microfactory.Server.Features.Alarms;

/// <summary>A machine as the alarm rules need it, read by <see cref="AlarmPictureStore"/>: normal draws in kW, when it was created, and its current state (wire name) since <see cref="SinceMs"/>, or null when it never reported.</summary>
internal sealed class MachinePicture
{
    public string MachineId { get; init; } = "";
    public double IdlePowerKw { get; init; }
    public double WorkingPowerKw { get; init; }
    public long CreatedAtMs { get; init; }
    public string? State { get; set; }
    public long SinceMs { get; set; }
}
