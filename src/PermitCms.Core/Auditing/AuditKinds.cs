namespace PermitCms.Core.Auditing;

/// <summary>The kinds of audit entries, stored as their Chinese labels so the 审计日志 page shows them as they are.</summary>
public static class AuditKinds
{
    public const string SignInSucceeded = "登录成功";
    public const string SignInFailed = "登录失败";
    public const string LockedOut = "账户锁定";
    public const string PasswordChanged = "修改密码";
    public const string UserCreated = "新增用户";
    public const string UserChanged = "修改用户";
    public const string UserLocked = "锁定用户";
    public const string UserUnlocked = "解锁用户";
    public const string PasswordReset = "重置密码";
    public const string EnterpriseCreated = "新增企业";
    public const string EnterpriseChanged = "修改企业";
    public const string CodeListChanged = "修改代码表";
    public const string CertificateRevoked = "吊销证书";
    public const string WorkflowPublished = "发布流程";
    public const string ApiTokenCreated = "新建API令牌";
    public const string ApiTokenRevoked = "吊销API令牌";

    /// <summary>In the order the search page offers them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        SignInSucceeded, SignInFailed, LockedOut, PasswordChanged, UserCreated, UserChanged, UserLocked, UserUnlocked,
        PasswordReset, EnterpriseCreated, EnterpriseChanged, CodeListChanged, CertificateRevoked, WorkflowPublished,
        ApiTokenCreated, ApiTokenRevoked,
    ];
}
