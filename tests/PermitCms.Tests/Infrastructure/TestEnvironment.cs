namespace PermitCms.Tests.Infrastructure;

/// <summary>What the machine offers the tests, and the rule for missing dependencies.</summary>
public static class TestEnvironment
{
    /// <summary>Set by CI. There a missing Chromium or PostgreSQL fails the test instead of skipping it.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Connection string of the throwaway PostgreSQL server that test.sh starts (no database name).</summary>
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("PERMITCMS_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("PERMITCMS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Skips locally, fails in CI: a dependency the test needs is missing.</summary>
    public static void RequireDependency(bool available, string what)
    {
        if (available)
        {
            return;
        }

        var message = $"{what} is not available. Run ./test.sh, which installs and starts it.";
        if (IsCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    /// <summary>A folder for one test's files, under the system temp folder.</summary>
    public static string NewTempDirectory(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), "permitcms-tests", $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
