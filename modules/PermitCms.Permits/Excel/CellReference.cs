namespace PermitCms.Permits.Excel;

/// <summary>A1-style references ("K20001", "XFD1"), parsed without allocating and without overflowing.</summary>
internal static class CellReference
{
    /// <summary>Beyond Excel's own limits (XFD, 1,048,576) a reference is not a spreadsheet's.</summary>
    private const int MaxColumn = 16_384;
    private const int MaxRow = 1_048_576;

    public static bool TryParse(ReadOnlySpan<char> reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        var i = 0;
        reference = reference.Trim();
        while (i < reference.Length && reference[i] == '$')
        {
            i++;
        }

        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return false;
            }
        }

        if (i < reference.Length && reference[i] == '$')
        {
            i++;
        }

        for (; i < reference.Length && char.IsAsciiDigit(reference[i]); i++)
        {
            row = (row * 10) + (reference[i] - '0');
            if (row > MaxRow)
            {
                return false;
            }
        }

        return i == reference.Length && (column > 0 || row > 0);
    }

    /// <summary>1 → A, 12 → L, 16384 → XFD.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
