namespace PermitCms.Api.Hosting;

/// <summary>Section <c>Api:RateLimit</c>: requests per token in a fixed window (a request without a token counts per address).</summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "Api:RateLimit";

    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}
