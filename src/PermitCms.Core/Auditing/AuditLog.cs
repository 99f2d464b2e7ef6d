using Microsoft.AspNetCore.Http;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;

namespace PermitCms.Core.Auditing;

/// <summary>Fills user and client address from the current request and adds the entry to the scoped context.</summary>
public sealed class AuditLog(PermitCmsDbContext db, IHttpContextAccessor http, TimeProvider time) : IAuditLog
{
    public AuditEntry Record(string kind, string detail, string? userName = null)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        var entry = new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            Kind = kind,
            Detail = Truncate(detail, AuditEntry.DetailMaxLength)!,
            UserName = Truncate(userName ?? (signedIn ? user!.Identity!.Name : null), AuditEntry.UserNameMaxLength),
            UserId = userName is null && signedIn ? user!.GetUserId() : null,
            ClientAddress = Truncate(context?.Connection.RemoteIpAddress?.ToString(), AuditEntry.AddressMaxLength),
        };
        db.Add(entry);
        return entry;
    }

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
