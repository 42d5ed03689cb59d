#!/usr/bin/python3
# Prints the expected values pasted into tst_stats.cpp. Run with Debian's interpreter
# (pandas 1.5.3, numpy 1.24.2):  /usr/bin/python3 tests/stats/data/make_expected.py
# Every number in the test comes from the pandas/numpy expression printed next to it.
import math

import numpy as np
import pandas as pd

inf = math.inf
ARRAYS = {
    "odd7": [3.5, -1.25, 7.0, 2.0, 0.5, 10.75, 4.0],
    "even6": [1.0, 2.0, 3.0, 4.0, 100.0, 5.0],
    "n1": [42.0],
    "n2": [1.5, 2.5],
    "const4": [2.0, 2.0, 2.0, 2.0],
    "iqr0": [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 5.0],
    "mixed": [-3.0, -1e-3, 0.0, 1e6, 2.5e-7, 12.0, 12.0, 12.0, -3.0],
    "lognormal40": [7.395, 8.84, 6.268, 4.33, 5.625, 4.076, 7.661, 16.513, 5.5, 5.092, 9.914, 9.153,
                    7.871, 4.228, 7.261, 11.214, 3.299, 5.615, 2.361, 3.409, 2.447, 6.417, 3.454,
                    8.695, 8.118, 6.605, 1.632, 5.348, 7.177, 7.909, 2.95, 5.548, 4.108, 4.548,
                    13.965, 4.552, 7.246, 12.561, 5.206, 6.91],
    "normal25": [51.1046, 50.6378, 37.7494, 50.7614, 63.5882, 34.5286, 58.5938, 51.1935, 43.5853,
                 70.0042, 57.6226, 38.0071, 50.7452, 55.7669, 48.1122, 56.8291, 49.3348, 56.6725,
                 64.3852, 43.2434, 52.0314, 45.3669, 51.2727, 38.1281, 44.207],
    "with_inf": [1.0, 2.0, 3.0, inf],
    "both_inf": [-inf, 1.0, 2.0, inf],
    # pandas takes sums of squares below 1e-14 for 0: its skew of this is 0
    "tiny": [1e-8, 2e-8, 4e-8, 8e-8],
    # n copies of 0.1 do not sum to n * 0.1: pandas' std is 1.7e-17, ours exactly 0
    "tenth3": [0.1, 0.1, 0.1],
}
ARRAYS["spiked"] = ARRAYS["normal25"] + [150.0, -40.0]


def r(v):
    v = float(v)
    if math.isnan(v):
        return "kNaN"
    if math.isinf(v):
        return "kInf" if v > 0 else "-kInf"
    return repr(v)


print("// np.quantile(x, q)")
for name, x in ARRAYS.items():
    for q in [0.0, 0.1, 0.25, 0.333, 0.5, 0.75, 0.9, 1.0]:
        with np.errstate(all="ignore"):
            e = np.quantile(np.array(x), q)
        print(f'newRow("{name}/q{q}") << "{name}" << {q} << {r(e)};')

print("// pd.Series(x).mean(), .std(), .skew()")
for name, x in ARRAYS.items():
    s = pd.Series(x)
    with np.errstate(all="ignore"):
        print(f'newRow("{name}") << "{name}" << {r(s.mean())} << {r(s.std())} << {r(s.skew())};')

print("// iqr = s.quantile(.75) - s.quantile(.25); "
      "((s < s.quantile(.25) - k*iqr) | (s > s.quantile(.75) + k*iqr)).sum(); "
      "(((s - s.mean()) / s.std()).abs() > t).sum()")
for name, x in ARRAYS.items():
    s = pd.Series(x)
    for k, t in [(1.5, 3.0), (0.5, 2.0), (3.0, 1.0)]:
        with np.errstate(all="ignore"):
            q1, q3 = s.quantile(0.25), s.quantile(0.75)
            iqr = q3 - q1
            ni = int(((s < q1 - k * iqr) | (s > q3 + k * iqr)).sum())
            nz = int((((s - s.mean()) / s.std()).abs() > t).sum())
        print(f'newRow("{name}/k{k}/t{t}") << "{name}" << {k} << {t} << qint64({ni}) << qint64({nz});')

print("// s.nunique(); vc = s.value_counts(); ties ordered by value: "
      "vc.rename_axis('v').reset_index(name='n').sort_values(['n', 'v'], ascending=[False, True])")
