using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PermitCms.Accounts.Throttling;

internal sealed class SignInCounterConfiguration : IEntityTypeConfiguration<SignInCounter>
{
    public void Configure(EntityTypeBuilder<SignInCounter> builder)
    {
        builder.ToTable("SignInCounters");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(SignInCounter.KeyMaxLength);
        builder.HasIndex(c => c.Window);
    }
}
