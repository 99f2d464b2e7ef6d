using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PermitCms.Permits.CodeLists;

internal sealed class CodeListItemConfiguration : IEntityTypeConfiguration<CodeListItem>
{
    public void Configure(EntityTypeBuilder<CodeListItem> builder)
    {
        builder.ToTable("CodeListItems");
        builder.Property(i => i.ListName).HasMaxLength(40);
        builder.Property(i => i.Code).HasMaxLength(20);
        builder.Property(i => i.NameZh).HasMaxLength(200);
        builder.Property(i => i.NameEn).HasMaxLength(300);
        builder.Property(i => i.Source).HasMaxLength(100);
        builder.Ignore(i => i.DisplayName);
        builder.HasIndex(i => new { i.ListName, i.Code }).IsUnique();
    }
}

internal sealed class CodeListTotalsConfiguration : IEntityTypeConfiguration<CodeListTotals>
{
    public void Configure(EntityTypeBuilder<CodeListTotals> builder)
    {
        builder.ToTable(CodeListTotals.TableName);
        builder.Property(t => t.Id).ValueGeneratedNever();
    }
}
