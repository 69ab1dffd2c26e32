using Kechuang.Platform.Audit;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Policy;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Platform.Identity.SignIn;

public sealed record PasswordSignInRequest(string UserName, string Password, string? CaptchaToken, string? CaptchaAnswer, string? ClientIp);

public enum SignInStatus
{
    /// <summary>The password is right; <see cref="SignInSteps"/> says what comes before the session starts.</summary>
    PasswordAccepted,
    Failed,
    LockedOut,
    Disabled,
    CaptchaRequired,
}

public sealed record PasswordSignInResult(SignInStatus Status, string Message, Guid? UserId = null, bool ShowCaptcha = false);

/// <summary>
/// The first step of signing in: the password (with lockout after repeated failures and a CAPTCHA after a few).
/// Every outcome is audited; a locked account stays locked whatever password is given.
/// </summary>
public sealed class PasswordSignIn(
    KechuangUserManager users,
    KechuangDbContext db,
    IAuditTrail audit,
    SecurityPolicies policies,
    LoginThrottle throttle,
    Captcha captcha,
    TimeProvider clock)
{
    private const string WrongCredentials = "用户名或密码错误。";

    /// <summary>Whether the login page should show the CAPTCHA for this client (or this account) before the next attempt.</summary>
    public async Task<bool> CaptchaNeededAsync(string? userName, string? clientIp, CancellationToken cancellationToken)
    {
        var policy = await policies.GetAsync(db, cancellationToken);
        if (policy.CaptchaAfterFailures <= 0)
        {
            return false;
        }
        if (throttle.Failures(clientIp) >= policy.CaptchaAfterFailures)
        {
            return true;
        }
        if (!string.IsNullOrWhiteSpace(userName) && await users.FindByNameAsync(userName.Trim()) is { } user)
        {
            return user.AccessFailedCount >= policy.CaptchaAfterFailures;
        }
        return false;
    }

    public async Task<PasswordSignInResult> ExecuteAsync(PasswordSignInRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userName = (request.UserName ?? "").Trim();
        if (userName.Length == 0 || string.IsNullOrEmpty(request.Password))
        {
            return new PasswordSignInResult(SignInStatus.Failed, "请输入用户名和密码。");
        }
        if (userName.Length > 64 || request.Password.Length > 256)
        {
            return await FailAsync(null, userName, request.ClientIp, WrongCredentials, "用户名或密码超长", cancellationToken);
        }
        if (await CaptchaNeededAsync(userName, request.ClientIp, cancellationToken) &&
            !captcha.Verify(request.CaptchaToken, request.CaptchaAnswer))
        {
            var message = string.IsNullOrWhiteSpace(request.CaptchaAnswer) ? "请输入图片中的验证码。" : "验证码不正确，请重新输入。";
            await audit.RecordAsync(new AuditRecord(AuditActions.LoginFailed, "User", null, AuditOutcome.Failure,
                Detail: "验证码错误或缺失", UserName: userName), cancellationToken);
            throttle.Failed(request.ClientIp);
            return new PasswordSignInResult(SignInStatus.CaptchaRequired, message, ShowCaptcha: true);
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return await FailAsync(null, userName, request.ClientIp, WrongCredentials, "用户名不存在", cancellationToken);
        }
        if (user.IsDisabled)
        {
            return await FailAsync(user, userName, request.ClientIp, "该账号已停用，请联系系统管理员。", "账号已停用", cancellationToken, SignInStatus.Disabled);
        }
        if (await users.IsLockedOutAsync(user))
        {
            return await FailAsync(user, userName, request.ClientIp, LockedMessage(user), "账号已锁定", cancellationToken, SignInStatus.LockedOut);
        }
        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
            {
                return await FailAsync(user, userName, request.ClientIp, LockedMessage(user), "密码错误，账号已锁定", cancellationToken, SignInStatus.LockedOut);
            }
            return await FailAsync(user, userName, request.ClientIp, WrongCredentials, "密码错误", cancellationToken);
        }
        await users.ResetAccessFailedCountAsync(user);
        throttle.Succeeded(request.ClientIp);
        return new PasswordSignInResult(SignInStatus.PasswordAccepted, "", user.Id);
    }

    private string LockedMessage(KechuangUser user)
    {
        var minutes = user.LockoutEnd is { } end
            ? Math.Max(1, (int)Math.Ceiling((end - clock.GetUtcNow()).TotalMinutes))
            : policies.Current.LockoutMinutes;
        return $"连续登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试。";
    }

    private async Task<PasswordSignInResult> FailAsync(KechuangUser? user, string userName, string? clientIp, string message, string detail,
        CancellationToken cancellationToken, SignInStatus status = SignInStatus.Failed)
    {
        throttle.Failed(clientIp);
        await audit.RecordAsync(new AuditRecord(AuditActions.LoginFailed, "User", user?.Id.ToString(), AuditOutcome.Failure,
            Detail: detail, UserId: user?.Id, UserName: user?.UserName ?? userName), cancellationToken);
        var showCaptcha = await CaptchaNeededAsync(userName, clientIp, cancellationToken);
        return new PasswordSignInResult(status, message, ShowCaptcha: showCaptcha);
    }
}
