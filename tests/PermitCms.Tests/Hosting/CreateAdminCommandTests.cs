using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Accounts;
using PermitCms.Core.Security;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Hosting;

/// <summary>
/// <c>PermitCms.Web create-admin --user NAME</c>, run as a real process in Production against a fresh database:
/// it migrates, creates the administrator and exits without starting the web server.
/// </summary>
public sealed class CreateAdminCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Creates_the_first_administrator_from_the_environment_or_standard_input_and_exits()
    {
        await using var app = ProductionDefaultsTests.Production();
        var database = Path.Combine(app.DataDirectory, "permitcms.db");

        var fromEnvironment = await RunAsync(database, ["create-admin", "--user", "chief", "--name", "总管理员"], password: "Chief@2026!", stdin: null);
        Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.Output);
        Assert.Contains("已创建管理员“chief”", fromEnvironment.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", fromEnvironment.Output, StringComparison.Ordinal);

        var fromInput = await RunAsync(database, ["create-admin", "--user", "deputy"], password: null, stdin: "Deputy@2026!\n");
        Assert.True(fromInput.ExitCode == 0, fromInput.Output);

        var again = await RunAsync(database, ["create-admin", "--user", "chief"], password: "Other@2026!", stdin: null);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("已存在", again.Output, StringComparison.Ordinal);

        var weak = await RunAsync(database, ["create-admin", "--user", "weak"], password: "123", stdin: null);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("未能创建管理员", weak.Output, StringComparison.Ordinal);

        var noUser = await RunAsync(database, ["create-admin"], password: "Chief@2026!", stdin: null);
        Assert.Equal(2, noUser.ExitCode);

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var chief = await users.FindByNameAsync("chief");
        Assert.NotNull(chief);
        Assert.Equal("总管理员", chief.DisplayName);
        Assert.True(await users.IsInRoleAsync(chief, Roles.Administrator));
        Assert.True(await users.CheckPasswordAsync(chief, "Chief@2026!"));
        Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync("deputy"))!, "Deputy@2026!"));
        Assert.Null(await users.FindByNameAsync("weak"));
        Assert.Equal(2, users.Users.Count());
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string database, string[] arguments, string? password, string? stdin)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(database)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PermitCms.Web.dll"));
        arguments.ToList().ForEach(start.ArgumentList.Add);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__PermitCms"] = $"Data Source={database}";
        start.Environment["PERMITCMS_ADMIN_PASSWORD"] = password;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("create-admin did not exit: it started the web server or waited for input.");
        }

        return (process.ExitCode, await output + await error);
    }
}
