using Microsoft.Data.Sqlite;
using Npgsql;

namespace Microfactory.Server.Storage;

/// <summary>Recognises a write refused by one unique index, on either engine, so a store can answer "taken" instead of failing.</summary>
internal static class UniqueViolations
{
    private const int SqliteConstraintUnique = 2067;

    /// <summary>True when <paramref name="exception"/> is a unique violation of <paramref name="table"/>.<paramref name="column"/> (index <paramref name="index"/> on PostgreSQL).</summary>
    public static bool Of(Exception exception, string table, string column, string index) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique && sqlite.Message.Contains($"{table}.{column}", StringComparison.Ordinal),
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation && postgres.ConstraintName == index,
        _ => false,
    };
}
