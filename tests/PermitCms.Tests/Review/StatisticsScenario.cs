using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PermitCms.Permits.Abstractions;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Definitions;
using PermitCms.Workflows.Runtime;

namespace PermitCms.Tests.Review;

/// <summary>
/// Applications with known states, ports, goods origins and transition times, written straight into the database
/// (the history rows too, so that every time is chosen here), and the figures 统计分析 must show, computed by LINQ
/// over what this class created, not by the app.
/// </summary>
public sealed class StatisticsScenario
{
    public static readonly StatisticsRange Range = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));

    private static readonly string[] Ports = ["0100", "0200", "2200", "5300"];
    private static readonly string[] Countries = ["DE", "US", "JP", "GB", "FR"];

    public List<Seeded> Applications { get; } = [];

    public sealed record Seeded(string No, string State, string Port, DateTime? DeclaredAt, string[] Origins, List<(string Trigger, string? From, string To, DateTime At)> Events);

    /// <summary>China wall-clock time to UTC.</summary>
    public static DateTime China(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) => new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc).AddHours(-8);

    public static StatisticsScenario Build()
    {
        var scenario = new StatisticsScenario();
        var random = new Random(2026);
        // The range's edges in China time: just outside, just inside.
        scenario.Add("ST-EDGE1", "Approved", "0100", China(2025, 12, 31, 23, 59, 59), ["DE"], random);
        scenario.Add("ST-EDGE2", "Approved", "0100", China(2026, 1, 1), ["DE"], random);
        scenario.Add("ST-EDGE3", "PendingReview", "2200", China(2026, 6, 30, 23, 59, 59), ["US"], random);
        scenario.Add("ST-EDGE4", "PendingReview", "2200", China(2026, 7, 1), ["US"], random);
        string[] kinds = ["PendingReview", "Approved", "Approved", "Rejected", "Resubmitted", "Withdrawn", "Deleted"];
        for (var i = 0; i < 60; i++)
        {
            var declared = China(2025, 12, 20).AddMinutes(random.Next(0, 205 * 24 * 60));
            var origins = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Countries[random.Next(Countries.Length)]).ToArray();
            scenario.Add($"ST-{i:D3}", kinds[random.Next(kinds.Length)], Ports[random.Next(Ports.Length)], declared, origins, random);
        }

        return scenario;
    }

    private void Add(string no, string kind, string port, DateTime declared, string[] origins, Random random)
    {
        var created = declared.AddHours(-random.Next(1, 72));
        var events = new List<(string, string?, string, DateTime)> { ("create", null, "Draft", created) };
        if (kind == "Deleted")
        {
            events.Add(("delete", "Draft", "Deleted", declared));
            Applications.Add(new Seeded(no, "Deleted", port, null, origins, events));
            return;
        }

        DateTime Later(DateTime t) => t.AddMinutes(random.Next(30, 10 * 24 * 60));
        var at = declared;
        events.Add(("submit", "Draft", "PendingReview", at));
        var state = kind switch
        {
            "PendingReview" => "PendingReview",
            "Approved" => "Approved",
            "Rejected" => "Rejected",
            "Withdrawn" => "Draft",
            _ => "Approved",
        };
        switch (kind)
        {
            case "Approved":
                events.Add(("approve", "PendingReview", "Approved", Later(at)));
                break;
            case "Rejected":
                events.Add(("reject", "PendingReview", "Rejected", Later(at)));
                break;
            case "Withdrawn":
                events.Add(("withdraw", "PendingReview", "Draft", Later(at)));
                break;
            case "Resubmitted":
                var rejected = Later(at);
                events.Add(("reject", "PendingReview", "Rejected", rejected));
                events.Add(("revise", "Rejected", "Draft", rejected.AddHours(2)));
                at = rejected.AddHours(5);
                events.Add(("submit", "Draft", "PendingReview", at));
                events.Add(("approve", "PendingReview", "Approved", Later(at)));
                break;
        }

        Applications.Add(new Seeded(no, state, port, at, origins, events));
    }

    public async Task WriteAsync(PermitCmsFactory app) => await app.WithDbAsync(async db =>
    {
        var enterprise = await db.Enterprises.OrderBy(e => e.Id).FirstAsync();
        var version = await db.Set<WorkflowDefinitionVersion>().OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        foreach (var seeded in Applications)
        {
            var created = seeded.Events[0].At;
            var permit = new PermitApplication
            {
                ApplicationNo = seeded.No, EnterpriseId = enterprise.Id, ApprovalFormNo = "PZ" + seeded.No, PortCode = seeded.Port, ContactName = "王明",
                ContactPhone = "010-88886666", ImporterName = enterprise.Name, CreditCode = enterprise.CreditCode, CustomsCode = enterprise.CustomsCode,
                Address = enterprise.Address, CreatedAt = created, CreatedBy = "王明", UpdatedAt = seeded.Events[^1].At, UpdatedBy = "王明",
                DeclaredAt = seeded.DeclaredAt, WorkflowState = seeded.State, WorkflowDefinitionVersionId = version, WorkflowVersion = seeded.Events.Count,
            };
            permit.Goods.AddRange(seeded.Origins.Select((country, i) => new PermitGoods
            {
                LineNo = i + 1, Title = "贝多芬第九交响曲", OriginalTitle = "Symphony No. 9", HsCode = "8523499020", CarrierCode = "CD", Publisher = "DG",
                CountryCode = country, LanguageCode = "de", Quantity = 10, UnitCode = "035", UnitPrice = 1m, TotalPrice = 10m, CurrencyCode = "EUR",
            }));
            db.Add(permit);
            await db.SaveChangesAsync();
            db.AddRange(seeded.Events.Select(e => new WorkflowHistory
            {
                ItemType = PermitApplication.ItemType, ItemId = permit.Id.ToString(CultureInfo.InvariantCulture), DefinitionVersionId = version,
                FromState = e.From, ToState = e.To, Trigger = e.Trigger, UserId = "seed", UserName = "seed", OccurredAt = e.At,
            }));
            await db.SaveChangesAsync();
        }
    });
}
