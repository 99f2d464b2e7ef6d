using System.Net;
using System.Text.RegularExpressions;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Query;

/// <summary>Reading the query and details pages and posting their actions the way the browser does.</summary>
public static partial class QueryPages
{
    /// <summary>The ids of the list's rows, in order.</summary>
    public static List<int> RowIds(string html) => RowPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public static int Total(string html) => int.Parse(TotalPattern().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The data-action codes of the buttons in the row of <paramref name="id"/>.</summary>
    public static List<string> RowActions(string html, int id)
    {
        var start = html.IndexOf($"data-id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"row {id} not in the list");
        var end = html.IndexOf("</tr>", start, StringComparison.Ordinal);
        return ActionPattern().Matches(html[start..end]).Select(m => m.Groups[1].Value).ToList();
    }

    /// <summary>Posts a list action with the list's antiforgery token; returns the response (redirects not followed).</summary>
    public static async Task<HttpResponseMessage> PostActionAsync(HttpClient client, string handler, int id, string? trigger = null)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Permits/Query");
        var url = $"/Permits/Query?handler={handler}&id={id}" + (trigger is null ? "" : $"&trigger={trigger}&returnUrl=%2FPermits%2FQuery");
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    /// <summary>Follows a redirect and returns the page it leads to (where the layout shows TempData).</summary>
    public static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
    }

    public static async Task<HttpClient> SignedInAsync(PermitCmsFactory app, string userName)
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(userName);
        return client;
    }

    [GeneratedRegex("<tr data-id=\"(\\d+)\"")]
    private static partial Regex RowPattern();

    [GeneratedRegex("id=\"result-total\"[^>]*>共 <strong>(\\d+)</strong>")]
    private static partial Regex TotalPattern();

    [GeneratedRegex("data-action=\"([a-z]+)\"")]
    private static partial Regex ActionPattern();
}
