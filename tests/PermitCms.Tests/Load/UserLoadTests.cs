using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Load;

/// <summary>
/// 100 simulated users for 60 s (PERMITCMS_LOAD_USERS / PERMITCMS_LOAD_SECONDS change it): no 5xx, and the
/// database holds exactly what the clients were told succeeded. The figures go to the test output.
/// </summary>
public sealed class UserLoadTests
{
    [Fact]
    public async Task Many_users_at_once_get_no_server_error_and_the_database_matches_what_they_were_told()
    {
        var users = int.TryParse(Environment.GetEnvironmentVariable("PERMITCMS_LOAD_USERS"), out var u) ? u : 100;
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("PERMITCMS_LOAD_SECONDS"), out var s) ? s : 60;
        await using var app = new KestrelPermitCmsFactory();

        var report = await new UserLoad(app, users, TimeSpan.FromSeconds(seconds)).RunAsync();

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Console.WriteLine(report);
        Assert.Equal(0, report.ServerErrors);
        Assert.True(report.TotalTold("created") > users && report.TotalTold("submitted") > 0 && report.TotalTold("withdrawn") > 0, report.ToString());
        Assert.Equal(report.TotalTold("created"), report.StoredApplications);
        Assert.Equal(report.TotalTold("goods"), report.StoredGoods);
        Assert.Equal(report.TotalTold("attachments"), report.StoredAttachments);
        Assert.Equal(report.TotalTold("submitted") - report.TotalTold("withdrawn"), report.StoredPending);
    }
}
