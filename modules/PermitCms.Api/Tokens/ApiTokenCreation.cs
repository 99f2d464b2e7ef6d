namespace PermitCms.Api.Tokens;

/// <summary>The new token and its secret (shown once), or the refused fields by input name.</summary>
public sealed record ApiTokenCreation(ApiToken? Token, string? Secret, IReadOnlyDictionary<string, string> Errors);
