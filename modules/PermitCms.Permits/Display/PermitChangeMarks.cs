using PermitCms.Permits.Data;

namespace PermitCms.Permits.Display;

/// <summary>
/// Which fields, goods lines and files of the summary to mark as 已修改, from a list of changes: a field of
/// 基本信息, a cell of a changed line, a whole line added (or imported, by range), an uploaded file.
/// </summary>
public sealed class PermitChangeMarks
{
    public const string CssClass = "permit-changed";

    private readonly HashSet<string> _basic = [];
    private readonly HashSet<(int Line, string Property)> _cells = [];
    private readonly List<(int From, int To)> _lines = [];
    private readonly HashSet<string> _files = [];

    public PermitChangeMarks(IEnumerable<PermitChange> changes)
    {
        foreach (var c in changes)
        {
            switch (c.Kind)
            {
                case PermitChangeKind.Basic when c.Property.Length > 0:
                    _basic.Add(c.Property);
                    break;
                case PermitChangeKind.Goods when c.LineFrom is { } from && c.LineTo is { } to && c.NewValue is not null:
                    _lines.Add((from, to));
                    if (c.Property.Length > 0)
                    {
                        _cells.Add((from, c.Property));
                    }

                    break;
                case PermitChangeKind.Attachment when c.NewValue is not null:
                    _files.Add(c.Target);
                    break;
            }
        }
    }

    public bool Basic(string property) => _basic.Contains(property);

    public bool Line(int lineNo) => _lines.Exists(l => l.From <= lineNo && lineNo <= l.To);

    public bool Cell(int lineNo, string property) => _cells.Contains((lineNo, property));

    public bool File(string fileName) => _files.Contains(fileName);
}
