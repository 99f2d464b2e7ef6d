using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Core.Modules;
using PermitCms.Core.Security;

namespace PermitCms.Accounts.Seeding;

/// <summary>Two enterprises with one user each, a reviewer, an administrator and a customs officer — only into a database with no users.</summary>
internal sealed class DemoDataSeeder(
    PermitCmsDbContext db, UserManager<AppUser> users, IOptions<SeedOptions> options, TimeProvider time,
    IHostEnvironment environment, ILogger<DemoDataSeeder> logger) : IDataSeeder
{
    public int Order => -90;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!(options.Value.DemoData ?? environment.IsDevelopment()) || await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        if (!environment.IsDevelopment())
        {
            logger.LogWarning(
                "Seed:DemoData=true: seeding the demo accounts, whose password is published, into the {Environment} database. Create a real administrator (create-admin) and lock or delete them.",
                environment.EnvironmentName);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var first = new Enterprise
        {
            Name = DemoAccounts.Enterprise1Name,
            CreditCode = "91110105MA01Q8XK3N",
            CustomsCode = "1105960123",
            Address = "北京市朝阳区建国路88号",
            ContactName = "王明",
            ContactPhone = "010-65001234",
            CreatedAt = now,
        };
        var second = new Enterprise
        {
            Name = DemoAccounts.Enterprise2Name,
            CreditCode = "91310115MA1H7A2B3C",
            CustomsCode = "3122940567",
            Address = "上海市浦东新区张江路188号",
            ContactName = "李华",
            ContactPhone = "021-58001234",
            CreatedAt = now,
        };
        db.Enterprises.AddRange(first, second);
        await db.SaveChangesAsync(cancellationToken);

        await CreateAsync(DemoAccounts.Enterprise1, "王明", Roles.Enterprise, first.Id);
        await CreateAsync(DemoAccounts.Enterprise2, "李华", Roles.Enterprise, second.Id);
        await CreateAsync(DemoAccounts.Reviewer, "审批员张三", Roles.Reviewer, null);
        await CreateAsync(DemoAccounts.Administrator, "系统管理员", Roles.Administrator, null);
        await CreateAsync(DemoAccounts.Customs, "海关关员李四", Roles.Customs, null);
    }

    private async Task CreateAsync(string userName, string displayName, string role, int? enterpriseId)
    {
        var user = new AppUser { UserName = userName, DisplayName = displayName, EnterpriseId = enterpriseId };
        RoleSeeder.Ensure(await users.CreateAsync(user, DemoAccounts.Password), userName);
        RoleSeeder.Ensure(await users.AddToRoleAsync(user, role), userName);
    }
}
