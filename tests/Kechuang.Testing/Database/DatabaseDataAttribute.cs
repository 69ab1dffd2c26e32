using System.Reflection;
using Kechuang.Platform.Database;
using Xunit.Sdk;

namespace Kechuang.Testing.Database;

/// <summary>
/// Runs a theory once per database provider (after bitwarden/server's <c>[DatabaseData]</c>); the provider is the
/// first argument: <c>[Theory, DatabaseData] public async Task X(DatabaseProvider provider)</c>.
/// Nothing is skipped: without <c>KECHUANG_TEST_POSTGRES</c> the PostgreSQL case fails and says how to run it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DatabaseDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var parameters = testMethod.GetParameters();
        if (parameters.Length == 0 || parameters[0].ParameterType != typeof(DatabaseProvider))
        {
            throw new InvalidOperationException(
                $"{testMethod.DeclaringType?.Name}.{testMethod.Name} uses [DatabaseData] but its first parameter is not a DatabaseProvider.");
        }
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            yield return [provider];
        }
    }
}
