namespace PermitCms.Permits.Abstractions;

/// <summary>What the verification page and customs are told about an issued permit.</summary>
public enum PermitValidity
{
    /// <summary>有效: approved, within its validity, quantities left.</summary>
    Valid,

    /// <summary>已核销: every goods line used up (the workflow's 已核销 state).</summary>
    WrittenOff,

    /// <summary>已撤销: the application left the approved states after issuance.</summary>
    Revoked,

    /// <summary>已过期: approved, but past its 有效期.</summary>
    Expired,
}
