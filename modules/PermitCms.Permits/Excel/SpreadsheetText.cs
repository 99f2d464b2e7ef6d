namespace PermitCms.Permits.Excel;

/// <summary>
/// Text the app writes into a workbook or CSV that a user typed (or an administrator edited): a leading
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR would make Excel or WPS take it for a formula once the cell is
/// edited or the CSV opened (spreadsheet injection), so such text gets a leading apostrophe, the way Excel
/// itself marks "this is text". The apostrophe is visible in the cell; the text after it is unchanged.
/// </summary>
public static class SpreadsheetText
{
    public static string Neutralise(string? text)
        => text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text ?? "";
}
