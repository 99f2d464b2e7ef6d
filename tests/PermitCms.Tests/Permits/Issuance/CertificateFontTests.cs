using System.Net;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Issuance;

/// <summary>A server without the certificate fonts: 下载批准单 explains itself in Chinese (503) and issues nothing.</summary>
public sealed class CertificateFontTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_missing_font_file_is_a_chinese_503_for_enterprise_and_reviewer_and_issues_no_token()
    {
        await using var factory = new PermitCmsFactory().Set("Permits:CertificateLatinFontPath", "/nonexistent/fonts/NoSuchFont.ttf");
        var (id, client) = await IssuedPermits.ApprovedAsync(factory, DemoAccounts.Enterprise1, "PDF-2026-0901");

        var response = await client.Http.GetAsync($"/Permits/Details?id={id}&handler=Certificate", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("电子批准单暂不可用：服务器缺少生成批准单所需的字体", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NoSuchFont", html, StringComparison.Ordinal);

        var reviewer = factory.CreateBrowserLikeClient();
        await reviewer.SignInAsync(DemoAccounts.Reviewer);
        var staff = await reviewer.GetAsync($"/Admin/Review/Details?id={id}&handler=Certificate", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, staff.StatusCode);
        Assert.Contains("电子批准单暂不可用", await staff.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var permit = await IssuedPermits.LoadAsync(factory, id);
        Assert.Null(permit.VerificationToken);
    }
}
