using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Certificates;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Auditing;
using PermitCms.Permits.CodeLists;
using PermitCms.Tests.Accounts.Certificates;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Workflows;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Tests.Accounts.Admin;

/// <summary>审计日志: every administrator action leaves an entry saved with the change; entries never change; the page searches them.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly WorkflowTestApp _app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_administrator_action_is_recorded_with_the_administrator_and_a_failed_save_records_nothing()
    {
        var admin = await SignedInAsync(DemoAccounts.Administrator);
        var enterpriseId = await _app.WithDbAsync(db => db.Enterprises.Select(e => e.Id).FirstAsync(Ct));

        await ExpectRedirectAsync(admin, "/Admin/Enterprises/Edit", "/Admin/Enterprises/Edit", new() { ["Input.Name"] = "闽海音像进口有限公司", ["Input.CreditCode"] = "91350100M000100Y43", ["Input.CustomsCode"] = "3501990001", ["Input.Address"] = "福州市", ["Input.IsActive"] = "true" });
        await ExpectRedirectAsync(admin, "/Admin/Users/Edit", "/Admin/Users/Edit", UserForm("audited", enterpriseId));
        var userId = await _app.WithDbAsync(db => db.Users.Where(u => u.UserName == "audited").Select(u => u.Id).SingleAsync(Ct));
        await ExpectRedirectAsync(admin, "/Admin/Users/Edit", "/Admin/Users/Edit", new(UserForm("audited", enterpriseId)) { ["Input.Id"] = userId, ["Input.DisplayName"] = "改名" });
        foreach (var handler in new[] { "Lock", "Unlock", "ResetPassword" })
        {
            await ExpectRedirectAsync(admin, "/Admin/Users", $"/Admin/Users?handler={handler}", new() { ["id"] = userId });
        }

        var item = await _app.WithDbAsync(db => db.Set<CodeListItem>().FirstAsync(i => i.ListName == CodeListNames.Carrier, Ct));
        await ExpectRedirectAsync(admin, "/Admin/CodeLists", $"/Admin/CodeLists?handler=Toggle&id={item.Id}", []);
        await ExpectRedirectAsync(admin, "/Admin/CodeLists/Edit", "/Admin/CodeLists/Edit", new() { ["Input.Id"] = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.ListName"] = item.ListName, ["Input.Code"] = item.Code, ["Input.NameZh"] = "光盘（改）", ["Input.IsActive"] = "true" });

        await CertificateSeed.BindAsync(_app, DemoAccounts.Enterprise1, TestCertificates.ValidUnbound);
        var bindingId = await _app.WithDbAsync(db => db.Set<CertificateBinding>().Select(b => b.Id).SingleAsync(Ct));
        await ExpectRedirectAsync(admin, "/Admin/Certificates", $"/Admin/Certificates?handler=Revoke&id={bindingId}", []);

        var draftId = await DraftAsync();
        await ExpectRedirectAsync(admin, $"/Admin/Workflows/Version?id={draftId}", $"/Admin/Workflows/Version?id={draftId}&handler=Publish", []);
        Assert.Equal(WorkflowVersionStatus.Published, await _app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Where(v => v.Id == draftId).Select(v => v.Status).SingleAsync(Ct)));

        var entries = await _app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.Kind != AuditKinds.SignInSucceeded).OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Equal(
            [AuditKinds.EnterpriseCreated, AuditKinds.UserCreated, AuditKinds.UserChanged, AuditKinds.UserLocked, AuditKinds.UserUnlocked, AuditKinds.PasswordReset, AuditKinds.CodeListChanged, AuditKinds.CodeListChanged, AuditKinds.CertificateRevoked, AuditKinds.WorkflowPublished],
            entries.Select(e => e.Kind));
        Assert.All(entries, e => Assert.Equal(DemoAccounts.Administrator, e.UserName));
        Assert.Contains("改名", entries[2].Detail, StringComparison.Ordinal);
        Assert.Contains("未绑定 李四", entries[8].Detail, StringComparison.Ordinal);

        // A duplicate user name: the entry was added, Identity's save failed, the transaction took the entry with it.
        var duplicate = await admin.PostFormAsync("/Admin/Users/Edit", "/Admin/Users/Edit", UserForm("audited", enterpriseId));
        Assert.Contains("该用户名已存在", await duplicate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Kind == AuditKinds.UserCreated, Ct)));
    }

    [Fact]
    public async Task Saved_entries_cannot_be_changed_or_deleted()
    {
        await (await SignedInAsync(DemoAccounts.Reviewer)).GetAsync("/", Ct);
        await _app.WithDbAsync(async db =>
        {
            var entry = await db.Set<AuditEntry>().FirstAsync(Ct);
            entry.Detail = "篡改";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
            db.Entry(entry).State = EntityState.Unchanged;
            db.Remove(entry);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        });
        Assert.False(await _app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Detail == "篡改", Ct)));
    }

    [Fact]
    public async Task The_audit_page_searches_by_user_kind_and_date_for_administrators_only()
    {
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateBrowserLikeClient().LoginAsync("nobody-audit", "Wrong@12345")).StatusCode);
        var admin = await SignedInAsync(DemoAccounts.Administrator);

        var failed = await admin.GetStringAsync($"/Admin/Audit?Kind={Uri.EscapeDataString(AuditKinds.SignInFailed)}", Ct);
        Assert.Contains("nobody-audit", failed, StringComparison.Ordinal);
        Assert.DoesNotContain($"<td class=\"text-nowrap\">{DemoAccounts.Administrator}</td>", failed, StringComparison.Ordinal);

        var byUser = await admin.GetStringAsync($"/Admin/Audit?UserName={DemoAccounts.Administrator}", Ct);
        Assert.Contains(AuditKinds.SignInSucceeded, byUser, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody-audit", byUser, StringComparison.Ordinal);

        var tomorrow = DateTime.UtcNow.AddHours(8).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("id=\"no-entries\"", await admin.GetStringAsync($"/Admin/Audit?From={tomorrow}", Ct), StringComparison.Ordinal);
        Assert.Contains(PermitCms.Accounts.Pages.Admin.Audit.IndexModel.BadRange, await admin.GetStringAsync($"/Admin/Audit?From={tomorrow}&To=2020-01-01", Ct), StringComparison.Ordinal);
        Assert.Contains("日期格式不正确", await admin.GetStringAsync("/Admin/Audit?From=notadate", Ct), StringComparison.Ordinal);
        Assert.Contains("审计日志", await admin.GetStringAsync("/Admin", Ct), StringComparison.Ordinal);

        var reviewer = await SignedInAsync(DemoAccounts.Reviewer);
        var refused = await reviewer.GetAsync("/Admin/Audit", Ct);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<int> DraftAsync()
    {
        var definitionId = await _app.WithDbAsync(db => db.Set<WorkflowDefinition>().Select(d => d.Id).FirstAsync(Ct));
        return await _app.WithManagerAsync(async (m, admin) => (await m.CreateDraftAsync(definitionId, admin, CancellationToken.None)).Draft!.Id);
    }

    private static Dictionary<string, string> UserForm(string userName, int enterpriseId) => new()
    {
        ["Input.UserName"] = userName, ["Input.DisplayName"] = "陈静", ["Input.Role"] = "Enterprise",
        ["Input.EnterpriseId"] = enterpriseId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Password"] = "Start@2026x",
    };

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = _app.CreateBrowserLikeClient();
        await client.SignInAsync(userName);
        return client;
    }

    private static async Task ExpectRedirectAsync(HttpClient client, string page, string post, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(page, post, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{post}: {(int)response.StatusCode}");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
