using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Account;
using Kechuang.Platform.Identity.Policy;
using Kechuang.Platform.Identity.Policy.EditSecurityPolicy;
using Kechuang.Platform.Identity.SignIn;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Platform.Tests.Identity.Policy.EditSecurityPolicy;

using EditSecurityPolicy = Kechuang.Platform.Identity.Policy.EditSecurityPolicy.EditSecurityPolicy;

public sealed class EditSecurityPolicyTests
{
    private static readonly SecurityPolicyForm Defaults = SecurityPolicyForm.From(new SecurityPolicy());

    public static TheoryData<string, int> OutOfBounds()
    {
        var data = new TheoryData<string, int>();
        foreach (var bound in EditSecurityPolicy.Bounds)
        {
            data.Add(bound.Field, bound.Min - 1);
            data.Add(bound.Field, bound.Max + 1);
        }
        return data;
    }

    public static TheoryData<string, int> AtBounds()
    {
        var data = new TheoryData<string, int>();
        foreach (var bound in EditSecurityPolicy.Bounds)
        {
            data.Add(bound.Field, bound.Min);
            data.Add(bound.Field, bound.Max);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OutOfBounds))]
    public void AValueOutsideItsBounds_IsRefusedNamingTheField(string field, int value)
    {
        var error = EditSecurityPolicy.Validate(With(Defaults, field, value));

        Assert.NotNull(error);
        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Contains(EditSecurityPolicy.Bounds.Single(b => b.Field == field).Label, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AtBounds))]
    public void AValueOnItsBound_IsAccepted(string field, int value) =>
        Assert.Null(EditSecurityPolicy.Validate(With(Defaults, field, value)));

    [Fact]
    public void TheBounds_AreTheDocumentedOnes()
    {
        var bounds = EditSecurityPolicy.Bounds.ToDictionary(b => b.Field, b => (b.Min, b.Max));

        Assert.Equal((8, 64), bounds[nameof(SecurityPolicyForm.MinimumLength)]);
        Assert.Equal((2, 4), bounds[nameof(SecurityPolicyForm.RequiredCharacterClasses)]);
        Assert.Equal((0, 24), bounds[nameof(SecurityPolicyForm.PasswordHistory)]);
        Assert.Equal((0, 365), bounds[nameof(SecurityPolicyForm.PasswordExpiryDays)]);
        Assert.Equal((3, 10), bounds[nameof(SecurityPolicyForm.MaxFailedAttempts)]);
        Assert.Equal((1, 1440), bounds[nameof(SecurityPolicyForm.LockoutMinutes)]);
        Assert.Equal((5, 120), bounds[nameof(SecurityPolicyForm.IdleTimeoutMinutes)]);
        Assert.Equal((0, 10), bounds[nameof(SecurityPolicyForm.CaptchaAfterFailures)]);
    }

    [Theory, DatabaseData]
    public async Task Saving_StoresThePolicyBumpsTheVersionAndAppliesAtOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await database.RunAsync<GetSecurityPolicy, SecurityPolicyForm>(g => g.ExecuteAsync(CancellationToken.None));

        var saved = await database.RunAsync<EditSecurityPolicy, Result<SecurityPolicyForm>>(e =>
            e.ExecuteAsync(before with { IdleTimeoutMinutes = 12, PasswordExpiryDays = 0 }, CancellationToken.None));

        Assert.True(saved.IsSuccess, saved.Error?.Message);
        Assert.Equal(before.Version + 1, saved.Value.Version);
        Assert.Equal(12, database.Services.GetRequiredService<SecurityPolicies>().Current.IdleTimeoutMinutes);
        await using var db = database.NewDbContext();
        var stored = await db.Set<SecurityPolicy>().SingleAsync();
        Assert.Equal((12, 0, saved.Value.Version), (stored.IdleTimeoutMinutes, stored.PasswordExpiryDays, stored.Version));
    }

    [Theory, DatabaseData]
    public async Task SavingWithAStaleVersion_IsRefusedAsAConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seen = await database.RunAsync<GetSecurityPolicy, SecurityPolicyForm>(g => g.ExecuteAsync(CancellationToken.None));
        await database.RunAsync<EditSecurityPolicy, Result<SecurityPolicyForm>>(e => e.ExecuteAsync(seen with { LockoutMinutes = 30 }, CancellationToken.None));

        var stale = await database.RunAsync<EditSecurityPolicy, Result<SecurityPolicyForm>>(e => e.ExecuteAsync(seen with { LockoutMinutes = 60 }, CancellationToken.None));

        Assert.Equal("security-policy-version-conflict", stale.Error?.Code);
        await using var db = database.NewDbContext();
        Assert.Equal(30, (await db.Set<SecurityPolicy>().SingleAsync()).LockoutMinutes);
    }

    [Theory, DatabaseData]
    public async Task AfterLoweringMaxFailedAttempts_TheAccountLocksSooner(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var account = await database.Services.CreateAccountAsync("zhangwei", []);
        var seen = await database.RunAsync<GetSecurityPolicy, SecurityPolicyForm>(g => g.ExecuteAsync(CancellationToken.None));
        Assert.True(seen.MaxFailedAttempts > 3, "The default must allow more than three attempts for this test to mean anything.");

        await database.RunAsync<EditSecurityPolicy, Result<SecurityPolicyForm>>(e =>
            e.ExecuteAsync(seen with { MaxFailedAttempts = 3, CaptchaAfterFailures = 0 }, CancellationToken.None));
        var outcomes = new List<SignInStatus>();
        for (var i = 0; i < 3; i++)
        {
            var result = await database.RunAsync<PasswordSignIn, PasswordSignInResult>(s =>
                s.ExecuteAsync(new PasswordSignInRequest(account.UserName, "Wrong@Passw0rd", null, null, "10.0.0.1"), CancellationToken.None));
            outcomes.Add(result.Status);
        }

        Assert.Equal([SignInStatus.Failed, SignInStatus.Failed, SignInStatus.LockedOut], outcomes);
    }

    [Theory, DatabaseData]
    public async Task AfterRaisingMinimumLength_AShortNewPasswordIsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var account = await database.Services.CreateAccountAsync("lina", []);
        const string elevenCharacters = "Kc#2024abcd";
        Assert.Empty(PolicyPasswordValidator.Check(new SecurityPolicy(), account.UserName, elevenCharacters));
        var seen = await database.RunAsync<GetSecurityPolicy, SecurityPolicyForm>(g => g.ExecuteAsync(CancellationToken.None));

        await database.RunAsync<EditSecurityPolicy, Result<SecurityPolicyForm>>(e => e.ExecuteAsync(seen with { MinimumLength = 16 }, CancellationToken.None));
        var changed = await database.RunAsync<ChangePassword, Result<bool>>(c =>
            c.ExecuteAsync(account.UserId, new ChangePasswordCommand(account.Password, elevenCharacters, elevenCharacters), CancellationToken.None));

        Assert.Equal("password-rejected", changed.Error?.Code);
        Assert.Contains("至少需要 16 个字符", changed.Error!.Message, StringComparison.Ordinal);
    }

    private static SecurityPolicyForm With(SecurityPolicyForm form, string field, int value) => field switch
    {
        nameof(SecurityPolicyForm.MinimumLength) => form with { MinimumLength = value },
        nameof(SecurityPolicyForm.RequiredCharacterClasses) => form with { RequiredCharacterClasses = value },
        nameof(SecurityPolicyForm.PasswordHistory) => form with { PasswordHistory = value },
        nameof(SecurityPolicyForm.PasswordExpiryDays) => form with { PasswordExpiryDays = value },
        nameof(SecurityPolicyForm.MaxFailedAttempts) => form with { MaxFailedAttempts = value },
        nameof(SecurityPolicyForm.LockoutMinutes) => form with { LockoutMinutes = value },
        nameof(SecurityPolicyForm.IdleTimeoutMinutes) => form with { IdleTimeoutMinutes = value },
        nameof(SecurityPolicyForm.CaptchaAfterFailures) => form with { CaptchaAfterFailures = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
