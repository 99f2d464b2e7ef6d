using Microsoft.Extensions.Caching.Memory;

namespace PermitCms.Permits.Display;

/// <summary>
/// 商品 count and 总价 of large applications by (id, <see cref="Data.PermitApplication.Revision"/>): every change
/// of the goods (GoodsCommands, GoodsImport) raises the revision in the same transaction, so an entry is never
/// stale and needs no invalidation, on this instance or any other. Without it every view of an application with
/// 20,000 lines counted and summed all of them. Small applications are not cached: counting them costs nothing.
/// </summary>
public sealed class GoodsTotalsCache : IDisposable
{
    /// <summary>Below this many lines the totals are counted on every view.</summary>
    public const int MinLines = 1_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public bool TryGet(int permitId, int revision, out (int Count, decimal Total) totals)
        => cache.TryGetValue((permitId, revision), out totals);

    public void Set(int permitId, int revision, (int Count, decimal Total) totals)
    {
        if (totals.Count >= MinLines)
        {
            cache.Set((permitId, revision), totals, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }
    }

    public void Dispose() => cache.Dispose();
}
