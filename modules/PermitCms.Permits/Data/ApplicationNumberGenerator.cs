using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Permits.Data;

/// <summary>
/// Hands out 申请单号 "YX" + yyyyMMdd + a 4-digit daily sequence. One atomic upsert per number increments the
/// day's counter in the database, so two requests (or two machines on PostgreSQL) never get the same number;
/// the counter commits on its own, so a number whose application then fails to save is skipped, never reused.
/// The unique index on ApplicationNo is the final guard.
/// </summary>
public sealed class ApplicationNumberGenerator(PermitCmsDbContext db, TimeProvider time)
{
    public const string Prefix = "YX";

    /// <summary>The enterprises work in China: the number's date is the China Standard Time date (UTC+8, no DST).</summary>

    // INSERT … ON CONFLICT … RETURNING is understood by SQLite (3.35+) and PostgreSQL alike.
    private const string NextSql =
        "INSERT INTO \"" + PermitNumberCounter.TableName + "\" (\"Day\", \"LastValue\") VALUES ({0}, 1) " +
        "ON CONFLICT (\"Day\") DO UPDATE SET \"LastValue\" = \"" + PermitNumberCounter.TableName + "\".\"LastValue\" + 1 " +
        "RETURNING \"LastValue\" AS \"Value\"";

    public async Task<string> NextAsync(CancellationToken cancellationToken)
    {
        var day = PermitCms.Core.Formatting.DisplayTime.Format(time.GetUtcNow(), "yyyyMMdd");
        var values = await db.Database.SqlQueryRaw<int>(NextSql, day).ToListAsync(cancellationToken);
        return Prefix + day + values.Single().ToString("D4", CultureInfo.InvariantCulture);
    }
}
