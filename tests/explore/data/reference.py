#!/usr/bin/python3
"""Fixtures and expected values for tests/explore/tst_explore.cpp.

Run with Debian's /usr/bin/python3 (pandas 1.5.3, numpy 1.24.2, scikit-learn 1.2.1):

    /usr/bin/python3 tests/explore/data/reference.py            # print expected values
    /usr/bin/python3 tests/explore/data/reference.py --write    # also rewrite the CSVs

The CSVs are written with repr() floats and read back with float_precision='round_trip',
so pandas sees exactly the doubles ppstudio's CSV reader parses. Every number pasted into
the test is printed below next to the pandas/numpy/sklearn call that produced it.
"""
import os
import sys

import numpy as np
import pandas as pd
import sklearn
from sklearn.ensemble import IsolationForest
from sklearn.ensemble._iforest import _average_path_length

HERE = os.path.dirname(os.path.abspath(__file__))
WRITE = "--write" in sys.argv
pd.set_option("display.precision", 17)


def path(name):
    return os.path.join(HERE, name)


def save(df, name):
    if WRITE:
        df.to_csv(path(name), index=False)
    return pd.read_csv(path(name), float_precision="round_trip")


def show(label, value):
    print(f"{label} = {value!r}")


print("pandas", pd.__version__, "numpy", np.__version__, "sklearn", sklearn.__version__)

# --- outliers.csv: per-column IQR / z-score / modified z-score --------------------------
rng = np.random.default_rng(20240601)
n = 300
spend = np.round(rng.lognormal(3.0, 1.0, n), 2)
spend[rng.choice(n, 10, replace=False)] = np.nan
visits = rng.poisson(0.3, n).astype(float)          # mostly 0: MAD = 0
age = np.round(rng.normal(40, 10, n), 1)
age[[5, 50, 250]] = [95.0, 99.5, -5.0]
rating = rng.integers(1, 6, n).astype(float)
segment = rng.choice(["gold", "silver", "bronze"], n)
flat = np.full(n, 7.0)
df = save(pd.DataFrame({"spend": spend, "visits": visits, "age": age, "rating": rating,
                        "segment": segment, "flat": flat}), "outliers.csv")
print("\n# outliers.csv")
for col in ["spend", "visits", "age", "rating", "flat"]:
    s = df[col]
    q1, q3 = s.quantile(0.25), s.quantile(0.75)
    iqr = q3 - q1
    iqr_count = int(((s < q1 - 1.5 * iqr) | (s > q3 + 1.5 * iqr)).sum())
    z_count = int((((s - s.mean()) / s.std()).abs() > 3).sum())
    med = s.median()
    mad = (s - med).abs().median()
    if mad > 0:
        mad_count = int(((0.6745 * (s - med) / mad).abs() > 3.5).sum())
    else:  # the documented fallback: 1.253314 * mean absolute deviation from the median
        scale = 1.253314 * (s - med).abs().mean()
        mad_count = int(((s - med) / scale).abs().gt(3.5).sum()) if scale > 0 else 0
    show(f"{col}: iqr count (k=1.5), lower, upper", (iqr_count, q1 - 1.5 * iqr, q3 + 1.5 * iqr))
    show(f"{col}: z count (|(s - s.mean()) / s.std()| > 3)", z_count)
    show(f"{col}: mad count (> 3.5), median, mad", (mad_count, med, mad))
    show(f"{col}: iqr k=3 count", int(((s < q1 - 3 * iqr) | (s > q3 + 3 * iqr)).sum()))
flags = np.zeros(n, dtype=bool)
for col in ["spend", "visits", "age", "rating", "flat"]:
    s = df[col]
    q1, q3 = s.quantile(0.25), s.quantile(0.75)
    flags |= ((s < q1 - 1.5 * (q3 - q1)) | (s > q3 + 1.5 * (q3 - q1))).to_numpy()
show("rows flagged by IQR in any numeric column", int(flags.sum()))
show("first flagged rows", list(np.flatnonzero(flags)[:5]))

# --- correlation ------------------------------------------------------------------------
print("\n# corr.csv (ties, NaN, a boolean and a constant column)")
small = pd.DataFrame({
    "a": [1.0, 2.0, 2.0, 3.0, np.nan, 5.0, 6.0, 6.0, 8.0, 9.0, 10.0, 1.0],
    "b": [2.0, 1.0, 4.0, 3.0, 7.0, np.nan, 5.0, 8.0, 8.0, np.nan, 12.0, 2.0],
    "c": [9.0, 9.0, 7.0, 7.0, 5.0, 4.0, 3.0, np.nan, 1.0, 0.0, 0.0, 9.0],
    "flag": [True, False, True, False, True, True, False, False, True, False, True, True],
    "k": [3.0] * 12,
})
small = save(small, "corr.csv")
for method in ["pearson", "spearman"]:
    m = small.corr(method=method, min_periods=1)
    print(f"small.corr(method={method!r}, min_periods=1).to_numpy().tolist() =")
    print(repr(m.to_numpy().tolist()))
m = small.corr(method="pearson", min_periods=10)
print("small.corr(method='pearson', min_periods=10).to_numpy().tolist() =")
print(repr(m.to_numpy().tolist()))

print("\n# corr_big.csv (400 rows, rounded for ties, NaN in different rows)")
rng = np.random.default_rng(7)
n = 400
x = rng.normal(size=n)
big = pd.DataFrame({
    "x": np.round(x, 1),
    "y": np.round(0.6 * x + rng.normal(size=n), 0),
    "z": np.round(np.exp(x) + rng.normal(scale=0.5, size=n), 2),
    "w": rng.integers(0, 4, n).astype(float),
})
for col, share in [("x", 0.05), ("y", 0.15), ("z", 0.0), ("w", 0.3)]:
    big.loc[rng.random(n) < share, col] = np.nan
