using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PermitCms.Core.Data;
using PermitCms.Workflows.Runtime;

namespace PermitCms.Workflows.Webhooks;

/// <summary>
/// Sends queued webhook deliveries with retries and exponential backoff; after the last attempt a delivery is
/// marked failed, logged, and shown to administrators (who may queue it again).
/// </summary>
internal sealed partial class WebhookSender(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    WebhookSignal signal,
    IOptionsMonitor<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookSender> logger) : PollingService
{
    public const string HttpClientName = "PermitCms.Webhooks";

    protected override int BatchSize => 20;

    protected override Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.CurrentValue.PollInterval, cancellationToken);

    protected override Task<int> RunRoundAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    protected override void LogRoundFailed(Exception exception) => LogRoundFailed(logger, exception);

    /// <summary>Sends the deliveries that are due now; returns how many it tried.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PermitCmsDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Set<WebhookDelivery>()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var delivery in due)
        {
            if (await ClaimAsync(db, delivery, now, cancellationToken))
            {
                await SendAsync(db, delivery, cancellationToken);
            }
        }

        return due.Count;
    }

    /// <summary>Leases the delivery (pushes its next attempt out) so another instance does not send it too.</summary>
    private async Task<bool> ClaimAsync(PermitCmsDbContext db, WebhookDelivery delivery, DateTime now, CancellationToken cancellationToken)
    {
        delivery.NextAttemptAt = now + options.CurrentValue.RequestTimeout + TimeSpan.FromMinutes(1);
        delivery.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(delivery).State = EntityState.Detached;
            return false;
        }
    }

    private async Task SendAsync(PermitCmsDbContext db, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        string? error = null;
        int? statusCode = null;
        if (string.IsNullOrEmpty(settings.Secret))
        {
            error = "未配置 Webhook 签名密钥（Workflows:Webhooks:Secret），未发送。";
        }
        else
        {
            try
            {
                var body = Encoding.UTF8.GetBytes(delivery.Payload);
                using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(settings.Secret, body));
                request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(CultureInfo.InvariantCulture));
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(settings.RequestTimeout);
                using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
                statusCode = (int)response.StatusCode;
                error = response.IsSuccessStatusCode ? null : $"接收方返回 HTTP {statusCode}。";
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Any failure of this one call counts as an attempt, so that a bad delivery cannot retry forever.
                error = ex is TaskCanceledException ? "请求超时。" : $"请求失败：{ex.Message}";
            }
        }

        Record(delivery, statusCode, error, settings);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private void Record(WebhookDelivery delivery, int? statusCode, string? error, WebhookOptions settings)
    {
        var now = time.GetUtcNow().UtcDateTime;
        delivery.Attempts++;
        delivery.LastAttemptAt = now;
        delivery.LastStatusCode = statusCode;
        delivery.LastError = error is { Length: > 1000 } ? error[..1000] : error;
        delivery.Revision++;
        if (error is null)
        {
            delivery.Status = WebhookDeliveryStatus.Succeeded;
            delivery.DeliveredAt = now;
        }
        else if (delivery.Attempts >= settings.MaxAttempts)
        {
            delivery.Status = WebhookDeliveryStatus.Failed;
            LogDeliveryFailed(logger, delivery.Id, delivery.Url, delivery.Attempts, error);
        }
        else
        {
            delivery.NextAttemptAt = now + settings.FirstRetryDelay * Math.Pow(2, delivery.Attempts - 1);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {Id} to {Url} failed after {Attempts} attempts: {Error}")]
    private static partial void LogDeliveryFailed(ILogger logger, long id, string url, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook sending round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
