using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Tests.PostgreSql;

/// <summary>
/// Both instances run the webhook sender over the same WebhookDeliveries rows. A delivery is leased by one
/// conditional UPDATE (its Revision checked) before it is sent, so each is received exactly once.
/// </summary>
[Collection(ScaleOutCluster.Collection)]
public sealed class ScaleOutWebhookTests(ScaleOutCluster cluster) : IDisposable
{
    private const int Deliveries = 60;

    private readonly SlowReceiver receiver = new();

    [Fact]
    public async Task Each_queued_delivery_is_received_exactly_once_although_both_instances_send()
    {
        await cluster.StartAsync();

        // Queued behind the instances' backs, all due at once: both senders wake within their 0.5 s poll and race.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using (var connection = await cluster.OpenAsync())
        {
            var now = DateTime.UtcNow;
            for (var i = 0; i < Deliveries; i++)
            {
                await using var insert = new NpgsqlCommand("""
                    INSERT INTO "WebhookDeliveries" ("Url", "Payload", "Status", "Attempts", "CreatedAt", "NextAttemptAt", "Revision")
                    VALUES ($1, $2, 'Pending', 0, $3, $3, 0)
                    """, connection);
                insert.Parameters.Add(new NpgsqlParameter { Value = $"{receiver.BaseUrl}/hook/{i}" });
                insert.Parameters.Add(new NpgsqlParameter { Value = $"{{\"n\":{i}}}" });
                insert.Parameters.Add(new NpgsqlParameter { Value = now });
                await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
        }

        await Poll.UntilAsync(async () => await cluster.ScalarAsync("SELECT count(*) FROM \"WebhookDeliveries\" WHERE \"Status\" = 'Succeeded'") == Deliveries, 60_000);
        var elapsed = clock.Elapsed;
        await Task.Delay(1500, TestContext.Current.CancellationToken); // a duplicate send would arrive meanwhile

        var received = receiver.Received.ToArray();
        Assert.Equal(Deliveries, received.Length);
        Assert.Equal(Deliveries, received.Select(r => r.Path).Distinct().Count());
        Assert.All(received, r => Assert.True(WebhookSignature.Verify(ScaleOutCluster.WebhookSecret, r.Body, r.Signature)));
        Assert.Equal(Deliveries, await cluster.ScalarAsync("SELECT count(*) FROM \"WebhookDeliveries\" WHERE \"Attempts\" = 1"));
        Assert.True(receiver.MaxInFlight > 1, "The two senders never sent at the same time, so they did not race.");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Deliveries} deliveries: {received.Length} requests received, {received.Select(r => r.Path).Distinct().Count()} distinct, at most {receiver.MaxInFlight} in flight at once, all succeeded {elapsed.TotalSeconds:F1} s after queueing");
    }

    public void Dispose() => receiver.Dispose();

    /// <summary>
    /// A receiver that answers each request after 50 ms, several at once, so that the two senders overlap;
    /// counts how many requests were in flight at most.
    /// </summary>
    private sealed class SlowReceiver : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly Task loop;
        private int inFlight;
        private int maxInFlight;

        public SlowReceiver()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            BaseUrl = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
            probe.Stop();
            listener.Prefixes.Add(BaseUrl + "/");
            listener.Start();
            loop = Task.Run(ListenAsync);
        }

        public string BaseUrl { get; }

        public int MaxInFlight => Volatile.Read(ref maxInFlight);

        public ConcurrentQueue<(string Path, string? Signature, byte[] Body)> Received { get; } = new();

        private async Task ListenAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                _ = Task.Run(() => AnswerAsync(context));
            }
        }

        private async Task AnswerAsync(HttpListenerContext context)
        {
            var now = Interlocked.Increment(ref inFlight);
            int seen;
            while ((seen = Volatile.Read(ref maxInFlight)) < now && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
            {
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            await Task.Delay(50);
            Received.Enqueue((context.Request.Url!.AbsolutePath, context.Request.Headers[WebhookSignature.Header], body.ToArray()));
            Interlocked.Decrement(ref inFlight);
            context.Response.StatusCode = 204;
            context.Response.Close();
        }

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
            loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
