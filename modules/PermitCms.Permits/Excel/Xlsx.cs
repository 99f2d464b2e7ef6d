namespace PermitCms.Permits.Excel;

public static class Xlsx
{
    /// <summary>The media type of every workbook the module serves (templates, attachments, export).</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
