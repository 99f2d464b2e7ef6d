namespace PermitCms.Permits.Data;

/// <summary>The bytes of one attachment (at most 10 MB), stored in the database with the application.</summary>
public sealed class PermitAttachmentContent
{
    public int PermitAttachmentId { get; set; }

    public byte[] Data { get; set; } = [];
}
