using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Core.Security;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Verification;

/// <summary>
/// Records a 核销: checks every requested quantity against what is left and stores the rows in one save, which
/// also moves the application's <see cref="PermitApplication.Revision"/> (its concurrency token). Two uses at once:
/// the second save fails, and the whole check runs again on the new totals, so the sum never exceeds the approval.
/// The use that leaves nothing fires 核销 through <see cref="LifecycleCommands"/>, saved in the same transaction.
/// </summary>
internal sealed class PermitUseRecorder(PermitCmsDbContext db, IWorkflowService workflow, LifecycleCommands lifecycle, PermitUsageLoader usage, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<PermitCommandResult<PermitUsage>> RecordAsync(PermitUseRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Customs))
        {
            return PermitCommandResult.Fail<PermitUsage>(PermitCommandStatus.Forbidden, "只有海关用户可以核销批准单。");
        }

        var declarationNo = string.IsNullOrWhiteSpace(request.DeclarationNo) ? null : request.DeclarationNo.Trim();
        if (declarationNo?.Length > IPermitVerification.DeclarationNoMaxLength)
        {
            return Invalid("DeclarationNo", $"报关单号不能超过{IPermitVerification.DeclarationNoMaxLength}个字符");
        }

        if (request.Quantities.Values.Any(q => q < 0))
        {
            return Invalid("Quantities", "核销数量不能为负数");
        }

        var wanted = request.Quantities.Where(q => q.Value > 0).ToDictionary(q => q.Key, q => q.Value);
        if (wanted.Count == 0)
        {
            return Invalid("Quantities", "请至少填写一项商品的核销数量");
        }

        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var outcome = await TryRecordAsync(request, wanted, declarationNo, user, ct);
            db.ChangeTracker.Clear();
            if (outcome.Status != PermitCommandStatus.Conflict)
            {
                return outcome;
            }
        }

        return PermitCommandResult.Fail<PermitUsage>(PermitCommandStatus.Conflict, "该批准单正在被同时核销，请刷新后重试。");
    }

    private async Task<PermitCommandResult<PermitUsage>> TryRecordAsync(
        PermitUseRequest request, Dictionary<int, int> wanted, string? declarationNo, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await PermitVerification.FindAsync(db, request.ApprovalFormNo, request.CreditCode, tracked: true, ct) is not { } permit)
        {
            return PermitCommandResult.Fail<PermitUsage>(PermitCommandStatus.NotFound, PermitVerification.NotFoundMessage(request.ApprovalFormNo, request.CreditCode));
        }

        var before = await usage.LoadAsync(permit, ct);
        if (before.Validity != PermitValidity.Valid)
        {
            var why = before.Validity == PermitValidity.Expired ? $"已超过有效期（{Formatting(before.ValidUntil)}）" : $"状态为“{before.ValidityName}”";
            return PermitCommandResult.Fail<PermitUsage>(PermitCommandStatus.Refused, $"核销失败：批准单 {before.ApprovalFormNo} {why}，不能核销。");
        }

        var errors = CheckQuantities(before, wanted);
        if (errors.Count > 0)
        {
            return PermitCommandResult.Fail<PermitUsage>(PermitCommandStatus.Invalid, "核销失败：" + string.Join("；", errors.Select(e => e.Message)) + "。未记录任何核销。", errors);
        }

        var goodsIds = await db.Set<PermitGoods>().AsNoTracking().Where(g => g.PermitApplicationId == permit.Id).ToDictionaryAsync(g => g.LineNo, g => g.Id, ct);
        var useNo = before.Uses.Count == 0 ? 1 : before.Uses.Max(u => u.UseNo) + 1;
        var now = time.GetUtcNow().UtcDateTime;
        db.AddRange(wanted.Select(w => new PermitUse
        {
            PermitApplicationId = permit.Id, UseNo = useNo, PermitGoodsId = goodsIds[w.Key], LineNo = w.Key, Quantity = w.Value,
            DeclarationNo = declarationNo, UsedAt = now, UsedBy = user.GetDisplayName(),
        }));

        var fullyUsed = before.Lines.All(l => l.Remaining == wanted.GetValueOrDefault(l.LineNo));
        if (fullyUsed && (await workflow.GetPermittedTriggersAsync(permit, user, ct)).Any(t => t.Code == PermitTriggers.WriteOff))
        {
            var comment = declarationNo is null ? $"第 {useNo} 次核销，数量已全部核销" : $"第 {useNo} 次核销（报关单号 {declarationNo}），数量已全部核销";
            var fired = await lifecycle.FireLoadedAsync(permit, PermitTriggers.WriteOff, comment, user, ct);
            if (!fired.Succeeded)
            {
                return fired.As<PermitUsage>();
            }
        }
        else
        {
            // An application pinned to a definition version without 核销 keeps its state; its uses are still recorded.
            permit.Revision++;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return PermitCommandResult.Fail<PermitUsage>(PermitCommandStatus.Conflict, "");
            }
        }

        db.ChangeTracker.Clear();
        var after = await usage.LoadAsync(permit, ct);
        var message = after.Validity == PermitValidity.WrittenOff
            ? $"已记录第 {useNo} 次核销，批准单 {after.ApprovalFormNo} 的商品已全部核销，状态为“已核销”。"
            : $"已记录第 {useNo} 次核销。";
        return PermitCommandResult.Ok(after, message);
    }

    private static List<PermitFieldError> CheckQuantities(PermitUsage permit, Dictionary<int, int> wanted)
    {
        var errors = new List<PermitFieldError>();
        foreach (var (lineNo, quantity) in wanted.OrderBy(w => w.Key))
        {
            if (permit.Lines.FirstOrDefault(l => l.LineNo == lineNo) is not { } line)
            {
                errors.Add(new($"Quantities[{lineNo}]", $"批准单没有序号为 {lineNo} 的商品"));
            }
            else if (quantity > line.Remaining)
            {
                errors.Add(new($"Quantities[{lineNo}]",
                    $"序号 {lineNo}（{line.Title}）核销数量 {quantity} 超过剩余可核销数量 {line.Remaining}（批准 {line.Approved}，已核销 {line.Used}）"));
            }
        }

        return errors;
    }

    private static string Formatting(DateTime utc) => PermitCms.Core.Formatting.DisplayTime.Format(utc, "yyyy-MM-dd");

    private static PermitCommandResult<PermitUsage> Invalid(string field, string message)
        => PermitCommandResult.Fail<PermitUsage>(PermitCommandStatus.Invalid, message, [new(field, message)]);
}
