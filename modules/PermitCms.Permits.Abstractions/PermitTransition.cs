namespace PermitCms.Permits.Abstractions;

/// <summary>What a transition command answers on success: the application and the state it is in now.</summary>
public sealed record PermitTransition(int Id, string ApplicationNo, string State);
