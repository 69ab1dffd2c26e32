using System.Security.Cryptography;
using Kechuang.Platform.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace Kechuang.Platform.Tests.Security;

public sealed class PersonalDataTests
{
    private static readonly PersonalData Data = new(Convert.FromHexString("0123456789ABCDEFFEDCBA9876543210"));

    [Fact]
    public void ProtectedValue_RoundTripsAndHidesThePlaintext()
    {
        var stored = Data.Protect("61011319900101123X");

        Assert.StartsWith("sm4:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("610113", stored, StringComparison.Ordinal);
        Assert.Equal(12 + 18 + 16, Convert.FromBase64String(stored["sm4:".Length..]).Length);
        Assert.Equal("61011319900101123X", Data.Unprotect(stored));
    }

    [Fact]
    public void SameValueTwice_GetsDifferentCiphertexts() =>
        Assert.NotEqual(Data.Protect("13812341234"), Data.Protect("13812341234"));

    [Theory]
    [InlineData(0)]   // nonce
    [InlineData(15)]  // ciphertext
    [InlineData(-1)]  // tag
    public void AlteredValue_FailsTheTagCheck(int position)
    {
        var bytes = Convert.FromBase64String(Data.Protect("13812341234")["sm4:".Length..]);
        bytes[position < 0 ? bytes.Length + position : position] ^= 0x01;

        var tampered = "sm4:" + Convert.ToBase64String(bytes);

        Assert.Throws<CryptographicException>(() => Data.Unprotect(tampered));
        Assert.Null(Data.TryUnprotect(tampered));
    }

    [Fact]
    public void ValueOfAnotherKey_CannotBeRead()
    {
        var other = new PersonalData(RandomNumberGenerator.GetBytes(16));

        Assert.Throws<CryptographicException>(() => other.Unprotect(Data.Protect("13812341234")));
    }

    [Fact]
    public void Sm4Engine_MatchesTheStandardsTestVector()
    {
        // GB/T 32907-2016 appendix A, example 1: one block encrypted with the key equal to the plaintext.
        var key = Convert.FromHexString("0123456789ABCDEFFEDCBA9876543210");
        var engine = new Org.BouncyCastle.Crypto.Engines.SM4Engine();
        engine.Init(true, new Org.BouncyCastle.Crypto.Parameters.KeyParameter(key));
        var output = new byte[16];
        engine.ProcessBlock(key, 0, output, 0);

        Assert.Equal("681EDF34D206965E86B3E94F536E4246", Convert.ToHexString(output));
    }

    [Theory]
    [InlineData("61011319900101123X", "610***********123X")]
    [InlineData("610113199001011234", "610***********1234")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void IdCard_IsMaskedToFirstThreeAndLastFour(string? number, string masked) =>
        Assert.Equal(masked, PersonalData.MaskIdCard(number));

    [Fact]
    public void Mobile_IsMaskedInTheMiddle() => Assert.Equal("138****1234", PersonalData.MaskMobile("13812341234"));

    [Fact]
    public void GeneratedKey_IsKeptInTheKeysFolderAndReusedButNotInPlaintext()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kechuang-pd-" + Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["DataProtection:KeysFolder"] = folder })
                .Build();
            var protection = DataProtectionProvider.Create(new DirectoryInfo(folder));

            var first = PersonalData.Create(configuration, protection);
            var second = PersonalData.Create(configuration, protection);

            Assert.Equal("13812341234", second.Unprotect(first.Protect("13812341234")));
            Assert.True(File.Exists(Path.Combine(folder, "personal-data.key")));
            Assert.Contains("CfDJ8", File.ReadAllText(Path.Combine(folder, "personal-data.key")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ConfiguredKey_IsUsed()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Security:PersonalDataKey"] = "ASNFZ4mrze/+3LqYdlQyEA==" })
            .Build();

        var configured = PersonalData.Create(configuration, DataProtectionProvider.Create("unused"));

        Assert.Equal("13812341234", Data.Unprotect(configured.Protect("13812341234")));
    }
}
