using System.Security.Cryptography;

namespace PermitCms.Permits.Issuance;

/// <summary>Verification tokens: 24 random bytes (192 bits) from the system's CSPRNG, base64url without padding.</summary>
public static class VerificationTokens
{
    public const int Length = 32;

    public static string Create()
    {
        Span<byte> bytes = stackalloc byte[24];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Whether text has the token's shape; anything else is answered "not found" without a query.</summary>
    public static bool IsWellFormed(string? token)
        => token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
