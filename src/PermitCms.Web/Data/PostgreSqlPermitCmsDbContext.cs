using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Web.Data;

/// <summary>The composed context on PostgreSQL; its migrations live in Data/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlPermitCmsDbContext(DbContextOptions<PostgreSqlPermitCmsDbContext> options)
    : PermitCmsDbContext(options);
