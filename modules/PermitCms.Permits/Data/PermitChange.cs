namespace PermitCms.Permits.Data;

/// <summary>
/// 修改记录: one change of an application — who, when, what (字段 原值 → 新值) — written by the command layer
/// in the transaction of the change itself (<see cref="Applications.PermitChangeRecorder"/>). Only ever
/// inserted: it is the evidence a reviewer reads when an application comes back after 退回.
/// Values are the texts the pages show (code list names rather than codes), as they were at the time.
/// </summary>
public sealed class PermitChange : PermitCms.Core.Data.IAppendOnly
{
    public const int ValueMaxLength = 500;
    public const int TargetMaxLength = 200;

    public long Id { get; set; }

    public int PermitApplicationId { get; set; }

    public DateTime At { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public PermitChangeKind Kind { get; set; }

    /// <summary>What was changed, as users name it: "" for 基本信息, "序号 3" for goods, the file name for attachments.</summary>
    public string Target { get; set; } = "";

    /// <summary>The goods lines concerned (序号, inclusive), so that the review page can mark them; null for other kinds.</summary>
    public int? LineFrom { get; set; }

    public int? LineTo { get; set; }

    /// <summary>The property changed (for marking the field), or "" for a whole line, file or application.</summary>
    public string Property { get; set; } = "";

    /// <summary>The Chinese field label (批准单编号, 数量 …) or the action (新增商品, 上传附件 …).</summary>
    public string Field { get; set; } = "";

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}
