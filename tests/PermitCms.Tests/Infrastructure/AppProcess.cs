using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PermitCms.Tests.Infrastructure;

/// <summary>
/// The built app (src/PermitCms.Web's Release output) as a real process of its own on a 127.0.0.1 port, so
/// that a test can kill it (SIGKILL) and start it again on the same database.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output;

    private AppProcess(Process process, Uri baseAddress, System.Collections.Concurrent.ConcurrentQueue<string> output)
    {
        _process = process;
        BaseAddress = baseAddress;
        _output = output;
    }

    public Uri BaseAddress { get; }

    /// <summary>The last lines the app wrote (its log: an unhandled exception is there with its stack).</summary>
    public string RecentOutput => string.Join('\n', _output);

    /// <summary>
    /// A handler for clients of these instances: a 5xx answer writes the answering instance's recent log to the
    /// current test's output, so that a failure in another process says why (the answer itself is unchanged).
    /// </summary>
    public static DelegatingHandler ServerErrorsToTestOutput(HttpMessageHandler inner, params AppProcess[] apps)
        => new ServerErrorOutput(apps) { InnerHandler = inner };

    /// <summary>Starts the app on <paramref name="dataDirectory"/>'s SQLite file (demo accounts, captcha off) and waits for /health.</summary>
    public static Task<AppProcess> StartAsync(string dataDirectory) => StartAsync(new Dictionary<string, string>
    {
        ["ConnectionStrings__PermitCms"] = $"Data Source={Path.Combine(dataDirectory, "permitcms.db")}",
    });

    /// <summary>
    /// Starts the app with these environment settings (e.g. <c>ConnectionStrings__PermitCms</c>) over the defaults:
    /// Development, captcha off, demo accounts.
    /// </summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PermitCms.sln")))
        {
            root = root.Parent;
        }

        var web = Path.Combine(root!.FullName, "src", "PermitCms.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "PermitCms.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build the solution in Release first (./test.sh does).");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Captcha__Enabled"] = "false",
                ["Seed__DemoData"] = "true",
            },
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"), output);
        using var probe = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(180) /* a first start migrates and seeds; slow on a busy machine */;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await app.DisposeAsync();
        throw new InvalidOperationException($"The app did not start on port {port}:\n{string.Join('\n', output)}");
    }

    /// <summary>A client that keeps cookies and does not follow redirects, like the tests' in-memory one.</summary>
    public HttpClient CreateClient()
        => new(ServerErrorsToTestOutput(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }, this)) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>SIGKILL: no shutdown, no flush, no finally blocks — a power cut, as far as the process knows.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The last lines the process wrote, for the failure message of a start that did not come up.</summary>
    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }

    private sealed class ServerErrorOutput(AppProcess[] apps) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if ((int)response.StatusCode >= 500
                && apps.FirstOrDefault(a => request.RequestUri is { } uri && uri.Port == a.BaseAddress.Port) is { } app)
            {
                await Task.Delay(200, CancellationToken.None); // the app's console log is written asynchronously
                TestContext.Current.TestOutputHelper?.WriteLine(
                    $"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}; the instance's last output:\n{app.RecentOutput}");
            }

            return response;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
