using System.Xml;

namespace PermitCms.Permits.Excel;

/// <summary>A worksheet's element names atomised in the reader's name table, so that a name is matched by reference.</summary>
internal sealed class SheetNames(XmlNameTable table)
{
    public string Dimension { get; } = table.Add("dimension");

    public string Row { get; } = table.Add("row");

    public string Cell { get; } = table.Add("c");

    public string Value { get; } = table.Add("v");

    public string InlineString { get; } = table.Add("is");

    public string Formula { get; } = table.Add("f");
}
