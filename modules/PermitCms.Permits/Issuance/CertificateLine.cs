namespace PermitCms.Permits.Issuance;

/// <summary>One goods line as the 电子批准单 prints it (code-list values already turned into names).</summary>
public sealed record CertificateLine(
    int LineNo, string Title, string OriginalTitle, string HsCode, string Carrier, string Country,
    int Quantity, string Unit, decimal UnitPrice, decimal TotalPrice, string Currency);
