using System.Globalization;
using System.Text;

namespace PermitCms.Tests.Load;

/// <summary>What a <see cref="UserLoad"/> run saw: answers by status, what the clients were told, what the database holds.</summary>
public sealed record UserLoadReport(
    int Users,
    TimeSpan Elapsed,
    IReadOnlyDictionary<int, int> Statuses,
    IReadOnlyDictionary<string, int> Told,
    int StoredApplications,
    int StoredGoods,
    int StoredAttachments,
    int StoredPending,
    double MedianMs,
    double P99Ms)
{
    public int Requests => Statuses.Values.Sum();

    public int ServerErrors => Statuses.Where(s => s.Key >= 500).Sum(s => s.Value);

    public int TotalTold(string what) => Told.GetValueOrDefault(what);

    public override string ToString()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{Users} users × {Elapsed.TotalSeconds:0} s on 127.0.0.1 (SQLite): {Requests} requests, {Requests / Elapsed.TotalSeconds:0.0} req/s, median {MedianMs:0} ms, p99 {P99Ms:0} ms");
        text.AppendLine(c, $"status codes: {string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; 5xx: {ServerErrors}");
        text.AppendLine(c, $"told → stored: created {TotalTold("created")} → {StoredApplications}, goods {TotalTold("goods")} → {StoredGoods}, attachments {TotalTold("attachments")} → {StoredAttachments}, submitted − withdrawn {TotalTold("submitted") - TotalTold("withdrawn")} → {StoredPending} pending");
        return text.ToString();
    }
}
