using PermitCms.Core.Formatting;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;

namespace PermitCms.Permits.Query;

/// <summary>One row of the exported workbook; the attributes give the Chinese column headers.</summary>
public sealed class PermitExportRow
{
    [ExcelColumn(Name = "申请单号", Width = 18)]
    public string ApplicationNo { get; init; } = "";

    [ExcelColumn(Name = "批准单编号", Width = 20)]
    public string ApprovalFormNo { get; init; } = "";

    [ExcelColumn(Name = "入境口岸", Width = 22)]
    public string Port { get; init; } = "";

    [ExcelColumn(Name = "状态", Width = 10)]
    public string State { get; init; } = "";

    [ExcelColumn(Name = "申报日期", Width = 18)]
    public string DeclaredAt { get; init; } = "";

    [ExcelColumn(Name = "进口单位联系人", Width = 14)]
    public string ContactName { get; init; } = "";

    [ExcelColumn(Name = "联系电话", Width = 16)]
    public string ContactPhone { get; init; } = "";

    [ExcelColumn(Name = "创建时间", Width = 18)]
    public string CreatedAt { get; init; } = "";
}

/// <summary>
/// 导出: the whole result of the current conditions (every page) as .xlsx. Rows stream from the database
/// into MiniExcel and on into a temporary file that is deleted when the response has been sent, so that
/// 100,000 rows never sit in memory and the response is written asynchronously. Typed text is
/// <see cref="SpreadsheetText.Neutralise"/>d (no cell of the export can start a formula).
/// </summary>
public sealed class PermitExport(PermitQueryService queries, CodeListService codeLists, TimeProvider time)
{
    public const string ContentType = Excel.Xlsx.ContentType;

    public string FileName() => $"批准单查询_{DisplayTime.Format(time.GetUtcNow().UtcDateTime, "yyyyMMddHHmmss")}.xlsx";

    public async Task<Stream> WriteAsync(int enterpriseId, PermitQuery query, CancellationToken ct)
    {
        var permits = PermitQueryService.Order(await queries.FilterAsync(PermitListScope.Enterprise(enterpriseId), query, ct), PermitListOrder.NewestCreatedFirst);
        var stateNames = (await queries.StatesAsync(ct)).ToDictionary(s => s.Code, s => s.NameZh);
        var codes = await codeLists.GetAsync(ct);
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await file.SaveAsAsync(Rows(permits, stateNames, codes, ct), sheetName: "批准单查询", cancellationToken: ct);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static async IAsyncEnumerable<PermitExportRow> Rows(
        IQueryable<PermitApplication> permits, Dictionary<string, string> stateNames, CodeListSnapshot codes, [EnumeratorCancellation] CancellationToken ct)
    {
        var lines = permits.Select(p => new { p.ApplicationNo, p.ApprovalFormNo, p.PortCode, p.WorkflowState, p.DeclaredAt, p.ContactName, p.ContactPhone, p.CreatedAt });
        await foreach (var p in lines.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return new PermitExportRow
            {
                ApplicationNo = p.ApplicationNo,
                ApprovalFormNo = SpreadsheetText.Neutralise(p.ApprovalFormNo),
                Port = SpreadsheetText.Neutralise(codes.Label(CodeListNames.CustomsDistrict, p.PortCode)),
                State = SpreadsheetText.Neutralise(stateNames.GetValueOrDefault(p.WorkflowState, p.WorkflowState)),
                DeclaredAt = DisplayTime.Format(p.DeclaredAt, empty: ""),
                ContactName = SpreadsheetText.Neutralise(p.ContactName),
                ContactPhone = SpreadsheetText.Neutralise(p.ContactPhone),
                CreatedAt = DisplayTime.Format(p.CreatedAt),
            };
        }
    }
}
