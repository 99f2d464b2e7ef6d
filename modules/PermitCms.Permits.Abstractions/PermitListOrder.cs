namespace PermitCms.Permits.Abstractions;

/// <summary>The orders lists use; each is backed by an index (see PermitApplicationConfiguration).</summary>
public enum PermitListOrder
{
    /// <summary>批准单查询: the newest application first.</summary>
    NewestCreatedFirst,

    /// <summary>审核队列 of 待审核: the one that has waited longest first.</summary>
    LongestWaitingFirst,

    /// <summary>审核队列 in any other state: the latest declared (or created) first.</summary>
    NewestDeclaredFirst,
}
