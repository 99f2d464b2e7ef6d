using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Activities;
using PermitCms.Workflows.Definitions;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Tests.Workflows;

/// <summary>
/// A webhook on a transition is POSTed after the transition commits, signed with HMAC-SHA256, retried on
/// failure and, after the last attempt, shown to administrators as failed — the transition never waits for it.
/// </summary>
public sealed class WebhookTests : IAsyncDisposable
{
    private const string Secret = "test-secret";
    private readonly WorkflowTestApp app = new();
    private readonly TestWebhookListener listener = new();

    [Fact]
    public async Task A_transition_posts_signed_JSON_and_a_failing_receiver_ends_as_a_failed_delivery_administrators_see()
    {
        await app.PublishChangedPermitAsync(d =>
        {
            d.Transitions.Single(t => t.Trigger == "submit").Activities.Add(Webhook(listener.BaseUrl + "/ok"));
            d.Transitions.Single(t => t.Trigger == "withdraw").Activities.Add(Webhook(listener.BaseUrl + "/fail"));
        });
        var id = await app.CreateItemAsync(title: "推送测试");

        Assert.True((await app.FireAsync(id, "submit", DemoAccounts.Enterprise1)).Succeeded);
        await Poll.UntilAsync(() => Task.FromResult(listener.Received.Any(r => r.Path == "/ok")));

        var (_, signature, deliveryId, body) = listener.Received.Single(r => r.Path == "/ok");
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body));
        Assert.Equal(expected, signature);
        Assert.NotNull(deliveryId);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("workflow.transition", root.GetProperty("event").GetString());
        Assert.Equal(("Permit", "submit", "Draft", "PendingReview"), (root.GetProperty("workflow").GetString(), root.GetProperty("trigger").GetString(), root.GetProperty("from").GetString(), root.GetProperty("to").GetString()));
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("itemId").GetString());
        Assert.Equal("试运行事项「推送测试」", root.GetProperty("itemName").GetString());
        Assert.Equal("王明", root.GetProperty("user").GetProperty("name").GetString());
        await Poll.UntilAsync(() => DeliveryStatusAsync("/ok", WebhookDeliveryStatus.Succeeded));

        // The receiver fails: the transition has happened anyway; the delivery is tried 3 times, then failed.
        Assert.True((await app.FireAsync(id, "withdraw", DemoAccounts.Enterprise1)).Succeeded);
        Assert.Equal("Draft", (await app.ItemAsync(id)).WorkflowState);
        await Poll.UntilAsync(() => DeliveryStatusAsync("/fail", WebhookDeliveryStatus.Failed), 20_000);
        Assert.Equal(3, listener.Received.Count(r => r.Path == "/fail"));
        var failed = await app.WithDbAsync(db => db.Set<WebhookDelivery>().SingleAsync(d => d.Url.EndsWith("/fail")));
        Assert.Equal((3, 500, "接收方返回 HTTP 500。"), (failed.Attempts, failed.LastStatusCode, failed.LastError));

        var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync(DemoAccounts.Administrator);
        var html = await admin.GetStringAsync("/Admin/Workflows/Deliveries?status=Failed", TestContext.Current.CancellationToken);
        Assert.Contains(listener.BaseUrl + "/fail", html, StringComparison.Ordinal);
        Assert.Contains("接收方返回 HTTP 500。", html, StringComparison.Ordinal);
        Assert.DoesNotContain(listener.BaseUrl + "/ok", html, StringComparison.Ordinal);

        // 重新发送 queues it again with fresh attempts.
        var retry = await admin.PostFormAsync("/Admin/Workflows/Deliveries?status=Failed", $"/Admin/Workflows/Deliveries?handler=Retry&id={failed.Id}", new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, retry.StatusCode);
        await Poll.UntilAsync(() => Task.FromResult(listener.Received.Count(r => r.Path == "/fail") > 3), 20_000);
    }

    [Fact]
    public void The_signature_helper_matches_an_independent_HMAC_and_rejects_a_changed_body()
    {
        var body = Encoding.UTF8.GetBytes("{\"a\":1}");
        var signature = WebhookSignature.Sign(Secret, body);

        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body)), signature);
        Assert.True(WebhookSignature.Verify(Secret, body, signature));
        Assert.False(WebhookSignature.Verify(Secret, Encoding.UTF8.GetBytes("{\"a\":2}"), signature));
        Assert.False(WebhookSignature.Verify("other", body, signature));
    }

    private static WorkflowActivityDefinition Webhook(string url)
        => new() { Name = BuiltInActivities.Webhook, Settings = ActivitySettingsJson.Write(new WebhookSettings { Url = url }) };

    private Task<bool> DeliveryStatusAsync(string path, WebhookDeliveryStatus status)
        => app.WithDbAsync(db => db.Set<WebhookDelivery>().AnyAsync(d => d.Url.EndsWith(path) && d.Status == status));

    public async ValueTask DisposeAsync()
    {
        listener.Dispose();
        await app.DisposeAsync();
    }
}
