using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;

namespace PermitCms.Tests.Load;

/// <summary>
/// Simulated enterprise users against the app on a real 127.0.0.1 port: each signs in, then for the given time
/// repeats 批准单查询, 新增 + 暂存, 导入 (5 lines), 上传 附件, 申报 and 撤回, counting what the server told it.
/// Bounded: a fixed number of users, a fixed duration, a timeout on every request; it stops by itself.
/// </summary>
public sealed class UserLoad(KestrelPermitCmsFactory app, int users, TimeSpan duration)
{
    private static readonly byte[] Workbook = PermitTestData.Workbook(Enumerable.Range(1, 5).Select(PermitTestData.GoodsRow));
    private static readonly byte[] Attachment = PermitCms.Permits.Excel.AttachmentTemplate.Build();

    private readonly ConcurrentDictionary<string, int> _told = new();
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentBag<double> _latencies = [];
    private readonly ConcurrentBag<int> _created = [];

    public async Task<UserLoadReport> RunAsync()
    {
        var accounts = new List<string>();
        for (var i = 0; i < users; i++)
        {
            accounts.Add((await PermitTestData.NewEnterpriseUserAsync(app, name: $"压测企业{i:D3}")).UserName);
        }

        var clock = Stopwatch.StartNew();
        var until = DateTime.UtcNow + duration;
        await Task.WhenAll(accounts.Select(a => Task.Run(() => UserAsync(a, until))));
        clock.Stop();

        var ids = _created.ToList();
        var stored = await app.WithDbAsync(async db => new
        {
            Applications = await db.Set<PermitApplication>().CountAsync(p => ids.Contains(p.Id)),
            Goods = await db.Set<PermitGoods>().CountAsync(g => ids.Contains(g.PermitApplicationId)),
            Attachments = await db.Set<PermitAttachment>().CountAsync(a => ids.Contains(a.PermitApplicationId)),
            Pending = await db.Set<PermitApplication>().CountAsync(p => ids.Contains(p.Id) && p.WorkflowState == PermitStates.PendingReview),
        });
        var sorted = _latencies.Order().ToList();
        return new UserLoadReport(
            users, clock.Elapsed, _statuses.ToDictionary(), new Dictionary<string, int>(_told),
            stored.Applications, stored.Goods, stored.Attachments, stored.Pending,
            sorted.Count == 0 ? 0 : sorted[sorted.Count / 2], sorted.Count == 0 ? 0 : sorted[(int)(sorted.Count * 0.99)]);
    }

    private async Task UserAsync(string userName, DateTime until)
    {
        using var http = app.CreateBrowserLikeClient();
        http.Timeout = TimeSpan.FromSeconds(60);
        await http.SignInAsync(userName, PermitTestData.Password);
        Told("sign-in");
        var client = new PermitClient(http);
        while (DateTime.UtcNow < until)
        {
            await TimedAsync(() => http.GetAsync("/Permits/Query"));
            var number = $"LOAD-{Guid.NewGuid():N}"[..30];
            var saved = await TimedAsync(() => client.PostAsync(null, "Save", PermitClient.Basic(number, "0100", "赵新", "020-88886666")));
            if (saved.StatusCode != HttpStatusCode.Redirect)
            {
                continue;
            }

            var id = PermitClient.IdFrom(saved);
            _created.Add(id);
            Told("created");
            var imported = await TimedAsync(() => client.UploadAsync(id, "ImportGoods", "file", Workbook, "商品.xlsx"));
            if (imported.IsSuccessStatusCode && JsonDocument.Parse(await imported.Content.ReadAsStringAsync()).RootElement.GetProperty("count").GetInt32() is var count)
            {
                Told("goods", count);
            }

            if ((await TimedAsync(() => client.UploadAsync(id, "UploadAttachment", "attachment", Attachment, "节目清单.xlsx"))).StatusCode == HttpStatusCode.Redirect)
            {
                Told("attachments");
            }

            var submitted = await TimedAsync(() => client.PostAsync(id, "Submit", PermitClient.Basic(number, "0100", "赵新", "020-88886666")));
            if (submitted.StatusCode != HttpStatusCode.Redirect || !await SucceededAsync(http, submitted))
            {
                continue;
            }

            Told("submitted");
            if (Random.Shared.Next(2) == 0)
            {
                var token = await http.GetAntiforgeryTokenAsync("/Permits/Query");
                var withdrawn = await TimedAsync(() => http.PostAsync($"/Permits/Query?handler=Fire&id={id}&trigger=withdraw", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })));
                if (withdrawn.StatusCode == HttpStatusCode.Redirect && await SucceededAsync(http, withdrawn))
                {
                    Told("withdrawn");
                }
            }
        }
    }

    private async Task<HttpResponseMessage> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        var response = await send();
        _latencies.Add(clock.Elapsed.TotalMilliseconds);
        _statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        return response;
    }

    /// <summary>Whether the page the redirect leads to shows the success message (the layout's TempData).</summary>
    private async Task<bool> SucceededAsync(HttpClient http, HttpResponseMessage redirect)
        => (await (await TimedAsync(() => http.GetAsync(redirect.Headers.Location!.OriginalString))).Content.ReadAsStringAsync()).Contains("alert-success", StringComparison.Ordinal);

    private void Told(string what, int count = 1) => _told.AddOrUpdate(what, count, (_, n) => n + count);
}
