using System.Globalization;
using PermitCms.Core.Accounts;
using PermitCms.Core.Formatting;
using PermitCms.Permits.Abstractions;
using PermitCms.Permits.Data;

namespace PermitCms.DataGen;

/// <summary>
/// One generated application and its history rows. Creation times rise with the index over the years before
/// <see cref="GeneratorOptions.Until"/>, so the day sequences are assigned in time order as the app would.
/// </summary>
public sealed class ApplicationPlan(GeneratorOptions options, IReadOnlyList<Enterprise> enterprises, int versionId)
{
    public static readonly string[] Columns =
    [
        "Id", "ApplicationNo", "EnterpriseId", "ApprovalFormNo", "PortCode", "ContactName", "ContactPhone", "ImporterName", "CreditCode", "CustomsCode",
        "Address", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "DeclaredAt", "ReviewComment", "ReviewerName", "Revision", "WorkflowState",
        "WorkflowDefinitionVersionId", "WorkflowVersion",
    ];

    private static readonly string[] Ports = ["0100", "0200", "2200", "2300", "4200", "5100", "5300", "8000"];

    private const string UserId = "datagen";
    private const string Owner = "李华";
    private const string Reviewer = "审批员张三";

    private readonly DateTime _start = DisplayTime.ChinaDayStartUtc(options.Until.AddYears(-options.Years).AddDays(1));
    private readonly double _step = (DisplayTime.ChinaDayStartUtc(options.Until.AddDays(1)) - DisplayTime.ChinaDayStartUtc(options.Until.AddYears(-options.Years).AddDays(1))).TotalSeconds / options.Applications;

    public sealed record Planned(int Id, object?[] Row, List<object?[]> History);

    public Planned Next(Random random, int index, int id, PermitNumberCounterBook counters)
    {
        var created = _start.AddSeconds((index + random.NextDouble()) * _step);
        var enterprise = random.NextDouble() < options.LargeEnterpriseShare ? enterprises[0] : enterprises[random.Next(enterprises.Count)];
        var applicationNo = counters.Next(DisplayTime.Format(new DateTimeOffset(created), "yyyyMMdd"));
        var roll = random.NextDouble();
        var state = roll switch
        {
            < 0.12 => PermitStates.Draft,
            < 0.24 => PermitStates.PendingReview,
            < 0.74 => PermitStates.Approved,
            < 0.86 => PermitStates.Rejected,
            _ => PermitStates.Deleted,
        };
        var history = new List<object?[]> { History(id, null, PermitStates.Draft, "create", "新建", Owner, created, null) };
        DateTime? declared = null;
        var updated = created;
        string? comment = null, reviewer = null;
        if (state is PermitStates.PendingReview or PermitStates.Approved or PermitStates.Rejected)
        {
            declared = created.AddMinutes(random.Next(10, 3 * 24 * 60));
            updated = declared.Value;
            history.Add(History(id, PermitStates.Draft, PermitStates.PendingReview, PermitTriggers.Submit, "申报", Owner, updated, null));
            if (state != PermitStates.PendingReview)
            {
                updated = updated.AddMinutes(random.Next(60, 5 * 24 * 60));
                reviewer = Reviewer;
                comment = state == PermitStates.Approved ? "同意" : "请补充节目清单";
                history.Add(state == PermitStates.Approved
                    ? History(id, PermitStates.PendingReview, state, PermitTriggers.Approve, "审核通过", Reviewer, updated, comment)
                    : History(id, PermitStates.PendingReview, state, PermitTriggers.Reject, "退回", Reviewer, updated, comment));
            }
        }
        else if (state == PermitStates.Deleted)
        {
            updated = updated.AddMinutes(random.Next(1, 24 * 60));
            history.Add(History(id, PermitStates.Draft, state, PermitTriggers.Delete, "删除", Owner, updated, null));
        }

        // The number on the enterprise's paper approval: unique because the 申请单号 is; some drafts still lack it.
        var formNo = state == PermitStates.Draft && random.NextDouble() < 0.3 ? null : "PZ" + applicationNo[ApplicationNumberGenerator.Prefix.Length..];
        object?[] row =
        [
            id, applicationNo, enterprise.Id, formNo, Ports[random.Next(Ports.Length)], Owner, enterprise.ContactPhone, enterprise.Name, enterprise.CreditCode,
            enterprise.CustomsCode, enterprise.Address, created, Owner, updated, Owner, declared, comment, reviewer, history.Count, state, versionId, history.Count,
        ];
        return new Planned(id, row, history);
    }

    private object?[] History(int id, string? from, string to, string trigger, string triggerZh, string user, DateTime at, string? comment)
        => [PermitApplication.ItemType, id.ToString(CultureInfo.InvariantCulture), versionId, from, to, trigger, triggerZh, UserId, user, at, comment];
}
