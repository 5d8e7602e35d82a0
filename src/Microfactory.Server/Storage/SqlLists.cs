using System.Data.Common;
using Npgsql;

namespace Microfactory.Server.Storage;

/// <summary>
/// "Column is one of these values" for both engines. Dapper expands <c>IN @list</c> into one
/// parameter per value for SQLite, but hands PostgreSQL the whole array, which needs <c>= ANY(@list)</c>.
/// </summary>
internal static class SqlLists
{
    public static string AnyOf(DbConnection connection, string column, string parameter) =>
        connection is NpgsqlConnection ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";
}
