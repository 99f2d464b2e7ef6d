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

    /// <summary>For a resubmission after 退回 on the review page: the changes since the last return (自退回以来的修改).</summary>
    public PermitChangeList? SinceReturn { get; init; }

    /// <summary>What <see cref="SinceReturn"/> changed, to be marked in the summary; null marks nothing.</summary>
    public PermitChangeMarks? Marks { get; init; }

    public int GoodsPageCount => Math.Max(1, (GoodsCount + GoodsPageSize - 1) / GoodsPageSize);

    // The marks' CSS classes are null where nothing changed, so that Razor leaves the class attribute out: a goods page
    // writes 500 cells, and an empty class="" on each was a tenth of the page's bytes (issue 11).

    /// <summary>The CSS class of a changed 基本信息 field, or null.</summary>
    public string? BasicMark(string property) => Marks?.Basic(property) == true ? PermitChangeMarks.CssClass : null;

    public string? LineMark(int lineNo) => Marks?.Line(lineNo) == true ? PermitChangeMarks.CssClass : null;

    public string? CellMark(int lineNo, string property) => Marks?.Cell(lineNo, property) == true ? PermitChangeMarks.CssClass + "-cell" : null;

    public string? FileMark(string fileName) => Marks?.File(fileName) == true ? PermitChangeMarks.CssClass : null;

    public string StateName(string? code) => code is null ? "" : StateNames.GetValueOrDefault(code, code);
}
