using PermitCms.Core.Accounts;

namespace PermitCms.Accounts.Certificates;

/// <summary>
/// A client certificate (IC card / USB key) a user bound to the account. Sign-in matches the SHA-256
/// thumbprint. A binding the user removes is deleted; one an administrator revokes is kept with who and
/// when, so the same certificate can never be bound again.
/// </summary>
public sealed class CertificateBinding
{
    public const int ThumbprintLength = 64;
    public const int NameMaxLength = 512;
    public const int SerialMaxLength = 128;

    public int Id { get; set; }

    public required string UserId { get; set; }

    public AppUser? User { get; set; }

    /// <summary>SHA-256 over the certificate's DER bytes, upper-case hex.</summary>
    public required string Thumbprint { get; set; }

    public required string Subject { get; set; }

    public required string Issuer { get; set; }

    public required string SerialNumber { get; set; }

    public DateTime NotBefore { get; set; }

    public DateTime NotAfter { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>User name of the administrator who revoked the binding.</summary>
    public string? RevokedBy { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
