namespace PermitCms.Api.Abstractions;

/// <summary>The names every module's API endpoints and the PermitCms.Api plumbing agree on.</summary>
public static class ApiDefaults
{
    /// <summary>The authentication scheme of <c>Authorization: Bearer &lt;API token&gt;</c>; the only one API endpoints accept.</summary>
    public const string Scheme = "ApiToken";

    /// <summary>The authorization policy of every API endpoint: a user signed in with an API token (never a cookie).</summary>
    public const string Policy = "Api.Token";

    /// <summary>The rate-limiter policy, partitioned by token.</summary>
    public const string RateLimitPolicy = "Api.PerToken";

    public const string Prefix = "/api/v1";

    public const string DocumentName = "v1";

    /// <summary>Required on every POST: a retried request with the same key is answered from the first one.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";
}
