namespace PermitCms.Permits.Excel;

/// <summary>One row as it is in the sheet: its own row number and its cells' text by column (index 0 = A).</summary>
public readonly record struct SheetRow(int Number, string?[] Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
