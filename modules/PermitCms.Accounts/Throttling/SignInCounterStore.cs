using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Data;

namespace PermitCms.Accounts.Throttling;

/// <summary>
/// Fixed-window counters in the database, shared by every app instance. One statement counts an attempt and
/// returns the new count (INSERT … ON CONFLICT DO UPDATE … RETURNING, the same text on SQLite and PostgreSQL), so
/// concurrent attempts on different instances never read the same count.
/// </summary>
public sealed class SignInCounterStore(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Counts one attempt of <paramref name="key"/>; false when it is beyond <paramref name="limit"/> in this window.</summary>
    public async Task<bool> TryCountAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var number = time.GetUtcNow().UtcTicks / window.Ticks;
        var bounded = key.Length > SignInCounter.KeyMaxLength ? key[..SignInCounter.KeyMaxLength] : key;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PermitCmsDbContext>();
        var counts = await db.Database.SqlQuery<int>($"""
            INSERT INTO "SignInCounters" ("Key", "Window", "Count") VALUES ({bounded}, {number}, 1)
            ON CONFLICT ("Key") DO UPDATE SET
                "Count" = CASE WHEN "SignInCounters"."Window" = excluded."Window" THEN "SignInCounters"."Count" + 1 ELSE 1 END,
                "Window" = excluded."Window"
            RETURNING "Count" AS "Value"
            """).ToListAsync(cancellationToken);
        if (counts[0] == 1 && Random.Shared.Next(100) == 0)
        {
            // Keys of past windows are dead weight (one per address or name ever seen); a new window's first
            // attempt now and then clears them, so the table stays as small as one window's traffic.
            await db.Set<SignInCounter>().Where(c => c.Window < number - 1).ExecuteDeleteAsync(cancellationToken);
        }

        return counts[0] <= limit;
    }
}
