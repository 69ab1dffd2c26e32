namespace Kechuang.Testing.Database;

/// <summary>The throwaway PostgreSQL server that <c>scripts/test.sh</c> starts for the provider matrix.</summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "KECHUANG_TEST_POSTGRES";

    /// <summary>Connection string to the server's maintenance database; tests create their own databases from it.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set, so the PostgreSQL case cannot run. " +
                "Run ./scripts/test.sh, which starts PostgreSQL, or set " + EnvironmentVariable +
                " to a server where the user may create databases (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres).");
}
