using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Captcha;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts;

/// <summary>Anonymous image requests cannot fill the captcha table.</summary>
public sealed class CaptchaBoundTests : IAsyncLifetime
{
    private readonly PermitCmsFactory _app = new PermitCmsFactory().WithCaptcha().Set("Captcha:MaxLiveChallenges", "5");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> CountAsync() => _app.WithDbAsync(db => db.Set<CaptchaChallenge>().CountAsync(Ct));

    [Fact]
    public async Task A_new_image_replaces_the_one_the_browser_was_shown()
    {
        var client = _app.CreateBrowserLikeClient();
        for (var i = 0; i < 4; i++)
        {
            (await client.GetAsync(CaptchaService.ImagePath, Ct)).EnsureSuccessStatusCode();
        }

        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task Clients_without_cookies_never_hold_more_than_the_cap_and_expired_rows_are_swept()
    {
        var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        for (var i = 0; i < 12; i++)
        {
            (await client.GetAsync(CaptchaService.ImagePath, Ct)).EnsureSuccessStatusCode();
        }

        Assert.Equal(5, await CountAsync());

        await _app.WithDbAsync(db => db.Set<CaptchaChallenge>().ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, DateTime.UtcNow.AddSeconds(-1)), Ct));
        (await client.GetAsync(CaptchaService.ImagePath, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(1, await CountAsync());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
