using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PermitCms.Core.Data;

namespace PermitCms.Accounts.Captcha;

/// <summary>Issues captcha images and checks answers. The challenge id travels in an HttpOnly cookie.</summary>
public sealed class CaptchaService(PermitCmsDbContext db, IOptions<CaptchaOptions> options, TimeProvider time)
{
    public const string ImagePath = "/account/captcha";
    public const string CookieName = "PermitCms.Captcha";

    // No 0/O, 1/I/L: characters people confuse.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public bool Enabled => options.Value.Enabled;

    /// <summary>Creates a challenge, points the caller's cookie at it, and returns its PNG.</summary>
    public async Task<byte[]> IssueAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var challenges = db.Set<CaptchaChallenge>();
        await challenges.Where(c => c.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);

        // A new image replaces the one this browser was shown: one live challenge per captcha cookie.
        if (Guid.TryParseExact(context.Request.Cookies[CookieName], "N", out var previous))
        {
            await challenges.Where(c => c.Id == previous).ExecuteDeleteAsync(cancellationToken);
        }

        var excess = await challenges.CountAsync(cancellationToken) - options.Value.MaxLiveChallenges + 1;
        if (excess > 0)
        {
            var oldest = challenges.OrderBy(c => c.ExpiresAt).Take(excess).Select(c => c.Id);
            await challenges.Where(c => oldest.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var challenge = new CaptchaChallenge
        {
            Id = Guid.NewGuid(),
            Answer = RandomNumberGenerator.GetString(Alphabet, options.Value.Length),
            ExpiresAt = now + options.Value.Lifetime,
        };
        db.Add(challenge);
        await db.SaveChangesAsync(cancellationToken);

        context.Response.Cookies.Append(CookieName, challenge.Id.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            IsEssential = true,
            MaxAge = options.Value.Lifetime,
        });
        return CaptchaImage.Render(challenge.Answer);
    }

    /// <summary>
    /// True when the answer matches the challenge named by the request's cookie and it has not expired.
    /// The challenge is consumed whatever the outcome, so each image can be tried once.
    /// </summary>
    public async Task<bool> ValidateAsync(HttpContext context, string? answer, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return true;
        }

        context.Response.Cookies.Delete(CookieName);
        if (!Guid.TryParseExact(context.Request.Cookies[CookieName], "N", out var id) || string.IsNullOrWhiteSpace(answer))
        {
            return false;
        }

        var challenge = await db.Set<CaptchaChallenge>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return false;
        }

        // Whoever deletes the row owns the answer: two concurrent posts of one challenge cannot both pass.
        var consumed = await db.Set<CaptchaChallenge>().Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken) == 1;
        return consumed
            && challenge.ExpiresAt > time.GetUtcNow().UtcDateTime
            && string.Equals(challenge.Answer, answer.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
