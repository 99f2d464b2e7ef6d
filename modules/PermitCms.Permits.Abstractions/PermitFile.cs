namespace PermitCms.Permits.Abstractions;

/// <summary>A stored file of an application (an attachment), ready to send.</summary>
public sealed record PermitFile(string FileName, string ContentType, byte[] Data);
