namespace PermitCms.Permits.CodeLists;

/// <summary>
/// The active code lists, shared by every request of this instance (about 800 rows, read by every page that shows
/// a label or a drop-down). Each request compares the cached snapshot's <see cref="CodeListStamp"/> with the
/// database's (one row read by key: CodeListTotals), so a change saved by any instance is seen at once by all.
/// </summary>
public sealed class CodeListCache
{
    private Entry? entry;
    private long generation;

    internal async Task<CodeListSnapshot> GetAsync(
        Func<CancellationToken, Task<CodeListStamp?>> stamp,
        Func<CancellationToken, Task<CodeListSnapshot>> load,
        CancellationToken ct)
    {
        var started = Interlocked.Read(ref generation);
        var now = await stamp(ct);
        if (Volatile.Read(ref entry) is { } current && current.Stamp == now)
        {
            return current.Snapshot;
        }

        var snapshot = await load(ct);
        if (now is not null && Interlocked.Read(ref generation) == started)
        {
            // Not when a change was saved through this instance while this read ran: the read may predate it.
            Volatile.Write(ref entry, new Entry(snapshot, now));
        }

        return snapshot;
    }

    /// <summary>Called after a code list change is saved: the next read goes to the database.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        Volatile.Write(ref entry, null);
    }

    private sealed record Entry(CodeListSnapshot Snapshot, CodeListStamp? Stamp);
}
