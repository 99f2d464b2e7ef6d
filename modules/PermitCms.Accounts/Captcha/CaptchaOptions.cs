namespace PermitCms.Accounts.Captcha;

/// <summary>The "Captcha" configuration section.</summary>
public sealed class CaptchaOptions
{
    public const string Section = "Captcha";

    /// <summary>Only automated tests turn this off; production always asks for the 验证码.</summary>
    public bool Enabled { get; set; } = true;

    public int Length { get; set; } = 4;

    /// <summary>A challenge not answered within this time is refused.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(3);
}
