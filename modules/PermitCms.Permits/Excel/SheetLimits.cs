namespace PermitCms.Permits.Excel;

/// <summary>
/// The extent a template's sheet may have: its columns and its rows (header included). Blank rows count, since
/// the sheet's row numbers, not its non-empty rows, are what a reader walks.
/// </summary>
/// <param name="TooManyRows">The message when a row number lies beyond <paramref name="Rows"/>.</param>
public sealed record SheetLimits(int Columns, int Rows, string TooManyRows);
