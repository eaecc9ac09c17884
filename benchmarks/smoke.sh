#!/usr/bin/env bash
# CI smoke test for the benchmarks: runs EVERY benchmark once (BenchmarkDotNet's dry job, in-process), then checks the
# results rather than trusting exit codes alone. Fails (exit 1) when the program exits non-zero, when a benchmark
# class has no non-empty <Namespace.Class>-report.csv, when a report has fewer rows than the class has benchmark
# methods, or when any row's Mean is NA or empty. New benchmark classes are covered automatically: the classes to
# expect come from the program's own `--list flat`.
#
# Usage: benchmarks/smoke.sh [artifacts-dir]      (default: artifacts/benchmarks-smoke under the repository root)
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/benchmarks/NegotiationSim.Benchmarks"
artifacts="${1:-$root/artifacts/benchmarks-smoke}"
case "$artifacts" in /*) ;; *) artifacts="$PWD/$artifacts" ;; esac

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
bench() { (cd "$root" && dotnet run -c Release --no-build --project "$project" -- "$@" </dev/null); }

rm -rf "$artifacts" && mkdir -p "$artifacts" || fail "cannot create $artifacts"

echo "smoke: building $project (Release)"
dotnet build "$project" -c Release -nologo -v q >"$artifacts/build.log" 2>&1 \
    || { cat "$artifacts/build.log" >&2; fail "build failed"; }

# Expected classes: the benchmark list minus the method names, with the number of methods of each.
listing="$(bench --list flat)" || fail "--list flat exited non-zero"
expected="$(printf '%s\n' "$listing" | grep -E '^[A-Za-z_][A-Za-z0-9_.`+]*\.[A-Za-z_][A-Za-z0-9_]*$' \
    | sed -E 's/\.[^.]+$//' | sort | uniq -c)"
[ -n "$expected" ] || fail "the program lists no benchmarks"

echo "smoke: running all benchmarks (--job dry --inProcess) into $artifacts"
bench --job dry --inProcess --filter '*' --artifacts "$artifacts" >"$artifacts/run.log" 2>&1
rc=$?
status=0
if [ "$rc" -ne 0 ]; then
    tail -n 40 "$artifacts/run.log" >&2
    echo "smoke: FAIL: the benchmark program exited with $rc" >&2
    status=1
fi

# Prints "rows bad" for a BenchmarkDotNet CSV report: data rows, and rows whose Mean is NA or empty
# (-1 when there is no Mean column). Handles quoted fields ("1,234.5 ns") and a ';' separator.
check_csv() {
    awk '
    function split_csv(line, out, sep,    n, i, c, quoted, cur) {
        n = 0; cur = ""; quoted = 0
        for (i = 1; i <= length(line); i++) {
            c = substr(line, i, 1)
            if (quoted) {
                if (c == "\"") { if (substr(line, i + 1, 1) == "\"") { cur = cur c; i++ } else quoted = 0 }
                else cur = cur c
            } else if (c == "\"") quoted = 1
            else if (c == sep) { out[++n] = cur; cur = "" }
            else cur = cur c
        }
        out[++n] = cur
        return n
    }
    { sub(/\r$/, "") }
    NR == 1 {
        sep = (index($0, ",") == 0 && index($0, ";") > 0) ? ";" : ","
        n = split_csv($0, head, sep); mean = 0
        for (i = 1; i <= n; i++) if (head[i] == "Mean") mean = i
        next
    }
    NF == 0 { next }
    { rows++; split_csv($0, f, sep); v = f[mean]; gsub(/^ +| +$/, "", v); if (mean == 0 || v == "" || v == "NA") bad++ }
    END { if (mean == 0) bad = -1; print rows + 0, bad + 0 }' "$1"
}

classes=0
while read -r methods class; do
    classes=$((classes + 1))
    csv="$artifacts/results/$class-report.csv"
    if [ ! -s "$csv" ]; then
        echo "smoke: FAIL: $class: no report (expected non-empty $csv)" >&2; status=1; continue
    fi
    read -r rows bad < <(check_csv "$csv")
    if [ "$bad" -lt 0 ]; then
        echo "smoke: FAIL: $class: report has no Mean column" >&2; status=1
    elif [ "$rows" -lt "$methods" ]; then
        echo "smoke: FAIL: $class: $rows result rows for $methods benchmark methods" >&2; status=1
    elif [ "$bad" -gt 0 ]; then
        echo "smoke: FAIL: $class: $bad of $rows rows have Mean NA" >&2; status=1
    else
        echo "smoke: ok   $class: $rows rows"
    fi
done <<<"$expected"

[ "$status" -eq 0 ] || fail "see above; full log: $artifacts/run.log"
echo "smoke: all $classes benchmark classes produced results"
