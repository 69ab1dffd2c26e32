using Kechuang.Modules.WorkPlans.Plans.ImportPlan;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.WorkPlans.Tests.Plans;

internal static class PlanTestSteps
{
    public static async Task<ImportedPlan> ImportAsync(this TestDatabase database, string fileName, string text)
    {
        await using var scope = database.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<Kechuang.Modules.WorkPlans.Plans.ImportPlan.ImportPlan>()
            .ExecuteAsync(new ImportPlanCommand(new PlanUpload(fileName, PlanDocuments.Utf8(text))), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    public static async Task<TResult> RunAsync<TUseCase, TResult>(this TestDatabase database, Func<TUseCase, Task<TResult>> call)
        where TUseCase : notnull
    {
        await using var scope = database.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }
}
