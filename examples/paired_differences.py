#!/usr/bin/env python3
"""Paired differences between variants, computed from negsim's per-replicate tables.

Reproduces the figure "Paired differences of the endings, escalation and any agreement, per variant" of
docs/experiments.md (images/compare-differences-crn.png) from `--save-replicates` output, to show how to work with
the replicates yourself. `negsim compare` runs every arm on the same seed, so replicate r of every arm draws the same
random numbers (common random numbers); `negsim run --variant V --seed S --save-replicates` gives each arm's
replicates on that same footing, and the difference of two arms is taken replicate by replicate:

    d_r = x_arm,r - x_base,r,   estimate = mean(d),   95% interval = mean(d) +/- 1.96 sd(d) / sqrt(n)

which is what `negsim compare` reports in its "diff" columns (docs/cli.md, "Statistics").

    negsim run experiments/nato-russia-2022.json --save-replicates --out results/base
    negsim run experiments/nato-russia-2022.json --save-replicates --variant russia-hardline --out results/russia-hardline
    negsim run experiments/nato-russia-2022.json --save-replicates --variant no-bloc --out results/no-bloc
    python3 examples/paired_differences.py results/base results/russia-hardline results/no-bloc --figure differences.png

Needs pandas, with pyarrow (or fastparquet) to read Parquet, and matplotlib for the figure. Where no Parquet reader
can be installed (Debian 12 packages pandas and matplotlib but not pyarrow), convert the two tables to CSV beside them
first, as tables/replicates.parquet.csv and tables/items.parquet.csv (docs/analysis.md, "Without a Parquet reader");
the script reads those when they are there.
"""

import argparse
import json
import math
import os
import sys

import pandas as pd

# The metrics of the figure, in its order: key as in compare.csv, label as on the figure.
METRICS = [
    ("ending.completed", "every meeting held, no walkout"),
    ("ending.declined", "a party stayed away"),
    ("ending.walkout", "a party walked out"),
    ("escalation", "escalation (outside option taken)"),
    ("anyAgreement", "at least one item agreed"),
]

# The 97.5% quantile of the standard normal ("1.96"), to the digits negsim uses.
Z = 1.959963984540054

# Okabe-Ito, colour-blind-safe, as negsim's own charts.
COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]


def read_table(folder, name):
    """tables/NAME.parquet, or tables/NAME.parquet.csv when it was converted to CSV (no Parquet reader)."""
    csv = os.path.join(folder, "tables", name + ".parquet.csv")
    if os.path.exists(csv):
        return pd.read_csv(csv)
    return pd.read_parquet(os.path.join(folder, "tables", name + ".parquet"))


def arm(folder):
    """An arm's name, seed, runs and per-replicate metrics (one row per replicate, 0/1 columns)."""
    with open(os.path.join(folder, "summary.json"), encoding="utf-8") as f:
        manifest = json.load(f)["manifest"]
    reps = read_table(folder, "replicates").sort_values("replicate").reset_index(drop=True)
    items = read_table(folder, "items")
    values = pd.DataFrame({"replicate": reps["replicate"]})
    for ending in ("completed", "declined", "walkout"):
        values["ending." + ending] = (reps["ending"] == ending).astype(float)
    values["escalation"] = reps["escalation"].astype(bool).astype(float)
    agreed = items.assign(agreed=items["agreed"].astype(bool)).groupby("replicate")["agreed"].any()
    values["anyAgreement"] = values["replicate"].map(agreed).fillna(False).astype(float)
    name = manifest.get("variant") or "base"
    return name, manifest["seed"], manifest["runs"], values


def paired(base, other):
    """Per metric: (estimate, lower, upper) of the mean replicate-by-replicate difference other - base."""
    rows = {}
    for key, _ in METRICS:
        d = other[key].to_numpy() - base[key].to_numpy()
        n = len(d)
        mean = d.mean()
        sd = d.std(ddof=1) if n > 1 else 0.0
        half = Z * sd / math.sqrt(n)
        rows[key] = (mean, mean - half, mean + half)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="results folder of the base arm (negsim run --save-replicates)")
    parser.add_argument("arms", nargs="+", help="results folders of the arms to compare with it, same seed and runs")
    parser.add_argument("--figure", help="write the figure here (.png, .pdf or .svg); needs matplotlib")
    parser.add_argument("--csv", help="write the differences here as compare.csv does (metric,variant,diff,diffLower,diffUpper)")
    args = parser.parse_args()

    base_name, seed, runs, base = arm(args.base)
    results = []
    for folder in args.arms:
        name, arm_seed, arm_runs, values = arm(folder)
        # Pairing replicate r with replicate r is only meaningful on common random numbers.
        if (arm_seed, arm_runs) != (seed, runs):
            sys.exit(f"error: {folder} ran seed {arm_seed} with {arm_runs} runs, the base seed {seed} with {runs}; "
                     "run every arm with the same --seed and --runs")
        results.append((name, paired(base, values)))

    print(f"paired differences to {base_name} (seed {seed}, {runs:,} replicates each), with 95% intervals")
    for key, label in METRICS:
        print(f"\n{label}")
        for name, rows in results:
            est, lo, hi = rows[key]
            print(f"  {name:<32} {est:+.4f}  [{lo:+.4f}, {hi:+.4f}]")

    if args.csv:
        out = pd.DataFrame([(key, name, *rows[key]) for key, _ in METRICS for name, rows in results],
                           columns=["metric", "variant", "diff", "diffLower", "diffUpper"])
        out.to_csv(args.csv, index=False)

    if args.figure:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        # One row per metric; the arms side by side in it, each a point with its interval.
        fig, ax = plt.subplots(figsize=(7, 0.5 + 0.35 * len(METRICS) * max(2, len(results))))
        ys = []
        for m, (key, label) in enumerate(METRICS):
            for a, (name, rows) in enumerate(results):
                y = -(m * (len(results) + 1) + a)
                est, lo, hi = rows[key]
                ax.errorbar(est, y, xerr=[[est - lo], [hi - est]], fmt="o", color=COLOURS[a % len(COLOURS)],
                            capsize=3, markersize=5, label=name if m == 0 else None)
            ys.append((-(m * (len(results) + 1) + (len(results) - 1) / 2), label))
        ax.axvline(0, color="#222222", linewidth=1)
        ax.set_yticks([y for y, _ in ys], [label for _, label in ys])
        ax.set_xlabel(f"difference to {base_name} (arm - base, replicate by replicate)")
        ax.set_title(f"Paired differences to {base_name}, with 95% intervals", fontsize=11)
        ax.grid(axis="x", color="#E6E6E6")
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.08), ncol=min(3, len(results)), frameon=False, fontsize=8)
        fig.tight_layout()
        fig.savefig(args.figure, dpi=300)
        print(f"\nfigure: {args.figure}")


if __name__ == "__main__":
    main()
