#!/usr/bin/python3
"""Reference numbers for tests/prep/tst_prep*.cpp.

Run with Debian's interpreter, which has the packages (the `python3` first on PATH may not):
    /usr/bin/python3 tests/prep/data/reference.py
Versions used: scikit-learn 1.2.1, pandas 1.5.3, numpy 1.24.2, scipy 1.10.1.
Every block prints the exact call and its result with repr() (17 significant digits); the
tests paste these numbers next to the same call in a comment.
"""
import numpy as np
import pandas as pd
import scipy
import sklearn
from scipy import stats
from sklearn.impute import KNNImputer, SimpleImputer
from sklearn.model_selection import KFold, StratifiedKFold
from sklearn.preprocessing import (KBinsDiscretizer, MinMaxScaler, OneHotEncoder, PowerTransformer,
                                   RobustScaler, StandardScaler)

nan = np.nan
np.set_printoptions(precision=17, linewidth=200)


def show(title, value):
    print(f"# {title}")
    print(repr(value))
    print()


print("versions:", sklearn.__version__, pd.__version__, np.__version__, scipy.__version__)
print()

# --- Shared fixture: TRAIN (10 rows) and TEST (4 rows) -----------------------------------------
income = [52000, 61000, nan, 45000, 98000, 38000, nan, 72000, 51000, 250000]
age = [34, 45, 29, nan, 52, 23, 41, 38, nan, 60]
visits = [3, 7, 2, 5, nan, 1, 4, 6, 2, 12]
train = np.array([income, age, visits], dtype=float).T
test = np.array([[nan, 30, 2], [80000, nan, 9], [40000, 70, nan], [nan, nan, 4]], dtype=float)

# SimpleImputer
for strategy in ["mean", "median", "most_frequent"]:
    imp = SimpleImputer(strategy=strategy).fit(train)
    show(f"SimpleImputer(strategy={strategy!r}).fit(train).statistics_", imp.statistics_)
ties = np.array([[3], [1], [3], [1], [2], [nan]], dtype=float)
show("SimpleImputer(strategy='most_frequent').fit([[3],[1],[3],[1],[2],[nan]]).statistics_",
     SimpleImputer(strategy="most_frequent").fit(ties).statistics_)
cats = np.array([["b"], ["a"], ["b"], ["a"], ["c"], [None]], dtype=object)
show("SimpleImputer(strategy='most_frequent', missing_values=None).fit([b,a,b,a,c,None]).statistics_",
     SimpleImputer(strategy="most_frequent", missing_values=None).fit(cats).statistics_)

# KNNImputer (no scaling), fitted on train; transform train and test
knn = KNNImputer(n_neighbors=2).fit(train)
show("KNNImputer(n_neighbors=2).fit(train).transform(train)", knn.transform(train))
show("KNNImputer(n_neighbors=2).fit(train).transform(test)", knn.transform(test))
# With standardised distances: KNNImputer on (x - nanmean) / nanstd, mapped back. Because the
# imputed value is a mean of donors, mapping back gives the mean of the donors' original values.
mu, sd = np.nanmean(train, axis=0), np.nanstd(train, axis=0)
knn_s = KNNImputer(n_neighbors=2).fit((train - mu) / sd)
show("KNNImputer(n_neighbors=2) on (x - nanmean(train)) / nanstd(train), mapped back: train",
     knn_s.transform((train - mu) / sd) * sd + mu)
show("KNNImputer(n_neighbors=2) on standardised, mapped back: test", knn_s.transform((test - mu) / sd) * sd + mu)

# Scalers (NaN ignored in fit, kept in transform)
ss = StandardScaler().fit(train)
show("StandardScaler().fit(train).mean_", ss.mean_)
show("StandardScaler().fit(train).scale_", ss.scale_)
show("StandardScaler().fit(train).transform(test)", ss.transform(test))
mm = MinMaxScaler(feature_range=(-1, 2)).fit(train)
show("MinMaxScaler(feature_range=(-1, 2)).fit(train).transform(test)", mm.transform(test))
rs = RobustScaler(quantile_range=(10.0, 90.0)).fit(train)
show("RobustScaler(quantile_range=(10, 90)).fit(train).center_", rs.center_)
show("RobustScaler(quantile_range=(10, 90)).fit(train).scale_", rs.scale_)
show("RobustScaler(quantile_range=(10, 90)).fit(train).transform(test)", rs.transform(test))

# numpy percentiles for clip bounds
inc = np.array(income)
show("np.nanpercentile(income, [25, 75])", np.nanpercentile(inc, [25, 75]))
show("np.nanpercentile(income, [5, 95])", np.nanpercentile(inc, [5, 95]))
show("np.nanmean(income), np.nanstd(income)", (np.nanmean(inc), np.nanstd(inc)))

# Power transforms
pos = np.array([[1.2, 0.5], [3.4, 2.0], [0.8, 7.5], [15.0, 1.1], [2.2, 3.3], [6.7, 0.9], [1.9, 12.0],
                [4.4, 2.6]])
