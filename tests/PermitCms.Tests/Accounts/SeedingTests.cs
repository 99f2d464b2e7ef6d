using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Accounts;
using PermitCms.Core.Security;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts;

public sealed class SeedingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task First_run_seeds_two_enterprises_their_users_a_reviewer_and_an_administrator_once()
    {
        await using var factory = new PermitCmsFactory();
        await AssertDemoDataAsync(factory);

        // A second start on the same database adds nothing.
        await using var again = new PermitCmsFactory();
        again.Set("ConnectionStrings:PermitCms", $"Data Source={Path.Combine(factory.DataDirectory, "permitcms.db")}");
        await AssertDemoDataAsync(again);
    }

    [Fact]
    public async Task With_demo_data_off_only_the_roles_exist()
    {
        await using var factory = new PermitCmsFactory();
        factory.Set("Seed:DemoData", "false");

        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync(Ct)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Enterprises.CountAsync(Ct)));
        Assert.Equal(Roles.All.Order(), await factory.WithDbAsync(db => db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync(Ct)));
    }

    private static async Task AssertDemoDataAsync(PermitCmsFactory factory)
    {
        var enterprises = await factory.WithDbAsync(db => db.Enterprises.OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Equal([DemoAccounts.Enterprise1Name, DemoAccounts.Enterprise2Name], enterprises.Select(e => e.Name));
        Assert.All(enterprises, e => Assert.True(CreditCode.IsValid(e.CreditCode), e.CreditCode));
        Assert.All(enterprises, e => Assert.Equal(10, e.CustomsCode.Length));

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal(5, await users.Users.CountAsync(Ct));
        foreach (var (name, role) in new[] { (DemoAccounts.Enterprise1, Roles.Enterprise), (DemoAccounts.Enterprise2, Roles.Enterprise), (DemoAccounts.Reviewer, Roles.Reviewer), (DemoAccounts.Administrator, Roles.Administrator), (DemoAccounts.Customs, Roles.Customs) })
        {
            var user = await users.FindByNameAsync(name);
            Assert.NotNull(user);
            Assert.Equal([role], await users.GetRolesAsync(user));
            Assert.Equal(role == Roles.Enterprise, user.EnterpriseId is not null);
            Assert.True(await users.CheckPasswordAsync(user, DemoAccounts.Password));
        }
    }
}
