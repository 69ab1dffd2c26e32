using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Results;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Kechuang.Platform.Identity.Account;

public sealed record TwoFactorSetup(string SharedKey, string AuthenticatorUri, string QrCodeSvg);

/// <summary>TOTP (RFC 6238) two-factor authentication with any authenticator app, on Identity's authenticator provider.</summary>
public sealed class TwoFactor(KechuangUserManager users, IAuditTrail audit, AccessSnapshots snapshots)
{
    public const string Issuer = "科创平台";

    /// <summary>The key to enrol (created on first call, kept until enrolment succeeds) and its QR code.</summary>
    public async Task<Result<TwoFactorSetup>> GetSetupAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return Error.NotFound("user-not-found", "账号不存在。");
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new TwoFactorSetup(Group(key!), uri, svg);
    }

    public async Task<Result<bool>> EnableAsync(Guid userId, string code, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return Error.NotFound("user-not-found", "账号不存在。");
        }
        if (!await VerifyAsync(user, code))
        {
            return Error.Validation("totp-invalid", "验证码不正确，请以验证器中当前显示的 6 位数字重试。");
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordAsync(new AuditRecord(AuditActions.TwoFactorEnabled, "User", user.Id.ToString(), AuditOutcome.Success), cancellationToken);
        snapshots.Invalidate(user.Id);
        return true;
    }

    public async Task<bool> VerifyAsync(Guid userId, string code, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        var ok = user is not null && await VerifyAsync(user, code);
        if (!ok)
        {
            await audit.RecordAsync(new AuditRecord(AuditActions.LoginFailed, "User", userId.ToString(), AuditOutcome.Failure,
                Detail: "双因素验证码错误", UserId: userId, UserName: user?.UserName), cancellationToken);
            if (user is not null)
            {
                await users.AccessFailedAsync(user);
            }
        }
        return ok;
    }

    private async Task<bool> VerifyAsync(KechuangUser user, string code)
    {
        var digits = new string((code ?? "").Where(char.IsDigit).ToArray());
        return digits.Length == 6 &&
               await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);
    }

    private static string Group(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4)))).ToLowerInvariant();
}
