namespace PermitCms.Permits.Data;

/// <summary>What part of an application a <see cref="PermitChange"/> is about.</summary>
public enum PermitChangeKind
{
    /// <summary>The application itself: its creation (新增, 复制) or a field of 基本信息.</summary>
    Basic,

    /// <summary>A line (or, for 导入 and large deletions, a range of lines) of 商品信息.</summary>
    Goods,

    /// <summary>An uploaded or deleted 附件.</summary>
    Attachment,
}
