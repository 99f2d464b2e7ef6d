using Microsoft.AspNetCore.Identity;

namespace PermitCms.Accounts.Services;

/// <summary>Identity's error codes in the words users read.</summary>
public static class IdentityErrorMessages
{
    public static string Describe(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" => "该用户名已存在。",
        "InvalidUserName" => "用户名只能包含字母、数字和 - . _ @ +。",
        "PasswordMismatch" => "当前密码不正确。",
        "PasswordTooShort" => "密码至少 8 位。",
        "PasswordRequiresDigit" => "密码必须包含数字。",
        "PasswordRequiresLower" => "密码必须包含小写字母。",
        "PasswordRequiresUpper" => "密码必须包含大写字母。",
        "PasswordRequiresNonAlphanumeric" => "密码必须包含符号（如 @ # !）。",
        "PasswordRequiresUniqueChars" => "密码中不同的字符太少。",
        _ => error.Description,
    };
}
