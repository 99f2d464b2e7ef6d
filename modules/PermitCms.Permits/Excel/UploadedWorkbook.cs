using System.IO.Compression;

namespace PermitCms.Permits.Excel;

/// <summary>
/// An upload that passed <see cref="WorkbookInspector"/>: its bytes, its first sheet (found through the package's
/// relationships) and the budget every further read is charged to.
/// </summary>
public sealed class UploadedWorkbook : IDisposable
{
    private readonly MemoryStream bytes;
    private readonly ZipArchive zip;
    private readonly WorkbookParts parts;
    private List<string>? strings;

    internal UploadedWorkbook(MemoryStream bytes, ZipArchive zip, WorkbookParts parts)
    {
        this.bytes = bytes;
        this.zip = zip;
        this.parts = parts;
    }

    public string FirstSheetName => parts.FirstSheetName ?? "Sheet1";

    /// <summary>The upload exactly as sent, for storing byte for byte.</summary>
    public byte[] ToArray() => bytes.ToArray();

    /// <summary>
    /// The first sheet's rows as they are in the part; throws <see cref="WorkbookRefusedException"/> (with the reason)
    /// when the sheet exceeds <paramref name="limits"/>, holds a formula while <paramref name="refuseFormulas"/>, or is damaged.
    /// </summary>
    public IEnumerable<SheetRow> FirstSheetRows(SheetLimits limits, bool refuseFormulas)
    {
        strings ??= SharedStrings.Load(parts);
        return SheetReader.Read(parts, parts.FirstSheetPath!, FirstSheetName, strings, limits, refuseFormulas);
    }

    /// <summary>The first cell with a formula in any sheet ("sheet part!A1"), or null.</summary>
    public string? FirstFormulaInAnySheet()
    {
        foreach (var path in parts.SheetPaths.Prepend(parts.FirstSheetPath!).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (SheetReader.FirstFormula(parts, path) is { } cell)
            {
                return cell;
            }
        }

        return null;
    }

    /// <summary>Parts that make a workbook act on its own when opened: macros, links to other files, embedded objects.</summary>
    public string? ActiveContent()
        => zip.Entries.Select(e => e.FullName.Replace('\\', '/')).FirstOrDefault(n =>
            n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
            || n.Contains("/externalLinks/", StringComparison.OrdinalIgnoreCase)
            || n.Contains("/embeddings/", StringComparison.OrdinalIgnoreCase)
            || n.Contains("/activeX/", StringComparison.OrdinalIgnoreCase));

    public void Dispose()
    {
        zip.Dispose();
        bytes.Dispose();
    }
}
