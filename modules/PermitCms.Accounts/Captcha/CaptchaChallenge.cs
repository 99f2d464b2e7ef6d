namespace PermitCms.Accounts.Captcha;

/// <summary>
/// One issued captcha. Kept in the database, not in memory, so that any app instance can check the answer;
/// deleted when answered (single use) and swept when expired.
/// </summary>
public sealed class CaptchaChallenge
{
    public Guid Id { get; set; }

    public required string Answer { get; set; }

    public DateTime ExpiresAt { get; set; }
}
