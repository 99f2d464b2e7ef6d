using System.Net;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Issuance;

/// <summary>The 电子批准单 through real HTTP, read back the way a person or a scanner reads it (poppler, ZXing).</summary>
public sealed class CertificateTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_pdf_holds_the_fields_as_text_and_its_qr_code_is_the_verification_url()
    {
        Poppler.Require();
        var (id, client) = await IssuedPermits.ApprovedAsync(factory, DemoAccounts.Enterprise1, "PDF-2026-0001");
        var details = await client.Http.GetStringAsync($"/Permits/Details?id={id}", Ct);
        Assert.Contains("下载批准单", details, StringComparison.Ordinal);
        Assert.Contains("下载批准单", await client.Http.GetStringAsync("/Permits/Query", Ct), StringComparison.Ordinal);

        var response = await client.Http.GetAsync($"/Permits/Details?id={id}&handler=Certificate", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync(Ct);

        var permit = await IssuedPermits.LoadAsync(factory, id);
        var text = await Poppler.TextAsync(pdf, Ct);
        foreach (var expected in new[]
        {
            "音像制品（成品）进口批准单", "批准单编号", "PDF-2026-0001", "申请单号", permit.ApplicationNo, "进口单位名称", DemoAccounts.Enterprise1Name,
            "统一社会信用代码", permit.CreditCode, "海关编码", permit.CustomsCode, "入境口岸", "批准日期", "有效期", "审批人员", "审批员张三", "卡门", "Carmen",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.NotNull(permit.VerificationToken);
        Assert.Equal(32, permit.VerificationToken.Length);
        var url = await Poppler.QrCodeAsync(pdf, 1, Ct);
        Assert.Equal($"http://localhost/Verify/{permit.VerificationToken}", url);
        await Poppler.PngAsync(pdf, "certificate-page1", Ct);

        // A second download is the same permit: same token.
        var again = await client.Http.GetByteArrayAsync($"/Permits/Details?id={id}&handler=Certificate", Ct);
        Assert.Equal(url, await Poppler.QrCodeAsync(again, 1, Ct));
    }

    [Fact]
    public async Task Another_enterprise_and_a_draft_get_404_and_reviewers_download_any()
    {
        var (id, _) = await IssuedPermits.ApprovedAsync(factory, DemoAccounts.Enterprise1, "PDF-2026-0002");
        var other = await PermitClient.SignInAsync(factory, DemoAccounts.Enterprise2, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Permits/Details?id={id}&handler=Certificate", Ct)).StatusCode);

        var owner = await PermitClient.SignInAsync(factory, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var draft = await owner.CompleteDraftAsync("PDF-2026-0003");
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Http.GetAsync($"/Permits/Details?id={draft}&handler=Certificate", Ct)).StatusCode);

        var reviewer = factory.CreateBrowserLikeClient();
        await reviewer.SignInAsync(DemoAccounts.Reviewer);
        Assert.Contains("下载批准单", await reviewer.GetStringAsync($"/Admin/Review/Details?id={id}", Ct), StringComparison.Ordinal);
        var staff = await reviewer.GetAsync($"/Admin/Review/Details?id={id}&handler=Certificate", Ct);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal("application/pdf", staff.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/Admin/Review/Details?id={draft}&handler=Certificate", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_verification_page_is_public_shows_the_essentials_and_knows_no_made_up_token()
    {
        var (id, client) = await IssuedPermits.ApprovedAsync(factory, DemoAccounts.Enterprise1, "PDF-2026-0004");
        await client.Http.GetByteArrayAsync($"/Permits/Details?id={id}&handler=Certificate", Ct);
        var permit = await IssuedPermits.LoadAsync(factory, id);

        var anonymous = factory.CreateBrowserLikeClient();
        var page = await anonymous.GetAsync($"/Verify/{permit.VerificationToken}", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"verify-status\">有效<", html, StringComparison.Ordinal);
        Assert.Contains("PDF-2026-0004", html, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.Enterprise1Name, html, StringComparison.Ordinal);
        Assert.DoesNotContain("020-88886666", html, StringComparison.Ordinal);

        var made = await anonymous.GetAsync($"/Verify/{id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, made.StatusCode);
        Assert.Contains("未找到该批准单", await made.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var near = permit.VerificationToken![..^1] + (permit.VerificationToken[^1] == 'A' ? 'B' : 'A');
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Verify/{near}", Ct)).StatusCode);
    }
}
