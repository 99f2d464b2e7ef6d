using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Permits.Goods;

namespace PermitCms.Permits.Applications;

/// <summary>商品信息 one by one: add, change and delete lines of a saved application its owner may still change.</summary>
public sealed class GoodsCommands(PermitCmsDbContext db, PermitAccess access, CodeListService codeLists)
{
    /// <summary>Two additions at once both succeed: the loser of the race for a line number tries again this often.</summary>
    private const int AddAttempts = 5;

    /// <summary>
    /// Adds a line (<paramref name="goodsId"/> null) or changes one; the value is its 序号. An addition overwrites
    /// nothing, so it ignores <paramref name="expectedRevision"/> and is retried when another change wins the race.
    /// </summary>
    public async Task<PermitCommandResult<int>> SaveAsync(int id, int? goodsId, GoodsInput input, int? expectedRevision, ClaimsPrincipal user, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var load = await access.LoadEditableAsync(id, user, goodsId is null ? null : expectedRevision, "修改", ct);
            if (load.Permit is not { } permit)
            {
                return load.Fail<int>();
            }

            PermitGoods? line = null;
            if (goodsId is not null && (line = await db.Set<PermitGoods>().SingleOrDefaultAsync(g => g.Id == goodsId && g.PermitApplicationId == permit.Id, ct)) is null)
            {
                return PermitCommandResult.Fail<int>(PermitCommandStatus.NotFound, "未找到该商品。");
            }

            var errors = GoodsRules.Validate(input, await codeLists.GetAsync(ct), 0, out var valid);
            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return PermitCommandResult.Fail<int>(PermitCommandStatus.Invalid, "商品信息有误，请按提示修改。", [.. errors.Select(e => new PermitFieldError(e.Field, e.Message))]);
            }

            if (line is null)
            {
                valid.PermitApplicationId = permit.Id;
                valid.LineNo = await NextLineNoAsync(permit.Id, ct);
                db.Add(valid);
            }
            else
            {
                valid.Id = line.Id;
                valid.PermitApplicationId = line.PermitApplicationId;
                valid.LineNo = line.LineNo;
                db.Entry(line).CurrentValues.SetValues(valid);
            }

            access.Touch(permit, user);
            try
            {
                if (await access.TrySaveAsync(ct))
                {
                    return PermitCommandResult.Ok(valid.LineNo, line is null ? $"已新增商品，序号 {valid.LineNo}。" : $"已修改商品，序号 {valid.LineNo}。");
                }
            }
            catch (DbUpdateException) when (line is null)
            {
                // The unique (application, 序号) index: a concurrent addition took this number first.
                db.ChangeTracker.Clear();
            }

            if (line is not null || attempt == AddAttempts)
            {
                return PermitCommandResult.Fail<int>(PermitCommandStatus.Conflict, PermitAccess.ConflictMessage);
            }
        }
    }

    /// <summary>Deletes the chosen lines of this application; an id of another application refuses the whole command.</summary>
    public async Task<PermitCommandResult<int>> DeleteAsync(int id, IReadOnlyCollection<int> goodsIds, int? expectedRevision, ClaimsPrincipal user, CancellationToken ct)
    {
        var load = await access.LoadEditableAsync(id, user, expectedRevision, "修改", ct);
        if (load.Permit is not { } permit)
        {
            return load.Fail<int>();
        }

        if (goodsIds.Count == 0)
        {
            return PermitCommandResult.Fail<int>(PermitCommandStatus.Invalid, "请先勾选要删除的商品。");
        }

        var lines = await db.Set<PermitGoods>().Where(g => g.PermitApplicationId == permit.Id && goodsIds.Contains(g.Id)).ToListAsync(ct);
        if (lines.Count != goodsIds.Distinct().Count())
        {
            db.ChangeTracker.Clear();
            return PermitCommandResult.Fail<int>(PermitCommandStatus.NotFound, "未找到要删除的商品。");
        }

        db.RemoveRange(lines);
        access.Touch(permit, user);
        return await access.TrySaveAsync(ct)
            ? PermitCommandResult.Ok(lines.Count, $"已删除 {lines.Count} 条商品。")
            : PermitCommandResult.Fail<int>(PermitCommandStatus.Conflict, PermitAccess.ConflictMessage);
    }

    internal async Task<int> NextLineNoAsync(int permitId, CancellationToken ct)
        => (await db.Set<PermitGoods>().Where(g => g.PermitApplicationId == permitId).MaxAsync(g => (int?)g.LineNo, ct) ?? 0) + 1;
}
