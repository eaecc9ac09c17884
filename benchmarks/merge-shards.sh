#!/usr/bin/env bash
# Times `negsim merge` on N partial folders (default 1,000) of the default scenario, for docs/benchmarks.md.
# Running 1,000 real shards would take minutes of simulation that the merge never sees, so it runs shard 1 of N for
# real (2,048 replicates: one engine chunk per shard) and copies it N − 1 times as shards 2…N, with shard.json's
# "shard" and "first" edited. The merge then does all its real work on N folders: it reads and checks every
# shard.json, reads and adds every accumulators.bin, and writes the results folder (no plots). The merged numbers
# are meaningless (N copies of one shard); the time is what N real shards cost.
#
# Usage: benchmarks/merge-shards.sh [N] [work-dir]        (needs a Release build: dotnet build -c Release)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
work="${2:-$(mktemp -d)}"
negsim="$root/src/NegotiationSim.Cli/bin/Release/net10.0/negsim"
[ -x "$negsim" ] || { echo "build first: dotnet build $root/src/NegotiationSim.Cli -c Release" >&2; exit 1; }
runs=$((n * 2048))
width=$(( ${#n} > 4 ? ${#n} : 4 ))
name() { printf "shard-%0${width}d-of-%0${width}d" "$1" "$n"; }

rm -rf "$work/shards" "$work/merged"
"$negsim" run "$root/experiments/nato-russia-2022.json" --runs "$runs" --seed 1 --no-plots --threads 1 \
    --shard "1/$n" --out "$work/shards" >/dev/null 2>&1
first="$work/shards/$(name 1)"
for k in $(seq 2 "$n"); do
  dir="$work/shards/$(name "$k")"
  cp -r "$first" "$dir"
  sed -i -E "s/^  \"shard\": 1,/  \"shard\": $k,/; s/^  \"first\": 0,/  \"first\": $(( (k - 1) * 2048 )),/" "$dir/shard.json"
done
echo "merge-shards: $n partial folders in $work/shards, $(du -sh "$work/shards" | cut -f1) ($(stat -c %s "$first/accumulators.bin") bytes of accumulators each)"
start=$(date +%s.%N)
"$negsim" merge "$work/shards" --out "$work/merged" >/dev/null
end=$(date +%s.%N)
echo "merge-shards: negsim merge of $n shards took $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}') s wall (process start to results folder)"
