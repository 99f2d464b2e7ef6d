namespace PermitCms.Permits.CodeLists;

/// <summary>
/// What identifies one state of the code lists: rows are only added (never deleted) and every change raises its
/// row's <see cref="CodeListItem.Revision"/>, so any change moves the count or the sum.
/// </summary>
public sealed record CodeListStamp(int Count, long RevisionSum);
