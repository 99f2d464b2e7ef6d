using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>An enterprise user's browser-like HTTP session on the 批准单申请 page.</summary>
public sealed partial class PermitClient(HttpClient client)
{
    public HttpClient Http => client;

    public static async Task<PermitClient> SignInAsync(PermitCmsFactory factory, string userName, string password)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(userName, password);
        return new PermitClient(client);
    }

    public static string PageUrl(int? id) => id is null ? "/Permits/Apply" : $"/Permits/Apply?id={id}";

    public static string HandlerUrl(int? id, string handler) => id is null ? $"/Permits/Apply?handler={handler}" : $"/Permits/Apply?id={id}&handler={handler}";

    /// <summary>Posts a form of the page (token from the page the browser would show: the new-application page, which every user can open).</summary>
    public async Task<HttpResponseMessage> PostAsync(int? id, string handler, IDictionary<string, string>? fields = null)
        => await client.PostFormAsync("/Permits/Apply", HandlerUrl(id, handler), fields ?? new Dictionary<string, string>());

    public async Task<HttpResponseMessage> UploadAsync(int? id, string handler, string field, byte[] content, string fileName)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Permits/Apply");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, field, fileName);
        return await client.PostAsync(HandlerUrl(id, handler), form);
    }

    /// <summary>暂存 with the given basic fields; returns the id the redirect names.</summary>
    public async Task<int> SaveDraftAsync(string? approvalFormNo = null, string? port = "0100", string? contact = "赵新", string? phone = "020-88886666", int? id = null)
    {
        var response = await PostAsync(id, "Save", Basic(approvalFormNo, port, contact, phone));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    public static Dictionary<string, string> Basic(string? approvalFormNo, string? port, string? contact, string? phone) => new()
    {
        ["Basic.ApprovalFormNo"] = approvalFormNo ?? "",
        ["Basic.PortCode"] = port ?? "",
        ["Basic.ContactName"] = contact ?? "",
        ["Basic.ContactPhone"] = phone ?? "",
    };

    public static int IdFrom(HttpResponseMessage redirect)
    {
        var match = IdPattern().Match(redirect.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"No id in {redirect.Headers.Location}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<string> GetPageAsync(int? id) => client.GetStringAsync(PageUrl(id));

    /// <summary>A complete draft: basic info, one goods line and one attachment.</summary>
    public async Task<int> CompleteDraftAsync(string approvalFormNo)
    {
        var id = await SaveDraftAsync(approvalFormNo);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(id, "SaveGoods", PermitTestData.GoodsForm())).StatusCode);
        var attachment = PermitCms.Permits.Excel.AttachmentTemplate.Build();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(id, "UploadAttachment", "attachment", attachment, "节目清单.xlsx")).StatusCode);
        return id;
    }

    [GeneratedRegex(@"[?&]id=(\d+)")]
    private static partial Regex IdPattern();
}
