using System.Security.Claims;

namespace PermitCms.Permits.Abstractions;

/// <summary>
/// 联网核查 and 核销 for customs (the 海关用户 pages and the API): find an issued permit by 批准单编号 plus the
/// importer's credit code, and record its use against the goods lines' approved quantities. A use that would
/// exceed a line's remaining quantity is refused whole; the use that leaves nothing moves the permit to 已核销
/// through the workflow's 核销 trigger. Results: NotFound, Forbidden (not customs), Invalid (per-line errors), Refused
/// (not valid any more), Conflict (a concurrent use kept winning; retry).
/// </summary>
public interface IPermitVerification
{
    public const int DeclarationNoMaxLength = 30;

    Task<PermitCommandResult<PermitUsage>> LookupAsync(string approvalFormNo, string creditCode, ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<PermitCommandResult<PermitUsage>> RecordUseAsync(PermitUseRequest request, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>The public page's view by the QR code's token (anyone may ask); null for an unknown token.</summary>
    Task<PermitUsage?> VerifyAsync(string token, CancellationToken cancellationToken);
}
