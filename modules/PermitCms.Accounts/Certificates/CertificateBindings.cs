using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;

namespace PermitCms.Accounts.Certificates;

/// <summary>Binding, unbinding and revoking; each returns null on success or the message to show.</summary>
public sealed class CertificateBindings(PermitCmsDbContext db, ClientCertificateValidator validator, TimeProvider time, IAuditLog audit)
{
    public const string AlreadyBoundToYou = "该证书已绑定到您的账户，无需重复绑定。";
    public const string BoundToAnother = "该证书已绑定到其他账户，不能重复绑定。";
    public const string RevokedCannotRebind = "该证书的绑定曾被管理员吊销，不能再次绑定。";
    public const string NotFound = "未找到该证书绑定，可能已被解除。";
    public const string AlreadyRevoked = "该证书绑定已被吊销。";

    public Task<List<CertificateBinding>> ForUserAsync(string userId, CancellationToken ct)
        => db.Set<CertificateBinding>().AsNoTracking().Where(b => b.UserId == userId).OrderByDescending(b => b.CreatedAt).ToListAsync(ct);

    public async Task<string?> BindAsync(string userId, X509Certificate2? certificate, CancellationToken ct)
    {
        var check = validator.Validate(certificate);
        if (check != CertificateCheck.Valid)
        {
            return CertificateMessages.For(check);
        }

        var thumbprint = CertificateInfo.Thumbprint(certificate!);
        if (await db.Set<CertificateBinding>().AsNoTracking().SingleOrDefaultAsync(b => b.Thumbprint == thumbprint, ct) is { } existing)
        {
            return existing.IsRevoked ? RevokedCannotRebind : existing.UserId == userId ? AlreadyBoundToYou : BoundToAnother;
        }

        db.Set<CertificateBinding>().Add(new CertificateBinding
        {
            UserId = userId,
            Thumbprint = thumbprint,
            Subject = CertificateInfo.Truncate(certificate!.Subject, CertificateBinding.NameMaxLength),
            Issuer = CertificateInfo.Truncate(certificate.Issuer, CertificateBinding.NameMaxLength),
            SerialNumber = CertificateInfo.Truncate(certificate.SerialNumber, CertificateBinding.SerialMaxLength),
            NotBefore = certificate.NotBefore.ToUniversalTime(),
            NotAfter = certificate.NotAfter.ToUniversalTime(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The user removes an own, unrevoked binding. A revoked one stays so that it cannot be bound again.</summary>
    public async Task<string?> UnbindAsync(string userId, int id, CancellationToken ct)
    {
        var binding = await db.Set<CertificateBinding>().SingleOrDefaultAsync(b => b.Id == id && b.UserId == userId, ct);
        if (binding is null)
        {
            return NotFound;
        }

        if (binding.IsRevoked)
        {
            return AlreadyRevoked;
        }

        db.Remove(binding);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> RevokeAsync(int id, string revokedBy, CancellationToken ct)
    {
        var binding = await db.Set<CertificateBinding>().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (binding is null)
        {
            return NotFound;
        }

        if (binding.IsRevoked)
        {
            return AlreadyRevoked;
        }

        binding.RevokedAt = time.GetUtcNow().UtcDateTime;
        binding.RevokedBy = revokedBy;
        var owner = await db.Users.Where(u => u.Id == binding.UserId).Select(u => u.UserName).SingleOrDefaultAsync(ct);
        audit.Record(AuditKinds.CertificateRevoked, $"证书：{binding.Subject}；指纹：{binding.Thumbprint}；绑定用户：{owner}");
        await db.SaveChangesAsync(ct);
        return null;
    }
}
