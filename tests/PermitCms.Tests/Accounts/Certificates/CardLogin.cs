using System.Net;
using PermitCms.Accounts.Certificates;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>What every case test checks after pressing 登录 on the 卡介质登录 page.</summary>
public static class CardLogin
{
    public static async Task CasesSeededAsync(PermitCmsFactory app)
    {
        await CertificateSeed.BindAsync(app, PermitCms.Accounts.Seeding.DemoAccounts.Enterprise1, TestCertificates.ValidBound);
        await CertificateSeed.BindAsync(app, PermitCms.Accounts.Seeding.DemoAccounts.Enterprise1, TestCertificates.Expired);
        await CertificateSeed.BindAsync(app, PermitCms.Accounts.Seeding.DemoAccounts.Enterprise1, TestCertificates.FromOtherCa);
        await CertificateSeed.BindAsync(app, PermitCms.Accounts.Seeding.DemoAccounts.Enterprise1, TestCertificates.NoClientAuth);
        await CertificateSeed.BindAsync(app, PermitCms.Accounts.Seeding.DemoAccounts.Enterprise2, TestCertificates.Revoked, revoked: true);
    }

    public static TheoryData<string> RefusedCases => ["unbound", "expired", "other-ca", "revoked", "no-client-auth", "none"];

    public static (System.Security.Cryptography.X509Certificates.X509Certificate2? Certificate, string Message) Case(string name) => name switch
    {
        "unbound" => (TestCertificates.ValidUnbound, CertificateMessages.Unbound),
        "expired" => (TestCertificates.Expired, CertificateMessages.Expired),
        "other-ca" => (TestCertificates.FromOtherCa, CertificateMessages.Untrusted),
        "revoked" => (TestCertificates.Revoked, CertificateMessages.Revoked),
        "no-client-auth" => (TestCertificates.NoClientAuth, CertificateMessages.NotForClientAuth),
        "none" => (null, CertificateMessages.Missing),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static Task<HttpResponseMessage> PressLoginAsync(HttpClient client)
        => client.PostFormAsync("/Account/CardLogin", "/Account/CardLogin", new Dictionary<string, string>());

    public static async Task AssertSignedInAsEnterprise1Async(HttpClient client)
    {
        var response = await PressLoginAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("PermitCms.Auth=", StringComparison.Ordinal));

        var home = await client.GetStringAsync("/");
        Assert.Contains(PermitCms.Accounts.Seeding.DemoAccounts.Enterprise1Name, home, StringComparison.Ordinal);
    }

    public static async Task AssertRefusedAsync(HttpClient client, string message)
    {
        var response = await PressLoginAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("PermitCms.Auth=", StringComparison.Ordinal));

        // No session: the home page still sends the client to the login page.
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Account/Login", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
