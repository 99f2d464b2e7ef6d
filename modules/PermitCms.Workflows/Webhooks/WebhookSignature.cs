using System.Security.Cryptography;
using System.Text;

namespace PermitCms.Workflows.Webhooks;

/// <summary>HMAC-SHA256 of the exact body bytes, as GitHub-style "sha256=&lt;lowercase hex&gt;".</summary>
public static class WebhookSignature
{
    public const string Header = "X-PermitCms-Signature";
    public const string DeliveryHeader = "X-PermitCms-Delivery";

    public static string Sign(string secret, byte[] body)
        => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Constant-time check, for receivers (and tests).</summary>
    public static bool Verify(string secret, byte[] body, string? signature)
        => signature is not null
           && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(signature));
}
