using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PermitCms.Core.Accounts;

namespace PermitCms.Accounts.Throttling;

/// <summary>
/// Runs the password hash check against a dummy hash when there is no real one to check (unknown user, locked
/// account), so that every refused sign-in costs the same time and the answer time tells nothing.
/// Uses the same hasher settings as Identity, hence the same iteration count.
/// </summary>
public sealed class PasswordWorkEqualizer
{
    private static readonly AppUser Dummy = new() { UserName = "dummy" };

    private readonly PasswordHasher<AppUser> _hasher;
    private readonly string _dummyHash;

    public PasswordWorkEqualizer(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<AppUser>(options);
        _dummyHash = _hasher.HashPassword(Dummy, RandomNumberGenerator.GetHexString(32));
    }

    public void Spend(string password) => _hasher.VerifyHashedPassword(Dummy, _dummyHash, password);
}
