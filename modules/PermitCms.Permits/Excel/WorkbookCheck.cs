namespace PermitCms.Permits.Excel;

/// <summary>The outcome of opening an uploaded workbook: the workbook to read (dispose it), or why it cannot be read.</summary>
public sealed record WorkbookCheck(UploadedWorkbook? Workbook, string? Error)
{
    public static WorkbookCheck Refuse(string error) => new(null, error);
}
