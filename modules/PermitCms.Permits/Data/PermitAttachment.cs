namespace PermitCms.Permits.Data;

/// <summary>
/// 附件: an uploaded program list. The bytes live in <see cref="PermitAttachmentContent"/>, a separate table,
/// so that listing attachments never reads the blobs.
/// </summary>
public sealed class PermitAttachment
{
    public const int FileNameMaxLength = 200;

    public int Id { get; set; }

    public int PermitApplicationId { get; set; }

    public string FileName { get; set; } = "";

    public long Size { get; set; }

    public DateTime UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";

    public PermitAttachmentContent? Content { get; set; }
}
