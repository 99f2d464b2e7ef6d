using System.Globalization;
using PermitCms.Permits.Data;

namespace PermitCms.DataGen;

/// <summary>
/// The day sequences of 申请单号, continued from PermitNumberCounters and written back, so that the numbers
/// ApplicationNumberGenerator hands out afterwards follow the generated ones instead of colliding with them.
/// </summary>
public sealed class PermitNumberCounterBook(IBulkWriter writer)
{
    private const int MaxPerDay = 9999;
    private readonly Dictionary<string, int> _last = new(StringComparer.Ordinal);
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);

    public async Task LoadAsync(CancellationToken ct)
    {
        // Few rows (one per day that had applications); read as one string to stay provider-neutral.
        var days = await writer.ScalarAsync($"SELECT COUNT(*) FROM \"{PermitNumberCounter.TableName}\"", ct);
        for (var offset = 0; offset < days; offset++)
        {
            var day = await writer.ScalarAsync($"SELECT CAST(\"Day\" AS BIGINT) FROM \"{PermitNumberCounter.TableName}\" ORDER BY \"Day\" LIMIT 1 OFFSET {offset}", ct);
            var key = day.ToString(CultureInfo.InvariantCulture);
            _last[key] = (int)await writer.ScalarAsync($"SELECT \"LastValue\" FROM \"{PermitNumberCounter.TableName}\" WHERE \"Day\" = '{key}'", ct);
        }
    }

    /// <summary>The next 申请单号 of <paramref name="day"/> (yyyyMMdd).</summary>
    public string Next(string day)
    {
        var value = _last.GetValueOrDefault(day) + 1;
        if (value > MaxPerDay)
        {
            throw new InvalidOperationException($"More than {MaxPerDay} applications on {day}: spread them over more years (--years).");
        }

        _last[day] = value;
        _touched.Add(day);
        return ApplicationNumberGenerator.Prefix + day + value.ToString("D4", CultureInfo.InvariantCulture);
    }

    public async Task SaveAsync(CancellationToken ct)
    {
        await writer.BeginBatchAsync(ct);
        foreach (var day in _touched)
        {
            var value = _last[day].ToString(CultureInfo.InvariantCulture);
            await writer.ExecuteAsync(
                $"INSERT INTO \"{PermitNumberCounter.TableName}\" (\"Day\", \"LastValue\") VALUES ('{day}', {value}) " +
                $"ON CONFLICT (\"Day\") DO UPDATE SET \"LastValue\" = {value}", ct);
        }

        await writer.CommitBatchAsync(ct);
    }
}