big = save(big, "corr_big.csv")
for method in ["pearson", "spearman"]:
    m = big.corr(method=method)
    print(f"big.corr(method={method!r}).to_numpy().tolist() =")
    print(repr(m.to_numpy().tolist()))
print("big.corrwith(big['z'], method='spearman') =", repr(big.drop(columns="z").corrwith(big["z"], method="spearman").to_dict()))

# --- missingness ------------------------------------------------------------------------
print("\n# missing.csv")
miss = pd.DataFrame({
    "name": ["ann", None, "cy", "di", None, "fe", "gu", None, "ik", "jo"],
    "spend": [1.5, np.nan, 3.0, np.nan, np.nan, 6.0, 7.0, np.nan, 9.0, 10.0],
    "city": ["x", None, "y", "y", None, None, "x", None, "z", "x"],
    "orders": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0],
    "note": [None] * 10,
})
miss = save(miss, "missing.csv")
show("miss.isna().sum()", miss.isna().sum().to_dict())
show("miss.isna().any(axis=1).sum()", int(miss.isna().any(axis=1).sum()))
show("miss.drop(columns='note').isna().all(axis=1).sum()", int(miss.drop(columns="note").isna().all(axis=1).sum()))
# missingno.heatmap: keep columns whose indicator varies, then df.isnull().corr()
nul = miss.iloc[:, [i for i, v in enumerate(np.var(miss.isnull(), axis="rows")) if v > 0]]
show("nullity columns", list(nul.columns))
print("nul.isnull().corr().to_numpy().tolist() =")
print(repr(nul.isnull().corr().to_numpy().tolist()))
print("[chunk.isna().mean().tolist() for chunk in np.array_split(miss, 3)] =")
print(repr([chunk.isna().mean().tolist() for chunk in np.array_split(miss, 3)]))
print("[1 - chunk.isna().to_numpy().mean() for chunk in np.array_split(miss, 3)] =")
print(repr([1 - chunk.isna().to_numpy().mean() for chunk in np.array_split(miss, 3)]))
print("[(chunk.notna().sum(axis=1).min(), .max()) per chunk] =",
      repr([(int(c.notna().sum(axis=1).min()), int(c.notna().sum(axis=1).max())) for c in np.array_split(miss, 3)]))

# --- group statistics -------------------------------------------------------------------
print("\n# groups.csv")
grp = pd.DataFrame({
    "segment": ["b", "a", "B", "Ölfan", "a", None, "b", "a", "zz", "B", "b", "a", None, "zz", "b"],
    "spend": [1.0, 2.5, 3.0, 4.0, np.nan, 6.0, 7.0, 8.0, np.nan, 10.0, 0.1, 0.2, 0.3, np.nan, 2.0],
})
grp = save(grp, "groups.csv")
agg = grp.groupby("segment")["spend"].agg(["count", "mean", "median"])
print("grp.groupby('segment')['spend'].agg(['count','mean','median']) =")
print(repr(list(agg.itertuples(name=None))))
agg = grp.groupby("segment", dropna=False)["spend"].agg(["count", "mean", "median"])
print("... groupby('segment', dropna=False) =")
print(repr(list(agg.itertuples(name=None))))
top = grp.groupby("segment")["spend"].count().sort_values(ascending=False, kind="stable").index[:2]
other = grp[grp["segment"].notna() & ~grp["segment"].isin(top)]["spend"]
show("top 2 by count", list(top))
show("other: count, mean, median", (int(other.count()), other.mean(), other.median()))
out = pd.read_csv(path("outliers.csv"), float_precision="round_trip")
agg = out.groupby("rating")["spend"].agg(["count", "mean", "median"])
print("out.groupby('rating')['spend'].agg(['count','mean','median']) =")
print(repr(list(agg.itertuples(name=None))))
agg = small.groupby("flag")["a"].agg(["count", "mean", "median"])
print("small.groupby('flag')['a'].agg(['count','mean','median']) =")
print(repr(list(agg.itertuples(name=None))))

# --- Isolation Forest -------------------------------------------------------------------
print("\n# isolation forest")
show("_average_path_length([1, 2, 3, 10, 256, 1000])",
     _average_path_length(np.array([1, 2, 3, 10, 256, 1000])).tolist())
rng = np.random.default_rng(11)
inliers = rng.normal(size=(1000, 2))
angle = rng.uniform(0, 2 * np.pi, 30)
radius = rng.uniform(4, 7, 30)
outliers = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
data = pd.DataFrame(np.vstack([inliers, outliers]), columns=["x1", "x2"])
data["label"] = [0] * 1000 + [1] * 30
data = save(data, "iforest.csv")
X = data[["x1", "x2"]].to_numpy()
inl, outl = [], []
for seed in range(20):
    f = IsolationForest(n_estimators=100, max_samples=256, random_state=seed).fit(X)
    s = -f.score_samples(X)
    inl.append(s[:1000].mean())
    outl.append(s[1000:].mean())
show("sklearn mean score of inliers over 20 seeds (mean, std)", (float(np.mean(inl)), float(np.std(inl))))
show("sklearn mean score of outliers over 20 seeds (mean, std)", (float(np.mean(outl)), float(np.std(outl))))
f = IsolationForest(n_estimators=100, max_samples=256, contamination=0.03, random_state=0).fit(X)
show("contamination=0.03: flagged (predict == -1), -offset_", (int((f.predict(X) == -1).sum()), -f.offset_))
