namespace PermitCms.Permits.Abstractions;

/// <summary>
/// A 核销 to record: the permit (批准单编号 + the importer's 统一社会信用代码), the quantity used per goods line
/// (序号 → quantity; lines left out or 0 are not used this time) and an optional 报关单号.
/// </summary>
public sealed record PermitUseRequest(string ApprovalFormNo, string CreditCode, IReadOnlyDictionary<int, int> Quantities, string? DeclarationNo);
