using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PermitCms.QueryBench;

/// <summary>Records the SQL (text and parameter values) EF sends while <see cref="Capturing"/> is set.</summary>
public sealed class CommandCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];

    public CommandCapture() => _subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public bool Capturing { get; set; }

    public List<CapturedCommand> Commands { get; } = [];

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _listeners.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Capturing && value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data)
        {
            Commands.Add(new CapturedCommand(data.Command.CommandText, [.. data.Command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _listeners.ForEach(l => l.Dispose());
        _subscription.Dispose();
    }
}
