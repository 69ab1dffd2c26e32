namespace Kechuang.Platform.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
