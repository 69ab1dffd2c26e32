#!/usr/bin/env bash
# Runs the EF Core tools (ef.dll from the Microsoft.EntityFrameworkCore.Tools package) against one migrations
# assembly, because the dotnet-ef global tool is not available from this machine's NuGet mirror.
#   scripts/ef.sh Sqlite migrations add AddSomething
#   scripts/ef.sh Postgres migrations list
set -euo pipefail
cd "$(dirname "$0")/.."
provider=${1:?usage: scripts/ef.sh Sqlite|Postgres <ef arguments>}
shift
project=src/Kechuang.Migrations.$provider
dotnet build "$project" -c Debug -v quiet -nologo >/dev/null
out=$project/bin/Debug/net10.0
name=Kechuang.Migrations.$provider
version=$(sed -n 's/.*<MicrosoftVersion>\(.*\)<\/MicrosoftVersion>.*/\1/p' Directory.Packages.props)
ef=$(ls ~/.nuget/packages/microsoft.entityframeworkcore.tools/"$version"/tools/*/any/ef.dll | head -n 1)
dotnet exec --depsfile "$out/$name.deps.json" --runtimeconfig "$out/$name.runtimeconfig.json" \
  --additionalprobingpath ~/.nuget/packages "$ef" "$@" \
  --assembly "$out/$name.dll" --startup-assembly "$out/$name.dll" \
  --project-dir "$project/" --root-namespace "$name" --language C# --framework net10.0 --working-dir "$PWD/$project"
