namespace PermitCms.Api.Idempotency;

/// <summary>
/// The first answer to a POST with an Idempotency-Key, kept for <see cref="Lifetime"/>: a retry with the same
/// key (same user) gets it again instead of doing the work twice. A row without a status is still running.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int KeyMaxLength = 100;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>SHA-256 of method, path, query and body: the same key with another request is refused.</summary>
    public byte[] RequestHash { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[]? Body { get; set; }
}
