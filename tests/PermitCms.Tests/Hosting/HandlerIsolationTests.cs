using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Certificates;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits.Query;
using PermitCms.Workflows.Notifications;

namespace PermitCms.Tests.Hosting;

/// <summary>
/// Every handler of every page, found from the app's endpoint data, called with another enterprise's (or user's)
/// ids by an enterprise user, by a reviewer on the enterprise's actions, and anonymously: each is refused or
/// shows nothing of the other's, and a snapshot of every table of the database is the same afterwards.
/// </summary>
public sealed class HandlerIsolationTests(PermitCmsFactory app) : IClassFixture<PermitCmsFactory>
{
    private static readonly HashSet<string> AnonymousPages = new(StringComparer.OrdinalIgnoreCase) { "/Account/Login", "/Account/CardLogin", "/Account/AccessDenied", "/Error" };

    private static readonly string[] Triggers = [PermitTriggers.Submit, PermitTriggers.Withdraw, PermitTriggers.Delete, PermitTriggers.Revise, PermitTriggers.Approve, PermitTriggers.Reject];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_handler_lets_anyone_act_on_or_see_what_is_not_theirs()
    {
        var victim = await VictimAsync();
        var handlers = await PageHandler.DiscoverAsync(app.Services);
        Assert.Contains(handlers, h => h.Page == "/Permits/Apply" && h.Name == "ImportGoods");
        Assert.Contains(handlers, h => h.Page == "/Admin/Review/Details" && h.Name == "Fire");

        var anonymous = app.CreateBrowserLikeClient();
        var enterprise = app.CreateBrowserLikeClient();
        await enterprise.SignInAsync(DemoAccounts.Enterprise1);
        var reviewer = app.CreateBrowserLikeClient();
        await reviewer.SignInAsync(DemoAccounts.Reviewer);
        var tokens = new Dictionary<HttpClient, string>
        {
            [anonymous] = await anonymous.GetAntiforgeryTokenAsync("/Account/Login"),
            [enterprise] = await enterprise.GetAntiforgeryTokenAsync("/Permits/Apply"),
            [reviewer] = await reviewer.GetAntiforgeryTokenAsync("/Admin/Review"),
        };
        var before = await SnapshotAsync();
        var problems = new List<string>();
        var calls = 0;

        foreach (var handler in handlers)
        {
            foreach (var values in victim.ValuesFor(handler))
            {
                // Anonymous: every page but the sign-in pages sends the visitor to sign in.
                if (!AnonymousPages.Contains(handler.Page))
                {
                    var response = await SendAsync(anonymous, tokens[anonymous], handler, values);
                    calls++;
                    if (!RedirectsTo(response, "/Account/Login"))
                    {
                        problems.Add($"anonymous {handler} {Describe(values)} → {(int)response.StatusCode}");
                    }
                }

                // The reviewer may not use the enterprise's pages at all.
                if (handler.Page.StartsWith("/Permits/", StringComparison.Ordinal))
                {
                    var response = await SendAsync(reviewer, tokens[reviewer], handler, values);
                    calls++;
                    if (!RedirectsTo(response, "/Account/AccessDenied"))
                    {
                        problems.Add($"reviewer {handler} {Describe(values)} → {(int)response.StatusCode}");
                    }
                }

                // The other enterprise's user: no admin page; elsewhere nothing of the victim's is shown or changed.
                if (handler.Page.StartsWith("/Account/Login", StringComparison.Ordinal) || handler.Page.StartsWith("/Account/CardLogin", StringComparison.Ordinal) || handler.Page == "/Account/Logout")
                {
                    continue;
                }

                var answer = await SendAsync(enterprise, tokens[enterprise], handler, values);
                calls++;
                var body = await answer.Content.ReadAsStringAsync(Ct);
                if (handler.Page.StartsWith("/Admin", StringComparison.Ordinal) && !RedirectsTo(answer, "/Account/AccessDenied"))
                {
                    problems.Add($"enterprise user {handler} → {(int)answer.StatusCode}");
                }
                else if ((int)answer.StatusCode >= 500 || victim.Secrets.FirstOrDefault(s => body.Contains(s, StringComparison.Ordinal)) is { } leaked)
                {
                    problems.Add($"enterprise user {handler} {Describe(values)} → {(int)answer.StatusCode}{((int)answer.StatusCode >= 500 ? "" : " showing " + victim.Secrets.First(s => body.Contains(s, StringComparison.Ordinal)))}");
                }
                else if (answer.IsSuccessStatusCode && values.ContainsKey("attachmentId") && answer.Content.Headers.ContentDisposition is not null)
                {
                    problems.Add($"enterprise user {handler} {Describe(values)} downloaded the victim's attachment");
                }
            }
        }

        Assert.True(calls > 150, $"Only {calls} calls: the discovery found too little.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(before, await SnapshotAsync());
    }

    private static bool RedirectsTo(HttpResponseMessage response, string path)
        => response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains(path, StringComparison.Ordinal);

    private static string Describe(Dictionary<string, string> values) => string.Join("&", values.Where(v => !v.Key.Contains('.', StringComparison.Ordinal)).Select(v => $"{v.Key}={v.Value}"));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string token, PageHandler handler, Dictionary<string, string> values)
    {
        var query = new StringBuilder(handler.Page);
        var separator = '?';
        foreach (var (key, value) in values.Where(v => !v.Key.Contains('.', StringComparison.Ordinal)).Prepend(new("handler", handler.Name ?? "")).Where(v => v.Value.Length > 0))
        {
            query.Append(separator).Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        if (handler.Verb == "GET")
        {
            return await client.GetAsync(query.ToString(), Ct);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, query.ToString());
        if (handler.TakesFile)
        {
            var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
            foreach (var (key, value) in values)
            {
                form.Add(new StringContent(value), key);
            }

            foreach (var field in new[] { "file", "attachment" })
            {
                var file = new ByteArrayContent(AttachmentTemplate.Build());
                file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                form.Add(file, field, "节目清单.xlsx");
            }

            request.Content = form;
        }
        else
        {
            request.Content = new FormUrlEncodedContent(values.Append(new("__RequestVerificationToken", token)));
        }

        return await client.SendAsync(request, Ct);
    }

    /// <summary>Every row of every table, as text: what "nothing changed" means.</summary>
    private Task<string> SnapshotAsync() => app.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync(Ct);
            snapshot.Append('#').Append(table).Append('\n');
            while (await reader.ReadAsync(Ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    snapshot.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                snapshot.Append('\n');
            }
        }

        return snapshot.ToString();
    });

    /// <summary>The other enterprise's applications in every state, with goods and attachments, a notification and a certificate.</summary>
    private async Task<Victim> VictimAsync()
    {
        var permits = new List<PermitApplication>();
        foreach (var state in new[] { PermitStates.Draft, PermitStates.PendingReview, PermitStates.Rejected, PermitStates.Approved })
        {
            permits.Add(await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise2, state, approvalFormNo: "VICTIM-" + state.ToUpperInvariant()));
        }

        return await app.WithDbAsync(async db =>
        {
            var ids = permits.Select(p => p.Id).ToList();
            var goods = await db.Set<PermitGoods>().Where(g => ids.Contains(g.PermitApplicationId)).Select(g => g.Id).ToListAsync(Ct);
            var attachments = await db.Set<PermitAttachment>().Where(a => ids.Contains(a.PermitApplicationId)).Select(a => a.Id).ToListAsync(Ct);
            var owner = await db.Users.Where(u => u.UserName == DemoAccounts.Enterprise2).Select(u => u.Id).SingleAsync(Ct);
            db.Add(new CertificateBinding
            {
                UserId = owner, Thumbprint = new string('A', CertificateBinding.ThumbprintLength), Subject = "CN=victim", Issuer = "CN=ca", SerialNumber = "01",
                NotBefore = DateTime.UtcNow.AddDays(-1), NotAfter = DateTime.UtcNow.AddDays(1), CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(Ct);
            var binding = await db.Set<CertificateBinding>().Where(b => b.UserId == owner).Select(b => b.Id).FirstAsync(Ct);
            var notification = await db.Set<Notification>().Where(n => n.UserId == owner).Select(n => n.Id).FirstAsync(Ct);
            return new Victim(permits, goods, attachments, binding, notification);
        });
    }

    private sealed record Victim(List<PermitApplication> Permits, List<int> Goods, List<int> Attachments, int Binding, long Notification)
    {
        /// <summary>What the other enterprise's user must never see.</summary>
        public IEnumerable<string> Secrets => Permits.SelectMany(p => new[] { p.ApplicationNo, p.ApprovalFormNo! });

        /// <summary>The values to call a handler with: each of the victim's applications, with its goods, attachment and every trigger.</summary>
        public IEnumerable<Dictionary<string, string>> ValuesFor(PageHandler handler)
        {
            var usesId = handler.Parameters.Contains("id", StringComparer.OrdinalIgnoreCase);
            var permits = usesId && handler.Page.Contains("Permit", StringComparison.Ordinal) || handler.Page.StartsWith("/Admin/Review", StringComparison.Ordinal) ? Permits : Permits.Take(1);
            foreach (var permit in permits)
            {
                var triggers = handler.Parameters.Contains("trigger", StringComparer.OrdinalIgnoreCase) ? Triggers : [""];
                foreach (var trigger in triggers)
                {
                    var values = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        ["Basic.ApprovalFormNo"] = "INTRUDER", ["Basic.PortCode"] = "0100", ["Basic.ContactName"] = "入侵者", ["Basic.ContactPhone"] = "13800000000",
                        ["GoodsForm.Title"] = "入侵", ["GoodsForm.OriginalTitle"] = "x", ["GoodsForm.HsCode"] = "8523499020", ["GoodsForm.CarrierCode"] = "CD",
                        ["GoodsForm.Publisher"] = "x", ["GoodsForm.CountryCode"] = "FR", ["GoodsForm.LanguageCode"] = "fr", ["GoodsForm.Quantity"] = "1",
                        ["GoodsForm.UnitCode"] = "010", ["GoodsForm.UnitPrice"] = "1", ["GoodsForm.CurrencyCode"] = "EUR", ["Comment"] = "入侵者意见",
                    };
                    foreach (var name in handler.Parameters)
                    {
                        var value = name.ToLowerInvariant() switch
                        {
                            "id" when handler.Page.StartsWith("/Account/Profile", StringComparison.Ordinal) => Binding.ToString(CultureInfo.InvariantCulture),
                            "id" when handler.Page.StartsWith("/Notifications", StringComparison.Ordinal) => Notification.ToString(CultureInfo.InvariantCulture),
                            "id" => permit.Id.ToString(CultureInfo.InvariantCulture),
                            "attachmentid" => Attachments[Permits.IndexOf(permit) % Attachments.Count].ToString(CultureInfo.InvariantCulture),
                            "goodsids" or "goodsid" => Goods[Permits.IndexOf(permit) % Goods.Count].ToString(CultureInfo.InvariantCulture),
                            "trigger" => trigger,
                            _ => null,
                        };
                        if (value is not null)
                        {
                            values[name] = value;
                        }
                    }

                    yield return values;
                }
            }
        }
    }
}
