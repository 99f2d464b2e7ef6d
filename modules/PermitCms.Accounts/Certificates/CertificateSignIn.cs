using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;

namespace PermitCms.Accounts.Certificates;

/// <summary>
/// 卡介质登录: validates the certificate on the request (from the TLS connection or the proxy header) and
/// signs in the account it is bound to. Every refusal carries the message to show; none creates a session.
/// </summary>
public sealed class CertificateSignIn(
    ClientCertificateValidator validator,
    PermitCmsDbContext db,
    SignInManager<AppUser> signIn)
{
    /// <summary>The authentication method recorded in the session (the "amr" claim) for certificate sign-ins.</summary>
    public const string AuthenticationMethod = "cert";

    public const string AuthenticationMethodClaim = "amr";

    public async Task<(AppUser? User, string? Error)> SignInAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var certificate = await context.Connection.GetClientCertificateAsync(cancellationToken);
        var check = validator.Validate(certificate);
        if (check != CertificateCheck.Valid)
        {
            return (null, CertificateMessages.For(check));
        }

        var thumbprint = CertificateInfo.Thumbprint(certificate!);
        var binding = await db.Set<CertificateBinding>().Include(b => b.User)
            .SingleOrDefaultAsync(b => b.Thumbprint == thumbprint, cancellationToken);
        if (binding?.User is not { } user)
        {
            return (null, CertificateMessages.Unbound);
        }

        if (binding.IsRevoked)
        {
            return (null, CertificateMessages.Revoked);
        }

        // The password lockout applies to every way in.
        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            return (null, CertificateMessages.LockedOut);
        }

        if (!await signIn.CanSignInAsync(user))
        {
            return (null, CertificateMessages.NotAllowed);
        }

        // Same "amr" claim that Identity's password ("pwd") and passkey sign-ins write.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AuthenticationMethodClaim, AuthenticationMethod)]);
        return (user, null);
    }
}