pos_test = np.array([[2.0, 5.0], [30.0, 0.2]])
show("stats.boxcox(pos[:, 0])[1]", stats.boxcox(pos[:, 0])[1])
pt = PowerTransformer(method="box-cox", standardize=False).fit(pos)
show("PowerTransformer('box-cox', standardize=False).fit(pos).lambdas_", pt.lambdas_)
show("PowerTransformer('box-cox', standardize=False).fit(pos).transform(pos_test)", pt.transform(pos_test))
pt = PowerTransformer(method="box-cox", standardize=True).fit(pos)
show("PowerTransformer('box-cox', standardize=True).fit(pos).transform(pos_test)", pt.transform(pos_test))
mixed = np.array([[-3.5, 10.0], [0.0, 12.5], [2.5, 8.0], [7.0, 30.0], [-1.0, 11.0], [4.0, 9.5], [12.0, 55.0],
                  [1.5, 10.5], [-0.5, 14.0]])
mixed_test = np.array([[-10.0, 20.0], [3.0, 9.0]])
pt = PowerTransformer(method="yeo-johnson", standardize=False).fit(mixed)
show("PowerTransformer('yeo-johnson', standardize=False).fit(mixed).lambdas_", pt.lambdas_)
show("PowerTransformer('yeo-johnson', standardize=False).fit(mixed).transform(mixed_test)", pt.transform(mixed_test))
pt = PowerTransformer(method="yeo-johnson", standardize=True).fit(mixed)
show("PowerTransformer('yeo-johnson', standardize=True).fit(mixed).transform(mixed_test)", pt.transform(mixed_test))

# OneHotEncoder with infrequent categories and unknowns
channel = np.array([["web"], ["app"], ["web"], ["store"], ["app"], ["web"], ["mail"], ["store"], ["web"],
                    ["phone"]], dtype=object)
channel_test = np.array([["app"], ["fax"], ["mail"], ["web"]], dtype=object)
enc = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(channel)
show("OneHotEncoder(handle_unknown='ignore').fit(channel).get_feature_names_out()", enc.get_feature_names_out())
show("OneHotEncoder(handle_unknown='ignore').fit(channel).transform(channel_test)", enc.transform(channel_test))
enc = OneHotEncoder(handle_unknown="ignore", max_categories=3, sparse_output=False).fit(channel)
show("OneHotEncoder(handle_unknown='ignore', max_categories=3).fit(channel).get_feature_names_out()",
     enc.get_feature_names_out())
show("OneHotEncoder(handle_unknown='ignore', max_categories=3).fit(channel).transform(channel_test)",
     enc.transform(channel_test))
enc = OneHotEncoder(drop="if_binary", sparse_output=False).fit(np.array([["y"], ["n"], ["y"]], dtype=object))
show("OneHotEncoder(drop='if_binary').fit([y, n, y]).get_feature_names_out()", enc.get_feature_names_out())

# pandas interpolate after sorting by a date column
df = pd.DataFrame({"day": [5, 1, 3, 2, 8, 4, 7, 6], "spend": [nan, nan, 30.0, 10.0, nan, nan, 80.0, 45.0]})
s = df.sort_values("day", kind="stable")["spend"].interpolate(method="linear", limit_direction="both")
show("df.sort_values('day')['spend'].interpolate(method='linear', limit_direction='both') in original row order",
     s.sort_index().to_numpy())

# KBinsDiscretizer edges and codes
xb = np.array([[1.0], [2.0], [2.0], [3.0], [5.0], [8.0], [13.0], [21.0], [34.0], [55.0]])
xb_test = np.array([[0.0], [4.0], [20.9], [100.0]])
for strategy in ["uniform", "quantile"]:
    kb = KBinsDiscretizer(n_bins=4, encode="ordinal", strategy=strategy).fit(xb)
    show(f"KBinsDiscretizer(n_bins=4, encode='ordinal', strategy={strategy!r}).fit(xb).bin_edges_[0]",
         kb.bin_edges_[0])
    show(f"... .transform(xb_test)", kb.transform(xb_test).ravel())

# KFold / StratifiedKFold fold sizes and per-class counts
show("[len(t) for _, t in KFold(5, shuffle=True, random_state=0).split(range(23))]",
     [len(t) for _, t in KFold(5, shuffle=True, random_state=0).split(np.arange(23))])
labels = np.array([0] * 11 + [1] * 7 + [2] * 5)
rng = np.random.RandomState(3)
rng.shuffle(labels)
show("labels (shuffled with RandomState(3))", labels.tolist())
folds = list(StratifiedKFold(4, shuffle=True, random_state=0).split(np.zeros(23), labels))
show("StratifiedKFold(4, shuffle=True).split(labels): per-fold test class counts",
     [np.bincount(labels[t], minlength=3).tolist() for _, t in folds])
