using Kechuang.Modules.Registry;
using Kechuang.Modules.WorkPlans;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Web.Components;
using Kechuang.Web.Hosting;
using Kechuang.Web.Components.Account;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddKechuangDatabase(builder.Configuration);
builder.Services.AddKechuangWebShell(builder.Configuration);
builder.Services.AddKechuangApi();
builder.Services.AddIdentityModule(builder.Configuration);
builder.Services.AddWorkPlansModule(builder.Configuration);
builder.Services.AddRegistryModule(builder.Configuration);

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseKechuangWebShell();
app.MapKechuangApi();
app.MapAccountEndpoints();
app.MapIdentityEndpoints();
app.MapWorkPlansEndpoints();
app.MapRegistryEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = "'none'")
    .AddAdditionalAssemblies(ModuleAssemblies.Pages);

app.Run();

public partial class Program;
