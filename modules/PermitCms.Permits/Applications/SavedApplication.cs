namespace PermitCms.Permits.Applications;

/// <summary>What 暂存 answers: the application, its number and revision, and the required fields still empty.</summary>
public sealed record SavedApplication(int Id, string ApplicationNo, int Revision, IReadOnlyList<string> Missing);
