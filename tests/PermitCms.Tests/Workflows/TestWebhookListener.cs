using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PermitCms.Tests.Workflows;

/// <summary>A tiny HTTP receiver on 127.0.0.1 for webhook tests: records every request; "/fail" answers 500.</summary>
public sealed class TestWebhookListener : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public TestWebhookListener()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(BaseUrl + "/");
        listener.Start();
        loop = Task.Run(ListenAsync);
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<(string Path, string? Signature, string? DeliveryId, byte[] Body)> Received { get; } = new();

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

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Received.Enqueue((context.Request.Url!.AbsolutePath, context.Request.Headers["X-PermitCms-Signature"], context.Request.Headers["X-PermitCms-Delivery"], body.ToArray()));
            context.Response.StatusCode = context.Request.Url.AbsolutePath == "/fail" ? 500 : 204;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }
}
