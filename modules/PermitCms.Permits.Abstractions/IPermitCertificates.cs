using System.Security.Claims;

namespace PermitCms.Permits.Abstractions;

/// <summary>
/// The 电子批准单 (PDF) of an approved or written-off application. <c>requestBaseUrl</c> (scheme://host[:port]) is
/// the fallback for the QR code's verification URL when <c>Permits:PublicBaseUrl</c> is not configured.
/// </summary>
public interface IPermitCertificates
{
    /// <summary>The user's own enterprise's permit; null for another's, an unknown id or a state with no permit.</summary>
    Task<PermitFile?> GetOwnAsync(int id, ClaimsPrincipal user, string requestBaseUrl, CancellationToken cancellationToken);

    /// <summary>Any enterprise's permit, for reviewers and administrators; null when there is none.</summary>
    Task<PermitFile?> GetAnyAsync(int id, string requestBaseUrl, CancellationToken cancellationToken);
}
