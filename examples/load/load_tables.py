# Load every table negsim writes, with pandas. Arguments: a `negsim run --save-replicates` folder, a `negsim compare`
# folder, a `negsim sweep` folder and a `negsim eu` folder (any may be "-" to skip it).
import os
import sys

import pandas as pd

run, compare, sweep, eu = (sys.argv[1:] + ["-"] * 4)[:4]


def parquet(path):
    # pandas reads Parquet with pyarrow or fastparquet; without either (Debian 12), read the CSV converted beside it.
    try:
        return pd.read_parquet(path)
    except ImportError:
        return pd.read_csv(path + ".csv")


if run != "-":
    t = os.path.join(run, "tables")
    items = pd.read_csv(os.path.join(t, "items.csv"))          # one row per agenda item
    parties = pd.read_csv(os.path.join(t, "parties.csv"))      # one row per party
    meetings = pd.read_csv(os.path.join(t, "meetings.csv"))    # one row per meeting
    endings = pd.read_csv(os.path.join(t, "endings.csv"))      # completed, declined, walkout, escalation, anyAgreement
    reps = parquet(os.path.join(t, "replicates.parquet"))      # one row per replicate
    item_reps = parquet(os.path.join(t, "items.parquet"))      # one row per replicate x item
    p_escalation = reps["escalation"].astype(bool).mean()
    assert abs(p_escalation - endings.set_index("outcome").loc["escalation", "estimate"]) < 1e-12
    p_agreed = item_reps.assign(agreed=item_reps["agreed"].astype(bool)).groupby("item", sort=False)["agreed"].mean()
    assert (abs(p_agreed.reindex(items["item"]).to_numpy() - items["agreement"].to_numpy()) < 1e-12).all()
    print(f"run: {len(items)} items, {len(parties)} parties, {len(meetings)} meetings, {len(reps)} replicates, "
          f"P(escalation) {p_escalation:.4f}")

if compare != "-":
    diffs = pd.read_csv(os.path.join(compare, "tables", "compare.csv"))   # metric, variant, estimate ..., diff ...
    print(f"compare: {diffs['variant'].nunique()} arms, {diffs['metric'].nunique()} metrics")

if sweep != "-":
    points = pd.read_csv(os.path.join(sweep, "tables", "sweep.csv"))      # point, block, PARAM..., metric, estimate ...
    wide = points.pivot_table(index="point", columns="metric", values="estimate")
    sobol = os.path.join(sweep, "tables", "sobol.csv")                      # only for three or more parameters
    print(f"sweep: {len(wide)} points" + (f", {len(pd.read_csv(sobol))} Sobol' rows" if os.path.exists(sobol) else ""))

if eu != "-":
    positions = pd.read_csv(os.path.join(eu, "positions.csv"))            # round, actor, position (tidy)
    print(f"eu: {positions['round'].max()} rounds, {positions['actor'].nunique()} actors and summary rows")
