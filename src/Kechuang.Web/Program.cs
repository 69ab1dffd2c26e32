using Kechuang.Modules.WorkPlans;
using Kechuang.Platform.Database;
using Kechuang.Web.Components;
using Kechuang.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddKechuangDatabase(builder.Configuration);
builder.Services.AddKechuangWebShell(builder.Configuration);
builder.Services.AddKechuangApi();
builder.Services.AddWorkPlansModule(builder.Configuration);

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseKechuangWebShell();
app.MapKechuangApi();
app.MapWorkPlansEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddAdditionalAssemblies(ModuleAssemblies.Pages);

app.Run();

public partial class Program;
