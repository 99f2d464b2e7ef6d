using PermitCms.Accounts.Pages.Account;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts;

public sealed class LockoutTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 4; i++)
        {
            var html = await (await client.LoginAsync(DemoAccounts.Enterprise2, "Wrong@12345")).Content.ReadAsStringAsync(ct);
            Assert.Contains(LoginModel.GenericFailure, html, StringComparison.Ordinal);
        }

        var fifth = await (await client.LoginAsync(DemoAccounts.Enterprise2, "Wrong@12345")).Content.ReadAsStringAsync(ct);
        Assert.Contains(LoginModel.LockedOut, fifth, StringComparison.Ordinal);

        var right = await client.LoginAsync(DemoAccounts.Enterprise2);
        Assert.Contains(LoginModel.LockedOut, await right.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, right.StatusCode);

        // Another account is not affected.
        await client.SignInAsync(DemoAccounts.Enterprise1);
    }
}