for name, x in ARRAYS.items():
    s = pd.Series(x)
    vc = s.value_counts().rename_axis("v").reset_index(name="n")
    vc = vc.sort_values(["n", "v"], ascending=[False, True], kind="stable").head(5)
    vals = ", ".join(r(v) for v in vc["v"])
    counts = ", ".join(str(int(n)) for n in vc["n"])
    print(f'newRow("{name}") << "{name}" << qint64({s.nunique()}) << Doubles{{{vals}}} << Counts{{{counts}}};')

print("// e = np.histogram_bin_edges(x, 'fd'); len(e) - 1; e[[0, 1, nb // 2, nb - 1, nb]]")
for name, x in ARRAYS.items():
    try:
        e = np.histogram_bin_edges(np.array(x), "fd")
        nb = len(e) - 1
        idx = sorted(set([0, 1, nb // 2, nb - 1, nb]))
        print(f'newRow("{name}") << "{name}" << qint64({nb}) << Counts{{{", ".join(str(i) for i in idx)}}}'
              f' << Doubles{{{", ".join(r(e[i]) for i in idx)}}};')
    except ValueError as err:
        print(f'// {name}: {err}')
print(f'// empty: {np.histogram_bin_edges(np.array([], dtype=float), "fd")}')

print("// np.histogram(x, bins)[0], np.histogram(x, bins)[1][[0, -1]]")
for name, x in ARRAYS.items():
    for bins in [1, 3, 10]:
        try:
            c, e = np.histogram(np.array(x), bins)
            print(f'newRow("{name}/{bins}") << "{name}" << {bins} << Counts{{{", ".join(str(v) for v in c)}}}'
                  f' << {r(e[0])} << {r(e[-1])};')
        except ValueError as err:
            print(f'// {name}: {err}')

print("// np.linspace(a, b, n)")
for a, b, n in [(0.0, 1.0, 11), (-3.7, 12.1, 7), (1e-300, 3e-300, 5), (5.0, 5.0, 1)]:
    print(f'{a}, {b}, {n}: {{{", ".join(r(v) for v in np.linspace(a, b, n))}}}')

print("// profile of lognormal40 with NaN after every 5th value; bins=10")
x = []
for i, v in enumerate(ARRAYS["lognormal40"]):
    x.append(v)
    if i % 5 == 4:
        x.append(math.nan)
s = pd.Series(x)
q = s.quantile([0.25, 0.5, 0.75])
iqr = q[0.75] - q[0.25]
print(f"count {s.count()} missing {s.isna().sum()} nunique {s.nunique()}")
print(f"mean {r(s.mean())} std {r(s.std())} skew {r(s.skew())}")
print(f"min {r(s.min())} q1 {r(q[0.25])} median {r(q[0.5])} q3 {r(q[0.75])} max {r(s.max())}")
print(f"iqr outliers {((s < q[0.25] - 1.5 * iqr) | (s > q[0.75] + 1.5 * iqr)).sum()}"
      f" z outliers {(((s - s.mean()) / s.std()).abs() > 3).sum()}"
      f" z2 outliers {(((s - s.mean()) / s.std()).abs() > 2).sum()}")
c, e = np.histogram(s.dropna(), 10)
print(f"hist {list(c)} {r(e[0])} {r(e[-1])}")

print("// booleans: s = pd.Series([True, False, True, None, True, False, None], dtype=object)")
s = pd.Series([True, False, True, None, True, False, None], dtype=object)
print(s.count(), s.isna().sum(), s.nunique(), s.value_counts().to_dict(), s.dropna().astype(float).mean())
print("// categorical: s = pd.Series(['b', 'a', 'b', 'c', 'a', None, 'd', 'c', 'e'])")
s = pd.Series(['b', 'a', 'b', 'c', 'a', None, 'd', 'c', 'e'])
print(s.count(), s.isna().sum(), s.nunique(), list(s.value_counts().items()))
print("// dates: s = pd.to_datetime(pd.Series([...]))")
s = pd.to_datetime(pd.Series(["2023-03-01", "2023-01-15", None, "2023-03-01", "2024-02-29", "2022-12-31",
                              "2023-01-15", "2023-03-01"]))
print(s.count(), s.isna().sum(), s.nunique(), [(str(k.date()), v) for k, v in s.value_counts().items()])
print("min", s.min().value // 10**6, "max", s.max().value // 10**6, "median", s.median().value / 10**6,
      "q1", s.quantile(0.25).value / 10**6, "q3", s.quantile(0.75).value / 10**6)
print("epoch ms of each:", [None if pd.isna(t) else t.value // 10**6 for t in s])
