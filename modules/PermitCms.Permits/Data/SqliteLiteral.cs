using System.Globalization;
using System.Text;

namespace PermitCms.Permits.Data;

/// <summary>
/// SQLite literals for <see cref="GoodsBulkInsert"/>: the values as Microsoft.Data.Sqlite would bind them (a
/// decimal as TEXT in its format, so that a line reads back the same whichever path wrote it). Inside '…' SQLite
/// gives meaning to nothing but a doubled quote, so doubling quotes is the whole escape; a NUL would end the
/// statement's text early and is refused instead.
/// </summary>
internal static class SqliteLiteral
{
    /// <summary>Microsoft.Data.Sqlite's format for decimal parameters (SqliteValueBinder).</summary>
    private const string DecimalFormat = "0.0###########################";

    public static void AppendText(StringBuilder sql, string? value)
    {
        if (value is null)
        {
            sql.Append("NULL");
            return;
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A text value holds a NUL character, which a SQLite literal cannot.", nameof(value));
        }

        sql.Append('\'').Append(value.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
    }

    public static void AppendInteger(StringBuilder sql, long value) => sql.Append(value.ToString(CultureInfo.InvariantCulture));

    public static void AppendDecimal(StringBuilder sql, decimal value)
        => sql.Append('\'').Append(value.ToString(DecimalFormat, CultureInfo.InvariantCulture)).Append('\'');
}
