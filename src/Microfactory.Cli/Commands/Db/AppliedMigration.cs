namespace Microfactory.Cli.Commands.Db;

/// <summary>A row of the database's <c>schema_migrations</c> table.</summary>
internal sealed record AppliedMigration(int Version, string Name, DateTimeOffset AppliedAt)
{
    public string Label => $"{Version:0000}_{Name}";
}
