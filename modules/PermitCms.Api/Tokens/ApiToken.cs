namespace PermitCms.Api.Tokens;

/// <summary>
/// An API token a user made on 个人中心 (API 令牌). Only the SHA-256 of the secret is stored: the secret is shown
/// once, at creation, and cannot be read back. A request with the token acts as its user.
/// </summary>
public sealed class ApiToken
{
    public const int NameMaxLength = 50;

    /// <summary>The visible start of the secret (<c>pcms_</c> + 4 characters), so a user can tell tokens apart.</summary>
    public const int PrefixLength = 9;

    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the whole secret, 32 bytes.</summary>
    public byte[] Hash { get; set; } = [];

    public string Prefix { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>Who revoked it (the user or an administrator), by display name.</summary>
    public string? RevokedBy { get; set; }

    public bool IsActive(DateTime now) => RevokedAt is null && ExpiresAt > now;
}
