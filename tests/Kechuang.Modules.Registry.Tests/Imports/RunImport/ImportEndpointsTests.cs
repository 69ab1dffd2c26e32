using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kechuang.Platform.Database;
using Kechuang.Platform.Files.Tables;
using Kechuang.Testing.Database;
using Kechuang.Testing.Identity;
using Kechuang.Testing.Web;
using MiniExcelLibs;
using static Kechuang.Modules.Registry.Tests.RegistryTestKit;

namespace Kechuang.Modules.Registry.Tests.Imports.RunImport;

public sealed class ImportEndpointsTests
{
    [Fact]
    public async Task TheXlsxTemplate_HasTheImportHeadersAndAnInstructionsSheet()
    {
        await using var factory = new KechuangWebFactory();
        using var client = await factory.CreateClientWithAsync(RegistryPermissions.Import);

        using var response = await client.GetAsync("/api/registry/imports/enterprises/template?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var content = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["企业基本信息", "填写说明"], content.GetSheetNames());
        content.Position = 0;
        var import = new Kechuang.Modules.Registry.Enterprises.ImportEnterprises.EnterpriseImport();
        var opened = TableReader.Open(content, TableFormat.Xlsx, import.Fields.Select(f => f.ToColumn()).ToList());
        Assert.True(opened.IsSuccess, opened.Error?.Message);
        Assert.All(Enumerable.Range(0, import.Fields.Count), i => Assert.NotNull(opened.Value.IndexOf(i)));
        Assert.Empty(opened.Value.Rows());
    }

    [Theory, DatabaseData]
    public async Task UploadReportListAndRollBack_OverTheApi(DatabaseProvider provider)
    {
        await using var factory = new KechuangWebFactory { Options = new() { Provider = provider } };
        using var client = await factory.CreateClientWithAsync(RegistryPermissions.Import, RegistryPermissions.View);
        var csv = string.Join("\r\n", EnterpriseHeader,
            $"{Uscc(1)},西安秦创智能科技有限公司,雁塔区,西安高新区,I6513,电子信息,2018/5/21,查账征收,否,未上市",
            $"{Uscc(2)},西安长安新材料有限公司,610199,,,,,,,");

        using var upload = await client.PostAsync("/api/registry/imports/enterprises", Form("企业.csv", csv, "valid-rows"));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var result = await upload.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("counts").GetProperty("inserted").GetInt32());
        Assert.Equal(1, result.GetProperty("counts").GetProperty("rejected").GetInt32());
        var batchId = result.GetProperty("batchId").GetGuid();

        var report = await client.GetStringAsync($"/api/registry/import-batches/{batchId}/report");
        var lines = report.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("导入结果,错误说明", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",正确,", lines[1], StringComparison.Ordinal);
        Assert.Contains("不在 GB/T 2260 代码表中", lines[2], StringComparison.Ordinal);

        var batches = await client.GetFromJsonAsync<JsonElement>("/api/registry/import-batches");
        Assert.Equal(batchId, batches.GetProperty("items")[0].GetProperty("id").GetGuid());

        using var rollback = await client.PostAsync($"/api/registry/import-batches/{batchId}/rollback", null);
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        using var again = await client.PostAsync($"/api/registry/import-batches/{batchId}/rollback", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task BadRequests_GetChineseProblems()
    {
        await using var factory = new KechuangWebFactory();
        using var client = await factory.CreateClientWithAsync(RegistryPermissions.Import);

        using var unknown = await client.PostAsync("/api/registry/imports/nothing", Form("a.csv", EnterpriseHeader, "check"));
        using var badMode = await client.PostAsync("/api/registry/imports/enterprises", Form("a.csv", EnterpriseHeader, "sometimes"));
        using var badType = await client.PostAsync("/api/registry/imports/enterprises", Form("a.txt", EnterpriseHeader, "check"));
        using var wrongTemplate = await client.PostAsync("/api/registry/imports/enterprises", Form("a.csv", "合同登记号,成交额\r\n1,2", "check"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badMode.StatusCode);
        Assert.Contains("导入方式", await badMode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, badType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongTemplate.StatusCode);
        Assert.Contains("不是“企业基本信息”导入模板", await wrongTemplate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Form(string fileName, string csv, string mode)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(mode), "mode");
        return form;
    }
}
