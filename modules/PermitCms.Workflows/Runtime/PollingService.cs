using Microsoft.Extensions.Hosting;

namespace PermitCms.Workflows.Runtime;

/// <summary>
/// The loop of the module's background services (deadline timer, webhook sender): run rounds until one handles less
/// than a full batch, then wait; a failed round is logged and the next one tries again (the database may be briefly
/// unavailable, and each round's work is transactional, so nothing was half-done).
/// </summary>
internal abstract class PollingService : BackgroundService
{
    /// <summary>A round that handled this many items runs again at once: there may be more due.</summary>
    protected abstract int BatchSize { get; }

    /// <summary>False to skip rounds (and keep waiting) while the service is switched off by configuration.</summary>
    protected virtual bool Enabled => true;

    /// <summary>One round: handles what is due now and returns how many items it looked at.</summary>
    protected abstract Task<int> RunRoundAsync(CancellationToken cancellationToken);

    /// <summary>Waits for the next round (a poll interval, or a signal that work arrived).</summary>
    protected abstract Task WaitAsync(CancellationToken cancellationToken);

    protected abstract void LogRoundFailed(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (Enabled)
            {
                try
                {
                    while (await RunRoundAsync(stoppingToken) == BatchSize)
                    {
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogRoundFailed(ex);
                }
            }

            try
            {
                await WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
