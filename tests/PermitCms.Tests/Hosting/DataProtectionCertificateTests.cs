using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Hosting;

/// <summary>DataProtection:CertificatePath encrypts the keys stored in the database; without it they are plain XML.</summary>
public sealed class DataProtectionCertificateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_still_sign_in()
    {
        await using var app = new PermitCmsFactory();
        var pfx = Path.Combine(app.DataDirectory, "dataprotection.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=PermitCms Data Protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "changeit"), Ct);
        }

        app.Set("DataProtection:CertificatePath", pfx).Set("DataProtection:CertificatePassword", "changeit");
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Enterprise1);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode);

        var keys = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Ct));
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Without_a_certificate_the_keys_are_stored_unencrypted()
    {
        await using var app = new PermitCmsFactory();
        await app.CreateBrowserLikeClient().SignInAsync(DemoAccounts.Enterprise1);

        var keys = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Ct));
        Assert.All(keys, xml => Assert.Contains("unencrypted", xml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_certificate_file_stops_the_app_at_start()
    {
        await using var app = new PermitCmsFactory();
        app.Set("DataProtection:CertificatePath", Path.Combine(app.DataDirectory, "missing.pfx"));

        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("DataProtection:CertificatePath", error.ToString(), StringComparison.Ordinal);
    }
}
