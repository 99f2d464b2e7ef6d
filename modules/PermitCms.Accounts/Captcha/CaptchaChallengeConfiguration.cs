using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PermitCms.Accounts.Captcha;

internal sealed class CaptchaChallengeConfiguration : IEntityTypeConfiguration<CaptchaChallenge>
{
    public void Configure(EntityTypeBuilder<CaptchaChallenge> builder)
    {
        builder.ToTable("CaptchaChallenges");
        builder.Property(c => c.Answer).HasMaxLength(16);
        builder.HasIndex(c => c.ExpiresAt);
    }
}
