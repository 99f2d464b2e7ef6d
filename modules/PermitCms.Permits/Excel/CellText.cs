using System.Globalization;

namespace PermitCms.Permits.Excel;

/// <summary>A spreadsheet cell as text, the same whichever program saved it (numbers as typed, not as 1.2E+10).</summary>
internal static class CellText
{
    public static string? From(object? value) => value switch
    {
        null => null,
        string s => s,
        // Integral values (codes, quantities) without a decimal point or exponent.
        double d when Math.Abs(d) < 1e15 && d == Math.Floor(d) => ((long)d).ToString(CultureInfo.InvariantCulture),
        // Fifteen significant digits: what Excel shows, without binary noise such as 0.30000000000000004.
        double d => d.ToString("G15", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
