namespace PermitCms.Web.Data;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    /// <summary><see cref="Sqlite"/> (default, file in App_Data) or <see cref="PostgreSql"/> (ConnectionStrings:PermitCms).</summary>
    public string Provider { get; set; } = Sqlite;
}
