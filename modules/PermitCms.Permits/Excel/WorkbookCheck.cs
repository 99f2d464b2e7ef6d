namespace PermitCms.Permits.Excel;

/// <summary>The outcome of opening an uploaded workbook: the bytes to read, or why it cannot be read.</summary>
public sealed record WorkbookCheck(MemoryStream? Workbook, string? Error, string? FirstSheetName)
{
    public static WorkbookCheck Refuse(string error) => new(null, error, null);
}
