using System.IO.Compression;
using System.Xml;

namespace PermitCms.Permits.Excel;

/// <summary>
/// Finds the parts through the package's relationships, as the format defines them, not by the names Excel
/// happens to use: LibreOffice, WPS and hand-made packages may name them otherwise (sheet part names, case,
/// prefixed or strict namespaces). Every part is read through the upload's budget.
/// </summary>
internal sealed class WorkbookParts
{
    private readonly Dictionary<string, ZipArchiveEntry> entries;
    private readonly ReadBudget budget;

    private WorkbookParts(Dictionary<string, ZipArchiveEntry> entries, ReadBudget budget)
    {
        this.entries = entries;
        this.budget = budget;
    }

    public ReadBudget Budget => budget;

    public string? FirstSheetName { get; private set; }

    public string? FirstSheetPath { get; private set; }

    public string? SharedStringsPath { get; private set; }

    public List<string> SheetPaths { get; } = [];

    /// <summary>Null when the package has no workbook with a sheet.</summary>
    public static WorkbookParts? Find(ZipArchive zip, ReadBudget budget)
    {
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
        }

        var parts = new WorkbookParts(entries, budget);
        var workbook = parts.Relationships("_rels/.rels", "").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target
            ?? "xl/workbook.xml";
        if (!entries.ContainsKey(workbook))
        {
            return null;
        }

        var folder = workbook.Contains('/', StringComparison.Ordinal) ? workbook[..(workbook.LastIndexOf('/') + 1)] : "";
        var rels = parts.Relationships($"{folder}_rels/{workbook[folder.Length..]}.rels", folder);
        parts.SharedStringsPath = rels.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target;
        parts.SheetPaths.AddRange(rels.Where(r => r.Type.EndsWith("/worksheet", StringComparison.Ordinal) && entries.ContainsKey(r.Target)).Select(r => r.Target));
        var (name, id) = parts.FirstSheet(workbook);
        parts.FirstSheetName = name;
        parts.FirstSheetPath = rels.FirstOrDefault(r => r.Id == id).Target;
        return parts.FirstSheetPath is { } path && entries.ContainsKey(path) ? parts : null;
    }

    public Stream Open(string path) => new BudgetedStream(entries[path].Open(), budget);

    public XmlReader Reader(string path) => XmlReader.Create(Open(path), Settings);

    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>The first &lt;sheet&gt; in tab order: its name and relationship id (any prefix, any namespace).</summary>
    private (string? Name, string? Id) FirstSheet(string workbook)
    {
        using var reader = Reader(workbook);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                string? id = null;
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
                    {
                        id = reader.Value;
                    }
                }

                reader.MoveToElement();
                return (reader.GetAttribute("name"), id);
            }
        }

        return (null, null);
    }

    private List<(string Id, string Type, string Target)> Relationships(string path, string folder)
    {
        var list = new List<(string, string, string)>();
        if (!entries.ContainsKey(path))
        {
            return list;
        }

        using var reader = Reader(path);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("TargetMode") is null or "Internal"
                && reader.GetAttribute("Target") is { } target)
            {
                list.Add((reader.GetAttribute("Id") ?? "", reader.GetAttribute("Type") ?? "", Resolve(folder, target)));
            }
        }

        return list;
    }

    /// <summary>A relationship target as a zip entry name: relative to the source's folder unless absolute, "../" resolved.</summary>
    private static string Resolve(string folder, string target)
    {
        var segments = new List<string>();
        var path = Uri.UnescapeDataString(target.Replace('\\', '/'));
        foreach (var segment in (path.StartsWith('/') ? path : folder + path).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
