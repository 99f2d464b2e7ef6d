using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Web.Data;

/// <summary>The composed context on SQLite; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqlitePermitCmsDbContext(DbContextOptions<SqlitePermitCmsDbContext> options)
    : PermitCmsDbContext(options);
