namespace PermitCms.Permits.Abstractions;

/// <summary>An issued permit as customs see it: its essentials, status, goods lines with quantities and its uses.</summary>
public sealed record PermitUsage(
    string ApprovalFormNo,
    string ApplicationNo,
    string ImporterName,
    string CreditCode,
    string Port,
    DateTime ApprovedAt,
    DateTime ValidUntil,
    PermitValidity Validity,
    IReadOnlyList<PermitUsageLine> Lines,
    IReadOnlyList<PermitUseRecord> Uses)
{
    public string ValidityName => Validity switch
    {
        PermitValidity.Valid => "有效",
        PermitValidity.WrittenOff => "已核销",
        PermitValidity.Revoked => "已撤销",
        _ => "已过期",
    };
}
