namespace PermitCms.Accounts.Certificates;

/// <summary>The Chinese messages users see; public so tests assert the same text.</summary>
public static class CertificateMessages
{
    public const string Missing = "未读取到卡介质证书。请插入 IC 卡或 Ikey（USB 钥匙），在浏览器弹出的窗口中选择证书后重试。";
    public const string NotYetValid = "卡介质证书尚未生效，请核对证书有效期。";
    public const string Expired = "卡介质证书已过期，请联系发证机构更新证书。";
    public const string NotForClientAuth = "该证书不能用于登录（缺少“客户端身份验证”用途），请使用卡介质中的登录证书。";
    public const string Untrusted = "该证书不是由本系统信任的证书机构签发的，无法登录。";
    public const string Unbound = "该证书尚未绑定任何账户。请先用用户名、密码和验证码登录，在“个人中心”绑定证书。";
    public const string Revoked = "该证书的绑定已被管理员吊销，无法登录。如有疑问请联系管理员。";
    public const string LockedOut = "账户已被临时锁定，请 15 分钟后再试。";
    public const string NotAllowed = "该账户当前不能登录，请联系管理员。";

    public static string For(CertificateCheck check) => check switch
    {
        CertificateCheck.Missing => Missing,
        CertificateCheck.NotYetValid => NotYetValid,
        CertificateCheck.Expired => Expired,
        CertificateCheck.NotForClientAuth => NotForClientAuth,
        _ => Untrusted,
    };
}
