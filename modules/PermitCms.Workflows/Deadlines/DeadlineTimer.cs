using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PermitCms.Core.Data;
using PermitCms.Workflows.Runtime;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Workflows.Deadlines;

/// <summary>
/// Runs on every app instance and fires due reminders and escalations exactly once between them: each row is
/// claimed by a conditional UPDATE (ADR 0006), and only the instance that changed it writes the messages.
/// </summary>
internal sealed partial class DeadlineTimer(
    IServiceScopeFactory scopes,
    IOptionsMonitor<DeadlineTimerOptions> options,
    TimeProvider time,
    ILogger<DeadlineTimer> logger) : PollingService
{
    protected override int BatchSize => 50;

    protected override bool Enabled => options.CurrentValue.Enabled;

    // Real time on purpose: the poll is a machine concern, the clock that decides what is due is TimeProvider's.
    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.CurrentValue.PollInterval, cancellationToken);

    protected override Task<int> RunRoundAsync(CancellationToken cancellationToken) => RunDueAsync(cancellationToken);

    protected override void LogRoundFailed(Exception exception) => LogRoundFailed(logger, exception);

    /// <summary>Fires what is due now; returns how many rows it looked at.</summary>
    internal async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PermitCmsDbContext>();
        var firer = scope.ServiceProvider.GetRequiredService<DeadlineFirer>();
        var now = time.GetUtcNow().UtcDateTime;
        var open = db.Set<WorkflowDeadline>().AsNoTracking().Where(d => d.ClosedAt == null);

        // Past due, the escalation says it all: a reminder that was missed (instances down) is not sent late.
        var escalations = await open.Where(d => d.EscalatedAt == null && d.DueAt <= now)
            .OrderBy(d => d.DueAt).Select(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var reminders = await open.Where(d => d.RemindedAt == null && d.RemindAt != null && d.RemindAt <= now && d.DueAt > now)
            .OrderBy(d => d.RemindAt).Select(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in escalations)
        {
            await firer.FireAsync(id, DeadlineEvent.Escalation, now, cancellationToken);
        }

        foreach (var id in reminders)
        {
            await firer.FireAsync(id, DeadlineEvent.Reminder, now, cancellationToken);
        }

        scope.ServiceProvider.GetRequiredService<WebhookSignal>().Notify();
        return Math.Max(escalations.Count, reminders.Count);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline timer round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
