using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;
using PermitCms.Core.Formatting;

namespace PermitCms.Api.Tokens;

/// <summary>Creating, listing, revoking and checking API tokens; creation and revocation are audited in the same save.</summary>
public sealed class ApiTokenService(PermitCmsDbContext db, IAuditLog audit, TimeProvider time)
{
    public const string SecretPrefix = "pcms_";

    /// <summary>The lifetimes 新建令牌 offers, in days; a token never lives longer than a year.</summary>
    public static readonly int[] LifetimeDays = [30, 90, 180, 365];

    /// <summary>Creates a token for the signed-in user; the secret is in the result only, never stored.</summary>
    public async Task<ApiTokenCreation> CreateAsync(ClaimsPrincipal user, string? name, int lifetimeDays, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors["Name"] = "请填写令牌名称";
        }
        else if (trimmed.Length > ApiToken.NameMaxLength)
        {
            errors["Name"] = $"令牌名称不能超过{ApiToken.NameMaxLength}个字符";
        }

        if (!LifetimeDays.Contains(lifetimeDays))
        {
            errors["LifetimeDays"] = "请选择有效期（30、90、180 或 365 天）";
        }

        if (user.GetUserId() is not { } userId)
        {
            errors[""] = "请先登录。";
        }

        if (errors.Count > 0)
        {
            return new ApiTokenCreation(null, null, errors);
        }

        var secret = SecretPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow().UtcDateTime;
        var token = new ApiToken
        {
            UserId = user.GetUserId()!,
            Name = trimmed,
            Hash = HashOf(secret),
            Prefix = secret[..ApiToken.PrefixLength],
            CreatedAt = now,
            ExpiresAt = now.AddDays(lifetimeDays),
        };
        db.Add(token);
        audit.Record(AuditKinds.ApiTokenCreated, $"令牌：{token.Name}（{token.Prefix}…）；有效期至 {DisplayTime.Format(token.ExpiresAt)}");
        await db.SaveChangesAsync(ct);
        return new ApiTokenCreation(token, secret, errors);
    }

    public Task<List<ApiToken>> ListOwnAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.GetUserId() ?? "";
        return db.Set<ApiToken>().AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct);
    }

    /// <summary>Revokes a token of the user's own (or, with <paramref name="anyUser"/>, anyone's); false when there is no such active token.</summary>
    public async Task<bool> RevokeAsync(int id, ClaimsPrincipal user, bool anyUser, CancellationToken ct)
    {
        var userId = user.GetUserId() ?? "";
        var token = await db.Set<ApiToken>().SingleOrDefaultAsync(t => t.Id == id && (anyUser || t.UserId == userId) && t.RevokedAt == null, ct);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt = time.GetUtcNow().UtcDateTime;
        token.RevokedBy = user.GetDisplayName();
        var owner = await db.Users.Where(u => u.Id == token.UserId).Select(u => u.UserName).SingleOrDefaultAsync(ct);
        audit.Record(AuditKinds.ApiTokenRevoked, $"令牌：{token.Name}（{token.Prefix}…）；所属用户：{owner}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The active token with this secret, or null (unknown, revoked or expired look alike).</summary>
    public async Task<ApiToken?> FindActiveAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = HashOf(secret);
        var token = await db.Set<ApiToken>().AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, ct);
        return token is not null && token.IsActive(time.GetUtcNow().UtcDateTime) ? token : null;
    }

    /// <summary>Notes the use at most once a minute, so a busy client does not write on every request.</summary>
    public async Task NoteUseAsync(ApiToken token, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (token.LastUsedAt is { } last && now - last < TimeSpan.FromMinutes(1))
        {
            return;
        }

        await db.Set<ApiToken>().Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
    }

    public static byte[] HashOf(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
