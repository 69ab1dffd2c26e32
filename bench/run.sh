#!/usr/bin/env bash
# Prints the benchmark figures (not part of ./scripts/test.sh). Extra arguments go to BenchmarkDotNet,
# e.g. ./bench/run.sh --job short   or   ./bench/run.sh --filter '*Xian*'
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Kechuang.Benchmarks -- --filter '*' --exporters markdown "$@"
find BenchmarkDotNet.Artifacts/results -name '*-report-github.md' -newer bench/run.sh -exec cat {} \; 2>/dev/null || true
