#!/usr/bin/env bash
# Regenerates the figures in docs/images/ from the current model, with the commands and seeds the docs quote.
#   docs/regenerate-images.sh        README and cli.md figures (one `negsim run` of the default scenario, seconds)
#   docs/regenerate-images.sh all    also the compare, sweep and vetoes figures of docs/experiments.md (about half an hour)
# Look at every PNG afterwards (they are shown at the size written), then update the numbers the text quotes.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/NegotiationSim.Cli -c Release -warnaserror -v quiet -nologo >/dev/null
negsim() { dotnet src/NegotiationSim.Cli/bin/Release/net10.0/negsim.dll "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
images=docs/images

# README (agreement-by-item, endings), docs/cli.md (offers-m3) and docs/model.md §10 (offers-nrc): the default scenario, its default seed and runs.
negsim run --out "$work/run" >/dev/null
cp "$work/run/plots/agreement-by-item.png" "$work/run/plots/endings.png" "$work/run/plots/offers-m3.png" "$work/run/plots/offers-nrc.png" "$images/"
echo "regenerated: agreement-by-item.png endings.png offers-m3.png offers-nrc.png"
[ "${1:-}" = all ] || exit 0

# docs/experiments.md §1-§5 and "The Alliance as its members", with the commands quoted there (about half an hour on
# 2 cores). The expected-utility arm is left out of §1 (with 30 members its tables are
# some 50 times slower per replicate than the base; it has its own run at 1,000 replicates).
negsim compare experiments/nato-russia-2022.json --variant russia-hardline --variant nato-flexible-on-arms-control --variant no-linkage --variant west-bears-no-cost \
  --variant no-build-up --variant ukraine-open --variant classic-rules --variant no-bloc --variant package-vs-item-by-item \
  --variant complete-information --variant trust-is-belief --variant no-ukrainian-consent --variant without-hungary-veto \
  --variant qualified-majority --variant us-leads --variant no-mediator \
  --runs 20000 --out "$work/crn" >/dev/null
cp "$work/crn/plots/compare-differences.png" "$images/compare-differences-crn.png"
cp "$work/crn/plots/compare-agreement-by-item.png" "$images/compare-agreement-by-item.png"
cp "$work/crn/plots/compare-utility-russia.png" "$images/compare-utility-russia.png"
negsim compare experiments/nato-russia-2022.json --variant russia-hardline --variant no-linkage --variant no-build-up \
  --variant ukraine-open --variant no-bloc --runs 20000 --independent --out "$work/independent" >/dev/null
cp "$work/independent/plots/compare-differences.png" "$images/compare-differences-independent.png"
negsim sweep experiments/nato-russia-2022.json --param war.costs.russia=0:0.3:13 --runs 5000 --out "$work/sweep1" >/dev/null
cp "$work/sweep1/plots/sweep-outcomes.png" "$images/sweep-war-cost.png"
negsim sweep experiments/nato-russia-2022.json --param war.costs.russia=0:0.32:9 --param parties.russia.attendance=0.2:1:9 \
  --runs 2000 --out "$work/sweep2" >/dev/null
cp "$work/sweep2/plots/sweep-heatmap-escalation.png" "$images/sweep-heatmap-escalation.png"
cp "$work/sweep2/plots/sweep-heatmap-anyAgreement.png" "$images/sweep-heatmap-any-agreement.png"
negsim sweep experiments/nato-russia-2022.json -p war.costs.russia=0:0.3 -p war.prevails.end=0.3:0.8 \
  -p parties.russia.attendance=0.5:1 -p escalation.temperature=0.02:0.1 -p trust.initial=0.1:0.3 \
  --samples 64 --runs 1000 --out "$work/sobol" >/dev/null
cp "$work/sobol/plots/sweep-sobol-escalation.png" "$images/sweep-sobol-escalation.png"
cp "$work/sobol/plots/sweep-sobol-anyAgreement.png" "$images/sweep-sobol-any-agreement.png"
negsim run experiments/nato-russia-2022.json --runs 20000 --out "$work/members-run" >/dev/null
cp "$work/members-run/plots/vetoes.png" "$images/vetoes.png"
echo "regenerated: compare-*.png sweep-*.png vetoes.png"

# docs/analysis.md's example figure: examples/paired_differences.py on 2,000-replicate runs. It needs pandas and
# matplotlib, and pyarrow or DuckDB's Node package (npm install @duckdb/node-api in examples/) to read Parquet.
for arm in base russia-hardline no-bloc; do
  variant=(); [ "$arm" = base ] || variant=(--variant "$arm")
  negsim run experiments/nato-russia-2022.json --runs 2000 --no-plots --save-replicates "${variant[@]}" --out "$work/$arm" >/dev/null
done
if ! python3 -c "import pyarrow" 2>/dev/null; then
  node examples/parquet-to-csv.mjs "$work"/{base,russia-hardline,no-bloc} >/dev/null
fi
python3 examples/paired_differences.py "$work"/{base,russia-hardline,no-bloc} --figure "$images/paired-differences-example.png" >/dev/null
echo "regenerated: paired-differences-example.png"
