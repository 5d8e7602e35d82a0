namespace Microfactory.Server.Storage;

/// <summary>One numbered schema change; <see cref="Version"/> comes from the file name (<c>0001_initial.sql</c>).</summary>
internal sealed record Migration(int Version, string Name, string Sql);
