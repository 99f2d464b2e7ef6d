using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PermitCms.HttpBench;

/// <summary>
/// The Release build of src/PermitCms.Web as a process of its own on a 127.0.0.1 port and a given SQLite file.
/// Development environment: the only one in which the captcha may be off (the bench signs in like the tests do);
/// the Razor pages are precompiled in every environment. With <c>logSql</c> EF's commands are logged, so that
/// <see cref="TakeSql"/> can list the statements one request sent.
/// </summary>
internal sealed class AppLauncher : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> sql = new();

    private AppLauncher(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The app process's CPU time so far (all its threads).</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <param name="dll">PermitCms.Web.dll: the solution's Release output, or a copy of an earlier build (--app) to compare with.</param>
    public static async Task<AppLauncher> StartAsync(string webDirectory, string? dll, string database, bool logSql)
    {
        dll ??= Path.Combine(webDirectory, "bin", "Release", "net10.0", "PermitCms.Web.dll");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = webDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__PermitCms"] = $"Data Source={database}",
                ["Captcha__Enabled"] = "false",
                ["SignInLimits__PerUserName"] = "1000", // the bench signs in again before each wrk run (Program.FreshCookieAsync)
                ["Seed__DemoData"] = "true",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = logSql ? "Information" : "Warning",
                ["Logging__Console__FormatterName"] = "simple",
                ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            },
        };
        var process = Process.Start(start)!;
        var app = new AppLauncher(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Collect(e.Data);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var deadline = DateTime.UtcNow.AddSeconds(120); DateTime.UtcNow < deadline && !process.HasExited; await Task.Delay(200))
        {
            try
            {
                if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
        }

        await app.DisposeAsync();
        throw new InvalidOperationException($"The app did not start on port {port} ({dll}).");
    }

    /// <summary>The SQL statements logged since the last call (their first line each).</summary>
    public List<string> TakeSql()
    {
        var taken = new List<string>();
        while (sql.TryDequeue(out var line))
        {
            taken.Add(line);
        }

        return taken;
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Collect(string? line)
    {
        // SingleLine console format: "info: …RelationalCommand… Executed DbCommand (0ms) [Parameters=…] SELECT …".
        var at = line?.IndexOf("Executed DbCommand", StringComparison.Ordinal) ?? -1;
        if (at >= 0)
        {
            sql.Enqueue(line![at..]);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
