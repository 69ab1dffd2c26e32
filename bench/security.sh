#!/usr/bin/env bash
# Prints the identity/audit load figures (issue #3): ./bench/security.sh [seconds-per-scenario] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Kechuang.Benchmarks -- security-load "$@"
