namespace Microfactory.Core.Factories;

/// <summary>Where a site is: WGS 84 degrees (latitude −90…90, longitude −180…180) and a postal address.</summary>
public sealed record GeoLocation(double Latitude, double Longitude, string Address);
