using System.Security.Claims;
using Microsoft.Extensions.Logging;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;

namespace PermitCms.Permits.Applications;

/// <summary>
/// 商品信息 from Excel (选择文件 + 导入): the whole workbook or nothing. A bad workbook is refused with every
/// problem by row and column (<see cref="PermitCommandStatus.Invalid"/>); a file that is no workbook of the
/// template is <see cref="PermitCommandStatus.Refused"/>. The value is the number of lines imported.
/// </summary>
public sealed partial class GoodsImport(PermitCmsDbContext db, PermitAccess access, GoodsCommands goods, CodeListService codeLists, ILogger<GoodsImport> logger)
{
    public const string UnreadableMessage = "无法读取该工作簿，请用 Excel、WPS 或 LibreOffice 另存为 .xlsx 后重试。";

    public async Task<PermitCommandResult<int>> ImportAsync(int id, PermitUpload? file, int? expectedRevision, ClaimsPrincipal user, CancellationToken ct)
    {
        var stages = new ImportStages();
        var load = await access.LoadEditableAsync(id, user, expectedRevision, "导入商品", ct);
        stages.Mark("load");
        if (load.Permit is not { } permit)
        {
            return load.Fail<int>();
        }

        if (file is null)
        {
            return Refused("请先选择要导入的 Excel 文件（.xlsx）。");
        }

        if (file.Length == 0)
        {
            return Refused("所选文件为空（0 字节），请选择填好的 Excel 文件（.xlsx）。");
        }

        if (!file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Refused("只能导入 .xlsx 格式的 Excel 文件。");
        }

        // The request's cancellation and a time budget bound every read below (WorkbookInspector.TimeBudget).
        var check = await WorkbookInspector.OpenAsync(file.Content, file.Length, GoodsImporter.MaxBytes, WorkbookInspector.TimeBudget, ct);
        stages.Mark("inspect");
        if (check.Workbook is not { } workbook)
        {
            return Refused(check.Error!);
        }

        // One transaction: either every line is in or none is. The lines are inserted while the rest of the workbook
        // is read (GoodsBulkWriter); a problem anywhere and the transaction rolls back what went in. The
        // application's own UPDATE (its concurrency token) fails if anything changed it meanwhile, and then the
        // lines roll back with it.
        using var disposeWorkbook = workbook;
        var codes = await codeLists.GetAsync(ct);
        var lineNo = await goods.NextLineNoAsync(permit.Id, ct);
        stages.Mark("codes, line numbers");
        await using var transaction = await GoodsBulkInsert.BeginAsync(db, ct);
        GoodsImporter.Result result;
        await using (var writer = GoodsBulkInsert.Writer(db, ct))
        {
            result = GoodsImporter.Read(workbook, codes, line =>
            {
                line.PermitApplicationId = permit.Id;
                line.LineNo = lineNo++;
                writer.Add(line);
            });

            stages.Mark("read+validate (inserting meanwhile)");
            if (result.Fatal is not null)
            {
                return Refused(result.Fatal);
            }

            if (result.Errors.Count > 0)
            {
                var more = result.Errors.Count >= GoodsImporter.MaxErrors ? "+" : "";
                return PermitCommandResult.Fail<int>(
                    PermitCommandStatus.Invalid,
                    $"导入失败：发现 {result.Errors.Count}{more} 个问题，整个文件未导入。请修改后重新导入。",
                    [.. result.Errors.Select(e => new PermitFieldError(e.Field, e.Message, e.Row, e.Column))]);
            }

            try
            {
                await writer.CompleteAsync();
                stages.Mark("insert (rest)");
            }
            catch (System.Data.Common.DbException)
            {
                // Another import or dialog save of the same application took these line numbers first.
                return PermitCommandResult.Fail<int>(PermitCommandStatus.Conflict, "该申请的商品信息正被同时修改，请刷新后重试。");
            }
        }

        // One entry for the whole import: a 20,000-line workbook is one change, not 20,000 rows of history.
        if (result.Goods.Count > 0)
        {
            var (first, last) = (result.Goods[0].LineNo, result.Goods[^1].LineNo);
            access.Note(new PermitChange
            {
                PermitApplicationId = permit.Id, Kind = PermitChangeKind.Goods, Target = PermitChangeRecorder.LineTarget(first, last),
                LineFrom = first, LineTo = last, Field = "导入商品", NewValue = $"导入 {result.Goods.Count} 条（{Path.GetFileName(file.FileName)}）",
            });
        }

        access.Touch(permit, user);
        if (!await access.TrySaveAsync(ct))
        {
            return PermitCommandResult.Fail<int>(PermitCommandStatus.Conflict, PermitAccess.ConflictMessage);
        }

        stages.Mark("record+save");
        await transaction.CommitAsync(ct);
        stages.Mark("commit");
        Imported(logger, result.Goods.Count, stages);
        return PermitCommandResult.Ok(result.Goods.Count, $"导入成功，共 {result.Goods.Count} 条商品。");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Goods import of {Lines} lines: {Stages}")]
    private static partial void Imported(ILogger logger, int lines, ImportStages stages);

    private static PermitCommandResult<int> Refused(string message) => PermitCommandResult.Fail<int>(PermitCommandStatus.Refused, message);
}
