namespace PermitCms.Permits.Excel;

/// <summary>
/// One row as it is in the sheet: its own row number and its cells' text by column (index 0 = A). The reader
/// refills the same <see cref="Cells"/> array for the next row: a caller that keeps a row copies it.
/// </summary>
public readonly record struct SheetRow(int Number, string?[] Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
