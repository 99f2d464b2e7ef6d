namespace PermitCms.Permits.CodeLists;

/// <summary>
/// The active code lists, shared by every request of this instance (about 800 rows, read by every page that shows
/// a label or a drop-down). A change saved through this instance (the 代码表 pages, the seeder) drops it at once;
/// a change saved by another instance is seen within <see cref="Lifetime"/>.
/// </summary>
public sealed class CodeListCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private Entry? entry;
    private long generation;

    internal async Task<CodeListSnapshot> GetAsync(Func<CancellationToken, Task<CodeListSnapshot>> load, CancellationToken ct)
    {
        if (Volatile.Read(ref entry) is { } current && time.GetUtcNow() < current.Expires)
        {
            return current.Snapshot;
        }

        var started = Interlocked.Read(ref generation);
        var snapshot = await load(ct);
        if (Interlocked.Read(ref generation) == started)
        {
            // Not when a change was saved while this read ran: the read may predate it.
            Volatile.Write(ref entry, new Entry(snapshot, time.GetUtcNow() + Lifetime));
        }

        return snapshot;
    }

    /// <summary>Called after a code list change is saved: the next read goes to the database.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        Volatile.Write(ref entry, null);
    }

    private sealed record Entry(CodeListSnapshot Snapshot, DateTimeOffset Expires);
}
