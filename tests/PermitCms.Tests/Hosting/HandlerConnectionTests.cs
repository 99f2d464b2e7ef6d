using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;

namespace PermitCms.Tests.Hosting;

/// <summary>
/// A page's GET handler sends its statements over one connection (HandlerConnectionFilter, issue 11): counted from EF's
/// own diagnostic events, for this app's database file only, while a real request goes through the real app.
/// </summary>
public sealed class HandlerConnectionTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_details_page_opens_the_connection_once_for_its_handler_not_once_per_statement()
    {
        using var counter = new ConnectionCounter(Path.Combine(factory.DataDirectory, "permitcms.db"));
        var owner = await PermitClient.SignInAsync(factory, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var id = await owner.SaveDraftAsync(approvalFormNo: "CONN-ONCE-1");
        var url = $"/Permits/Details?id={id}";
        // EF keeps whether anyone listens to its events for up to a second (LoggingCacheTime) before it asks again.
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        await owner.Http.GetStringAsync(url, Ct); // the code lists' and workflows' caches filled, as on any later view

        counter.Reset();
        var html = await owner.Http.GetStringAsync(url, Ct);

        Assert.Contains("CONN-ONCE-1", html, StringComparison.Ordinal);
        // The handler reads the application, its actions, goods, attachments, history, changes and the stamps; the
        // layout's notification badge reads after it, on a connection of its own. Without the filter: one open each.
        Assert.True(counter.Commands >= 6, $"{counter.Commands} statements");
        Assert.True(counter.Opens <= 2, $"{counter.Opens} connection opens for {counter.Commands} statements");
    }

    /// <summary>Counts EF's ConnectionOpened and CommandExecuted events on connections to one database file.</summary>
    private sealed class ConnectionCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _dataSource;
        private readonly IDisposable _all;
        private readonly List<IDisposable> _listeners = [];
        private int _opens;
        private int _commands;

        public ConnectionCounter(string dataSource)
        {
            _dataSource = dataSource;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Opens => Volatile.Read(ref _opens);

        public int Commands => Volatile.Read(ref _commands);

        public void Reset()
        {
            Interlocked.Exchange(ref _opens, 0);
            Interlocked.Exchange(ref _commands, 0);
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (_listeners)
                {
                    _listeners.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.ConnectionOpened.Name && value.Value is ConnectionEndEventData opened && Ours(opened.Connection.DataSource))
            {
                Interlocked.Increment(ref _opens);
            }
            else if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed && Ours(executed.Command.Connection?.DataSource))
            {
                Interlocked.Increment(ref _commands);
            }
        }

        private bool Ours(string? dataSource) => string.Equals(dataSource, _dataSource, StringComparison.Ordinal);

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_listeners)
            {
                _listeners.ForEach(l => l.Dispose());
            }
        }
    }
}
