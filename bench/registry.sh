#!/usr/bin/env bash
# Prints the registry figures (issue #4): ./bench/registry.sh [enterprises=1000000] [contracts=2×enterprises]
#   a) the real enterprise import of a generated CSV (ENTERPRISES rows) on SQLite, next to sqlite3's own .import of the
#      same file, and on PostgreSQL;
#   b) .xlsx imports of XLSX_ROWS rows each (default "100000 200000 400000"), each in a fresh process, with peak memory;
#   c) ENTERPRISES enterprises + CONTRACTS contracts written by DemoDataWriter on SQLite and PostgreSQL, then warm
#      latency of the enterprise list, search and detail endpoints next to a trivial authenticated GET.
# Generated files go to bench/data/registry (git-ignored). PostgreSQL is a throwaway cluster on a free loopback port,
# started and stopped as scripts/test.sh does.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
enterprises="${1:-1000000}"
contracts="${2:-$((2 * enterprises))}"
xlsx_rows="${XLSX_ROWS:-100000 200000 400000}"
data="bench/data/registry"
mkdir -p "$data"

log() { printf '[registry.sh] %s\n' "$*" >&2; }

missing=()
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if ((${#missing[@]} > 0)); then
    log "installing from Debian packages: ${missing[*]}"
    sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

pg_dir=""
pg_bin=""
as_postgres=()
stop_postgres() {
    if [[ -n "$pg_dir" && -d "$pg_dir" ]]; then
        if [[ -f "$pg_dir/data/postmaster.pid" ]]; then
            "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$pg_dir"
    fi
}
trap stop_postgres EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    return 1
}

pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
pg_dir="$(mktemp -d /tmp/kechuang-bench-pg.XXXXXX)"
if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$pg_dir"
    as_postgres=(runuser -u postgres --)
fi
"${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1
port="$(free_port)"
# Durable settings left at their defaults except fsync, as in the test cluster: the figures compare code, not disks.
"${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100 -c shared_buffers=512MB -c max_wal_size=4GB" \
    start >/dev/null
export KECHUANG_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
log "PostgreSQL on 127.0.0.1:$port"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build -c Release -v q --nologo src/Kechuang.Cli >/dev/null
dotnet build -c Release -v q --nologo bench/Kechuang.Benchmarks >/dev/null
cli=(dotnet src/Kechuang.Cli/bin/Release/net10.0/kechuang.dll)
bench=(dotnet bench/Kechuang.Benchmarks/bin/Release/net10.0/Kechuang.Benchmarks.dll registry)

echo "# Registry import (issue #4), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
csv="$data/enterprises-$enterprises.csv"
[[ -f "$csv" ]] || "${cli[@]}" demo csv --registry enterprises --scale "$enterprises" --seed 2021 --as-of 2026-06-30 --out "$csv" >&2
echo "| import | provider | rows | inserted | rejected | seconds | CPU seconds | rows/s | peak working set MB | peak managed heap MB |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
"${bench[@]}" csv "$csv"
for rows in $xlsx_rows; do
    xlsx="$data/enterprises-$rows.xlsx"
    [[ -f "$xlsx" ]] || "${cli[@]}" demo csv --registry enterprises --scale "$rows" --seed 2021 --as-of 2026-06-30 --out "$xlsx" >&2
    "${bench[@]}" xlsx "$xlsx"
done
echo
for provider in Sqlite Postgres; do
    "${bench[@]}" latency "$enterprises" "$contracts" "$provider"
    echo
done
