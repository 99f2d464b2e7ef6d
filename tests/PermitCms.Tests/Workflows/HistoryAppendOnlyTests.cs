using Microsoft.EntityFrameworkCore;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Runtime;

namespace PermitCms.Tests.Workflows;

/// <summary>History is evidence: once written, the context refuses to change or delete it.</summary>
public sealed class HistoryAppendOnlyTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_history_entry_can_be_added_but_not_changed_or_deleted()
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var entry = new WorkflowHistory
            {
                ItemType = "Test", ItemId = "1", ToState = "Draft", Trigger = "create", UserId = "u", UserName = "王明",
                OccurredAt = DateTime.UtcNow, Comment = "原始意见",
            };
            db.Add(entry);
            await db.SaveChangesAsync(Ct);
            return entry.Id;
        });

        var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.Set<WorkflowHistory>().SingleAsync(h => h.Id == id, Ct);
            entry.Comment = "篡改";
            await db.SaveChangesAsync(Ct);
        }));
        Assert.Contains("append-only", changed.Message, StringComparison.Ordinal);

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            db.Remove(await db.Set<WorkflowHistory>().SingleAsync(h => h.Id == id, Ct));
            await db.SaveChangesAsync(Ct);
        }));

        var stored = await factory.WithDbAsync(db => db.Set<WorkflowHistory>().AsNoTracking().SingleAsync(h => h.Id == id, Ct));
        Assert.Equal("原始意见", stored.Comment);
    }
}
