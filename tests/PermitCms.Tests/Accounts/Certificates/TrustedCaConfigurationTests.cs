using Microsoft.Extensions.Options;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>A CA that cannot be read stops the app at start, rather than refusing every card later.</summary>
public sealed class TrustedCaConfigurationTests
{
    [Theory]
    [InlineData("CertificateLogin:TrustedCaFiles:0", "/nonexistent/card-ca.pem")]
    [InlineData("CertificateLogin:TrustedCaPems:0", "not a certificate")]
    public async Task An_unreadable_CA_stops_the_app_at_start(string key, string value)
    {
        await using var app = new PermitCmsFactory();
        app.Set(key, value);

        Assert.ThrowsAny<OptionsValidationException>(() => app.Services);
    }

    [Fact]
    public async Task A_readable_CA_file_lets_the_app_start()
    {
        await using var app = new ForwardedCertificateApp();
        using var client = app.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/Account/CardLogin", TestContext.Current.CancellationToken)).StatusCode);
    }
}
