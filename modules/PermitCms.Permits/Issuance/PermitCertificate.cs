namespace PermitCms.Permits.Issuance;

/// <summary>Everything the 电子批准单 shows: what <see cref="CertificatePdf"/> lays out.</summary>
public sealed record PermitCertificate(
    string ApprovalFormNo,
    string ApplicationNo,
    string ImporterName,
    string CreditCode,
    string CustomsCode,
    string Address,
    string Port,
    DateTime ApprovedAt,
    DateTime ValidUntil,
    string ReviewerName,
    string VerificationUrl,
    IReadOnlyList<CertificateLine> Lines)
{
    public const string Title = "音像制品（成品）进口批准单";

    /// <summary>The download's file name: the form number is the enterprise's free text, so only the 申请单号 is used.</summary>
    public string FileName => $"批准单_{ApplicationNo}.pdf";
}
