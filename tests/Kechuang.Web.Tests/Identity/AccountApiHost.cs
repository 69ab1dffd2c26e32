using System.Net.Http.Json;
using System.Text.Json;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity.Sessions;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests.Identity;

/// <summary>One production-mode host (no demo accounts, default deny) shared by the identity API tests of a class.</summary>
public sealed class AccountApiHost : IAsyncDisposable
{
    public KechuangWebFactory Factory { get; } = new() { Options = new() { Demo = false } };

    public async Task<Guid> OpenSessionIdAsync(TestAccount account)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        return await db.Set<UserSession>().Where(s => s.UserId == account.UserId && s.EndedAtUtc == null).Select(s => s.Id).SingleAsync();
    }

    public static async Task<HttpResponseMessage> PostWithCsrfAsync(HttpClient cookieClient, string path, object body)
    {
        ArgumentNullException.ThrowIfNull(cookieClient);
        using var tokenResponse = await cookieClient.GetAsync(new Uri("/api/platform/antiforgery", UriKind.Relative));
        tokenResponse.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add(json.RootElement.GetProperty("headerName").GetString()!, json.RootElement.GetProperty("token").GetString());
        return await cookieClient.SendAsync(request);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
