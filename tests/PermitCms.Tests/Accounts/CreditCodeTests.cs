using PermitCms.Core.Accounts;

namespace PermitCms.Tests.Accounts;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91110105MA01Q8XK3N")]
    [InlineData("91310115MA1H7A2B3C")]
    [InlineData("91350100M000100Y43")]
    public void Accepts_codes_with_a_correct_check_character(string code) => Assert.True(CreditCode.IsValid(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91110105MA01Q8XK3")]
    [InlineData("91110105MA01Q8XK3X")]
    [InlineData("91110105MA01Q8XK3NN")]
    [InlineData("91110105ma01q8xk3n")]
    [InlineData("9111010IMA01Q8XK3N")]
    public void Refuses_wrong_length_checksum_or_characters(string? code) => Assert.False(CreditCode.IsValid(code));
}
