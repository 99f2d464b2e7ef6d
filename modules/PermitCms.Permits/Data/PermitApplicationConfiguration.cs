using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PermitCms.Core.Accounts;

namespace PermitCms.Permits.Data;

internal sealed class PermitApplicationConfiguration : IEntityTypeConfiguration<PermitApplication>
{
    /// <summary>The states in which an approval form number is taken (DESIGN.md: "pending or approved").</summary>
    internal const string ApprovalFormNoTakenFilter = "\"WorkflowState\" IN ('PendingReview', 'Approved', 'WrittenOff')";

    public void Configure(EntityTypeBuilder<PermitApplication> builder)
    {
        builder.ToTable("PermitApplications");
        builder.Property(p => p.ApplicationNo).HasMaxLength(PermitApplication.ApplicationNoMaxLength);
        builder.Property(p => p.ApprovalFormNo).HasMaxLength(PermitApplication.ApprovalFormNoMaxLength);
        builder.Property(p => p.PortCode).HasMaxLength(10);
        builder.Property(p => p.ContactName).HasMaxLength(PermitApplication.ContactNameMaxLength);
        builder.Property(p => p.ContactPhone).HasMaxLength(PermitApplication.ContactPhoneMaxLength);
        builder.Property(p => p.ImporterName).HasMaxLength(Enterprise.NameMaxLength);
        builder.Property(p => p.CreditCode).HasMaxLength(CreditCode.Length);
        builder.Property(p => p.CustomsCode).HasMaxLength(10);
        builder.Property(p => p.Address).HasMaxLength(Enterprise.AddressMaxLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.Property(p => p.UpdatedBy).HasMaxLength(100);
        builder.Property(p => p.ReviewComment).HasMaxLength(500);
        builder.Property(p => p.ReviewerName).HasMaxLength(100);
        builder.Property(p => p.WorkflowState).HasMaxLength(50);
        builder.Property(p => p.VerificationToken).HasMaxLength(Issuance.VerificationTokens.Length);
        builder.Property(p => p.WorkflowVersion).IsConcurrencyToken();
        builder.Property(p => p.Revision).IsConcurrencyToken();

        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Goods).WithOne().HasForeignKey(g => g.PermitApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.PermitApplicationId).OnDelete(DeleteBehavior.Cascade);

        // The public verification page finds a permit by its token alone.
        builder.HasIndex(p => p.VerificationToken).IsUnique();
        // 申请单号 is the public key of an application: unique, exact-match queries (issue 5).
        builder.HasIndex(p => p.ApplicationNo).IsUnique();
        // The enterprise's query page: its applications filtered by status and declaration date, paged.
        builder.HasIndex(p => new { p.EnterpriseId, p.WorkflowState, p.DeclaredAt });
        builder.HasIndex(p => new { p.EnterpriseId, p.CreatedAt });
        // … and its 申报日期 range in every state: without it SQLite (no statistics) walks (EnterpriseId, CreatedAt)
        // and tests DeclaredAt row by row — every row of a large enterprise for a month's handful (issue 11).
        builder.HasIndex(p => new { p.EnterpriseId, p.DeclaredAt });
        // The reviewer's queue: all enterprises' pending applications, oldest first.
        builder.HasIndex(p => new { p.WorkflowState, p.DeclaredAt });
        // … in any other state, latest declared first: (WorkflowState, COALESCE(DeclaredAt, CreatedAt), Id), an
        // expression index the model cannot describe, created by the QueueOrderIndex migrations (issue 11); the
        // queue of every state by (COALESCE(DeclaredAt, CreatedAt), Id), created by PermitStateCountTriggers.
        // Exact match on 批准单编号 (query page and the duplicate rule) …
        builder.HasIndex(p => p.ApprovalFormNo, "IX_PermitApplications_ApprovalFormNo");
        // … and the last line of defence of the rule itself, should two submits race past the guard.
        // The filter is plain SQL that SQLite and PostgreSQL both read.
        builder.HasIndex(p => p.ApprovalFormNo, "UX_PermitApplications_ApprovalFormNo_Taken")
            .IsUnique()
            .HasFilter(ApprovalFormNoTakenFilter);
    }
}
