#!/usr/bin/env bash
# Runs every test of the solution: installs what the tests need from Debian's packages when it is missing
# (Chromium for the browser tests, PostgreSQL for the provider matrix), starts a throwaway PostgreSQL cluster
# on a free loopback port, runs `dotnet test` for the whole solution, and always stops the cluster again.
# Usage: ./scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~WorkPlans]
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

log() { printf '[test.sh] %s\n' "$*" >&2; }

ensure_debian_packages() {
    local missing=()
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
    [[ -d /usr/share/fonts/opentype/noto ]] && compgen -G '/usr/share/fonts/opentype/noto/NotoSansCJK*' >/dev/null \
        || missing+=(fonts-noto-cjk)
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
    if ((${#missing[@]} == 0)); then
        return
    fi
    log "installing from Debian packages: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    log "no free port found"
    return 1
}

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

start_postgres() {
    pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
    pg_dir="$(mktemp -d /tmp/kechuang-pg.XXXXXX)"
    if [[ $(id -u) -eq 0 ]]; then
        # postgres refuses to run as root
        chown postgres: "$pg_dir"
        as_postgres=(runuser -u postgres --)
    fi
    "${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; return 1; }
    local port attempt
    for attempt in 1 2 3; do
        port="$(free_port)"
        if "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null; then
            break
        fi
        log "PostgreSQL did not start on port $port (attempt $attempt)"
        if ((attempt == 3)); then
            cat "$pg_dir/server.log" >&2 || true
            return 1
        fi
    done
    for _ in $(seq 1 60); do
        if "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
            export KECHUANG_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
            log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
            return
        fi
        sleep 0.5
    done
    log "PostgreSQL is not ready"
    cat "$pg_dir/server.log" >&2 || true
    return 1
}

# Adds up the per-project summaries of the console logger into one closing line, "N passed, N failed, N skipped".
summarize() {
    local log_file="$1" passed failed skipped
    sum() { awk -v key="$1" '$1 == key":" && $2 ~ /^[0-9]+$/ && NF == 2 { n += $2 } END { print n + 0 }' "$log_file"; }
    passed=$(sum Passed)
    failed=$(sum Failed)
    skipped=$(sum Skipped)
    echo "$passed passed, $failed failed, $skipped skipped"
    if ((skipped > 0)); then
        log "tests were skipped; a skipped test is a defect in this project"
        return 1
    fi
    if ((passed == 0)); then
        log "no test ran"
        return 1
    fi
}

trap stop_postgres EXIT
trap 'exit 130' INT TERM

ensure_debian_packages
start_postgres

export KECHUANG_CHROMIUM="${KECHUANG_CHROMIUM:-/usr/bin/chromium}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results_dir="$repo_root/TestResults"
mkdir -p "$results_dir"
test_log="$results_dir/dotnet-test.log"

status=0
dotnet test Kechuang.slnx --nologo \
    --logger "console;verbosity=normal" \
    --results-directory "$results_dir" \
    "$@" 2>&1 | tee "$test_log" || status=${PIPESTATUS[0]}

summary_status=0
summarize "$test_log" || summary_status=$?
if ((status != 0)); then
    log "dotnet test failed (exit $status)"
    exit "$status"
fi
exit "$summary_status"
