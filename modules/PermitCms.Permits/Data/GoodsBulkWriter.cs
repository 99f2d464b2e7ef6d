using System.Threading.Channels;

namespace PermitCms.Permits.Data;

/// <summary>
/// Goods lines inserted while their producer goes on: <see cref="Add"/> queues each line, and every full batch is
/// inserted by one worker, in order, in the caller's transaction, so that reading a workbook and storing it overlap
/// on two cores. <see cref="CompleteAsync"/> inserts the rest and rethrows what the database threw; disposing
/// without completing stops the worker after its current statement and leaves the caller's transaction to roll
/// back what it inserted. The caller uses the connection for nothing else until then.
/// </summary>
public sealed class GoodsBulkWriter : IAsyncDisposable
{
    private readonly Channel<ArraySegment<PermitGoods>> batches = Channel.CreateUnbounded<ArraySegment<PermitGoods>>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private readonly int batchSize;
    private readonly Task inserting;
    private PermitGoods[] pending;
    private int count;
    private volatile bool abandoned;

    internal GoodsBulkWriter(int batchSize, Func<IAsyncEnumerable<ArraySegment<PermitGoods>>, CancellationToken, Task> insert, CancellationToken cancellationToken)
    {
        this.batchSize = batchSize;
        pending = new PermitGoods[batchSize];
        inserting = Task.Run(() => insert(Batches(cancellationToken), cancellationToken), cancellationToken);
    }

    /// <summary>Queues one line; a full batch goes to the worker at once.</summary>
    public void Add(PermitGoods line)
    {
        ObjectDisposedException.ThrowIf(abandoned, this);
        pending[count++] = line;
        if (count == batchSize)
        {
            batches.Writer.TryWrite(pending);
            (pending, count) = (new PermitGoods[batchSize], 0);
        }
    }

    /// <summary>Inserts the lines still queued and waits for every statement; throws what the database threw.</summary>
    public async Task CompleteAsync()
    {
        if (count > 0)
        {
            batches.Writer.TryWrite(new ArraySegment<PermitGoods>(pending, 0, count));
            count = 0;
        }

        batches.Writer.TryComplete();
        await inserting;
    }

    /// <summary>Without <see cref="CompleteAsync"/>: stops the worker (its error, if any, is the caller's rollback's to clean up).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!batches.Writer.TryComplete())
        {
            return; // completed: CompleteAsync awaited the worker
        }

        abandoned = true;
        try
        {
            await inserting;
        }
        catch (Exception)
        {
            // Abandoned: the caller is already leaving with its own answer, and its transaction rolls back.
        }
    }

    private async IAsyncEnumerable<ArraySegment<PermitGoods>> Batches([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
        {
            if (abandoned)
            {
                yield break;
            }

            yield return batch;
        }
    }
}
