using System.ComponentModel;

namespace PermitCms.Permits.Api;

[Description("An attachment (附件) of the application.")]
public sealed record PermitApiAttachment(int Id, string FileName, [property: Description("Bytes.")] long Size, DateTime UploadedAt, string UploadedBy);
