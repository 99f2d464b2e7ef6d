using PermitCms.Permits.Data;

namespace PermitCms.Permits.Display;

/// <summary>A table of 修改记录 (_PermitChanges.cshtml): the entries shown, how many there are in all, and its heading.</summary>
public sealed record PermitChangeList(string Title, string ElementId, IReadOnlyList<PermitChange> Changes, int Total, string Empty)
{
    public bool Capped => Total > Changes.Count;

    public static string KindName(PermitChangeKind kind) => kind switch
    {
        PermitChangeKind.Goods => "商品信息",
        PermitChangeKind.Attachment => "附件",
        _ => "基本信息",
    };
}
