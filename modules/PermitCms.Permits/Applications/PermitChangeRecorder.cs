using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;

namespace PermitCms.Permits.Applications;

/// <summary>
/// Turns what a command is about to save into <see cref="PermitChange"/> rows, added to the same unit of work so
/// that they commit or fail with the change itself: field diffs of tracked applications and goods lines (old →
/// new, from the change tracker), goods lines and attachments added or removed, and what a command notes
/// itself because the tracker cannot see it (an import's bulk insert, a creation).
/// </summary>
public sealed class PermitChangeRecorder(PermitCmsDbContext db, CodeListService codeLists)
{
    /// <summary>More goods lines than this added or deleted at once become one summary entry, not one per line.</summary>
    public const int LinesOneByOne = 20;

    private readonly List<PermitChange> _notes = [];

    /// <summary>A change the tracker does not show; recorded with the next <see cref="RecordAsync"/>.</summary>
    public void Note(PermitChange change) => _notes.Add(change);

    /// <summary>Drops what was noted (the command failed and its changes were discarded).</summary>
    public void Discard() => _notes.Clear();

    /// <summary>Adds the entries for the pending changes, by <paramref name="user"/> at <paramref name="at"/>, to the context.</summary>
    public async Task RecordAsync(ClaimsPrincipal user, DateTime at, CancellationToken ct)
    {
        var changes = new List<PermitChange>(_notes);
        _notes.Clear();
        var lines = new List<(EntityState State, PermitGoods Line)>();
        CodeListSnapshot? codes = null;
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            switch (entry.Entity)
            {
                case PermitApplication p when entry.State == EntityState.Modified:
                    changes.AddRange(Diff(entry, PermitChangeFields.Basic, codes ??= await codeLists.GetAsync(ct), p.Id, PermitChangeKind.Basic, "", null));
                    break;
                case PermitGoods g when entry.State == EntityState.Modified:
                    changes.AddRange(Diff(entry, PermitChangeFields.Goods, codes ??= await codeLists.GetAsync(ct), g.PermitApplicationId, PermitChangeKind.Goods, LineTarget(g.LineNo, g.LineNo), g.LineNo));
                    break;
                case PermitGoods g when entry.State is EntityState.Added or EntityState.Deleted:
                    lines.Add((entry.State, g));
                    break;
                case PermitAttachment a when entry.State is EntityState.Added or EntityState.Deleted:
                    changes.Add(new PermitChange
                    {
                        PermitApplicationId = a.PermitApplicationId,
                        Kind = PermitChangeKind.Attachment,
                        Target = a.FileName,
                        Field = entry.State == EntityState.Added ? "上传附件" : "删除附件",
                        OldValue = entry.State == EntityState.Deleted ? a.FileName : null,
                        NewValue = entry.State == EntityState.Added ? a.FileName : null,
                    });
                    break;
            }
        }

        changes.AddRange(LineChanges(lines));
        var userId = user.GetUserId() ?? "";
        var userName = user.GetDisplayName();
        foreach (var change in changes)
        {
            change.At = at;
            change.UserId = userId;
            change.UserName = Cut(userName, 100)!;
            change.Target = Cut(change.Target, PermitChange.TargetMaxLength)!;
            change.OldValue = Cut(change.OldValue, PermitChange.ValueMaxLength);
            change.NewValue = Cut(change.NewValue, PermitChange.ValueMaxLength);
        }

        db.AddRange(changes);
    }

    public static string LineTarget(int from, int to) => from == to ? $"序号 {from}" : $"序号 {from}–{to}";

    private static IEnumerable<PermitChange> Diff(EntityEntry entry, IReadOnlyList<PermitChangeFields.Field> fields, CodeListSnapshot codes, int permitId, PermitChangeKind kind, string target, int? lineNo)
    {
        foreach (var field in fields)
        {
            var property = entry.Property(field.Property);
            var (before, after) = (field.Format(property.OriginalValue, codes), field.Format(property.CurrentValue, codes));
            if (property.IsModified && before != after)
            {
                yield return new PermitChange
                {
                    PermitApplicationId = permitId, Kind = kind, Target = target, LineFrom = lineNo, LineTo = lineNo,
                    Property = field.Property, Field = field.Label, OldValue = before, NewValue = after,
                };
            }
        }
    }

    /// <summary>One entry per line added or deleted, or one summary per application and direction when there are many.</summary>
    private static IEnumerable<PermitChange> LineChanges(List<(EntityState State, PermitGoods Line)> lines)
    {
        foreach (var group in lines.GroupBy(l => (l.State, l.Line.PermitApplicationId)))
        {
            var added = group.Key.State == EntityState.Added;
            var ordered = group.Select(l => l.Line).OrderBy(l => l.LineNo).ToList();
            if (ordered.Count > LinesOneByOne)
            {
                var text = $"共 {ordered.Count} 条";
                yield return new PermitChange
                {
                    PermitApplicationId = group.Key.PermitApplicationId, Kind = PermitChangeKind.Goods,
                    Target = LineTarget(ordered[0].LineNo, ordered[^1].LineNo), LineFrom = ordered[0].LineNo, LineTo = ordered[^1].LineNo,
                    Field = added ? "新增商品" : "删除商品", OldValue = added ? null : text, NewValue = added ? text : null,
                };
                continue;
            }

            foreach (var line in ordered)
            {
                var text = PermitChangeFields.Describe(line);
                yield return new PermitChange
                {
                    PermitApplicationId = line.PermitApplicationId, Kind = PermitChangeKind.Goods,
                    Target = LineTarget(line.LineNo, line.LineNo), LineFrom = line.LineNo, LineTo = line.LineNo,
                    Field = added ? "新增商品" : "删除商品", OldValue = added ? null : text, NewValue = added ? text : null,
                };
            }
        }
    }

    private static string? Cut(string? value, int max) => value is { Length: var n } && n > max ? value[..(max - 1)] + "…" : value;
}
