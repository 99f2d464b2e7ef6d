using Microsoft.EntityFrameworkCore;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.QueryBench;

/// <summary>The query page's conditions for the largest generated enterprise, and the reviewer queue.</summary>
public static class BenchCases
{
    public static async Task<List<BenchCase>> BuildAsync(PermitCmsFactory app)
    {
        var (enterprise, sample) = await app.WithDbAsync(async db =>
        {
            var permits = db.Set<PermitApplication>().AsNoTracking();
            var big = await permits.Where(p => p.CreatedBy == "李华").GroupBy(p => p.EnterpriseId)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var count = await permits.CountAsync(p => p.EnterpriseId == big);
            var one = await permits.Where(p => p.EnterpriseId == big && p.WorkflowState == PermitStates.Approved)
                .OrderBy(p => p.Id).Skip(count / 4).FirstAsync();
            return (big, one);
        });
        var mine = PermitListScope.Enterprise(enterprise);
        var staff = PermitListScope.AllEnterprises();
        var none = new PermitQuery(null, null, null, null, null);
        var month = DateOnly.FromDateTime(sample.DeclaredAt!.Value);
        return
        [
            new("enterprise list, page 1", mine, none, 1, PermitListOrder.NewestCreatedFirst),
            new("enterprise, state 审核通过", mine, none with { State = PermitStates.Approved }, 1, PermitListOrder.NewestCreatedFirst),
            new("enterprise, 申报日期 one month", mine, none with { From = month, To = month.AddMonths(1) }, 1, PermitListOrder.NewestCreatedFirst),
            new("enterprise, exact 申请单号", mine, none with { ApplicationNo = sample.ApplicationNo }, 1, PermitListOrder.NewestCreatedFirst),
            new("enterprise, exact 批准单编号", mine, none with { ApprovalFormNo = sample.ApprovalFormNo }, 1, PermitListOrder.NewestCreatedFirst),
            new("enterprise, deep page (last)", mine, none, int.MaxValue, PermitListOrder.NewestCreatedFirst),
            new("queue 待审核, oldest first", staff, none with { State = PermitStates.PendingReview }, 1, PermitListOrder.LongestWaitingFirst),
            new("queue 审核通过, newest declared", staff, none with { State = PermitStates.Approved }, 1, PermitListOrder.NewestDeclaredFirst),
            new("queue all states, newest declared", staff, none, 1, PermitListOrder.NewestDeclaredFirst),
            new("queue 待审核, one month", staff, none with { State = PermitStates.PendingReview, From = month, To = month.AddMonths(1) }, 1, PermitListOrder.LongestWaitingFirst),
        ];
    }
}
