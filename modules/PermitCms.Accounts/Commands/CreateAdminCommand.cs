using Microsoft.AspNetCore.Identity;
using PermitCms.Core.Accounts;
using PermitCms.Core.Modules;
using PermitCms.Core.Security;

namespace PermitCms.Accounts.Commands;

/// <summary>
/// <c>create-admin --user NAME [--name 显示名称]</c>: the first administrator of an installation without demo data.
/// The password never goes on the command line (shell history, process list): it comes from
/// <see cref="PasswordVariable"/> or standard input.
/// </summary>
internal sealed class CreateAdminCommand(UserManager<AppUser> users) : IAppCommand
{
    public const string PasswordVariable = "PERMITCMS_ADMIN_PASSWORD";

    public string Name => "create-admin";

    public string Usage => $"create-admin --user 用户名 [--name 显示名称]；密码取自环境变量 {PasswordVariable}，否则从标准输入读取";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var userName = Option(arguments, "--user")?.Trim();
        if (string.IsNullOrEmpty(userName))
        {
            await output.WriteLineAsync($"缺少用户名。用法：{Usage}");
            return 2;
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            await output.WriteLineAsync($"用户“{userName}”已存在，未做任何修改。");
            return 1;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : SecretReader.Read(input, output, "请输入新管理员的密码：");
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"缺少密码：请设置环境变量 {PasswordVariable} 或从标准输入提供。");
            return 2;
        }

        var user = new AppUser { UserName = userName, DisplayName = Option(arguments, "--name")?.Trim() is { Length: > 0 } name ? name : "系统管理员" };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await output.WriteLineAsync($"未能创建管理员：{string.Join("；", created.Errors.Select(e => e.Description))}");
            return 1;
        }

        var role = await users.AddToRoleAsync(user, Roles.Administrator);
        if (!role.Succeeded)
        {
            await users.DeleteAsync(user);
            await output.WriteLineAsync($"未能授予管理员角色：{string.Join("；", role.Errors.Select(e => e.Description))}");
            return 1;
        }

        await output.WriteLineAsync($"已创建管理员“{userName}”，请用该用户名和密码登录 /Account/Login。");
        return 0;
    }

    private static string? Option(IReadOnlyList<string> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (string.Equals(arguments[i], name, StringComparison.Ordinal))
            {
                return i + 1 < arguments.Count ? arguments[i + 1] : null;
            }

            if (arguments[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return arguments[i][(name.Length + 1)..];
            }
        }

        return null;
    }
}
