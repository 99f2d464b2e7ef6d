namespace PermitCms.Permits.CodeLists;

/// <summary>
/// The one row holding the <see cref="CodeListStamp"/> of CodeListItems (how many rows, and the sum of their
/// <see cref="CodeListItem.Revision"/>), kept by database triggers on CodeListItems (migration CodeListTotals) in the
/// writer's own transaction, whatever writes. Every request that shows a code list reads it by key instead of
/// aggregating the ~800 rows (which on SQLite also sorted them for the GROUP BY: 0.17 ms a request).
/// </summary>
public sealed class CodeListTotals
{
    public const string TableName = "CodeListTotals";

    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public int Count { get; set; }

    public long RevisionSum { get; set; }
}
