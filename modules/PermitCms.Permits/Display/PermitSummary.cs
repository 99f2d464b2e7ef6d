using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Display;

/// <summary>
/// What the read-only view of an application shows — the enterprise's 批准单详细信息 and the reviewer's page
/// alike (_PermitSummary.cshtml): 审批意见, basic information, one page of goods, attachments and history.
/// Both pages serve attachment downloads through their own "Attachment" handler (id, attachmentId).
/// </summary>
public sealed record PermitSummary(
    PermitApplication Permit,
    CodeListSnapshot Codes,
    IReadOnlyList<PermitGoods> GoodsLines,
    int GoodsCount,
    decimal GoodsTotal,
    int GoodsPage,
    IReadOnlyList<PermitAttachment> Attachments,
    IReadOnlyList<WorkflowHistoryEntry> History,
    IReadOnlyDictionary<string, string> StateNames)
{
    public const int GoodsPageSize = 50;

    public int GoodsPageCount => Math.Max(1, (GoodsCount + GoodsPageSize - 1) / GoodsPageSize);

    public string StateName(string? code) => code is null ? "" : StateNames.GetValueOrDefault(code, code);
}
