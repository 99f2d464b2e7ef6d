using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Api;

/// <summary>An ERP system's client: a token made on 个人中心 → API 令牌 (cookie + antiforgery, as a user does), then bearer calls over real HTTP.</summary>
public static partial class ApiClient
{
    public static async Task<string> CreateTokenThroughPageAsync(PermitCmsFactory app, string userName, string name = "ERP 测试")
    {
        var browser = app.CreateBrowserLikeClient();
        await browser.SignInAsync(userName);
        var response = await browser.PostFormAsync("/Account/ApiTokens", "/Account/ApiTokens?handler=Create", new Dictionary<string, string> { ["Name"] = name, ["LifetimeDays"] = "90" });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var match = SecretPattern().Match(html);
        Assert.True(match.Success, "The page shows no new token: " + html[..Math.Min(html.Length, 500)]);
        return match.Groups[1].Value;
    }

    public static HttpClient For(KestrelPermitCmsFactory app, string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A POST with a fresh (or the given) Idempotency-Key.</summary>
    public static Task<HttpResponseMessage> PostKeyedAsync(this HttpClient client, string url, HttpContent? content, string? key = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> SendWithIfMatchAsync(this HttpClient client, HttpMethod method, string url, HttpContent? content, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static JsonContent Json(object value) => JsonContent.Create(value);

    public static MultipartFormDataContent File(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();

    public static object Goods(string title = "卡门", object? quantity = null) => new
    {
        title, originalTitle = "Carmen", hsCode = "8523499020", carrierCode = "DVD", publisher = "EMI", countryCode = "FR",
        languageCode = "fr", quantity = quantity ?? 3, unitCode = "010", unitPrice = 19.5m, currencyCode = "EUR",
    };

    [GeneratedRegex("id=\"created-secret\" readonly value=\"(pcms_[A-Za-z0-9_-]+)\"")]
    private static partial Regex SecretPattern();
}
