#!/usr/bin/env python3
"""Writes explore.csv (the GUI Explore test's fixture) and prints the figures the test expects,
computed here with Python's standard library only (statistics), independently of ppstudio.

    python3 reference.py > /dev/null   # rewrites explore.csv
"""
import csv
import random
import statistics

rng = random.Random(7)
rows = []
levels = ["bronze", "silver", "gold"]
for i in range(60):
    age = rng.randint(18, 70)
    visits = rng.randint(0, 30)
    membership = levels[i % 3]
    base = {"bronze": 200, "silver": 450, "gold": 800}[membership]
    spend = round(base + visits * 12.5 + rng.uniform(-80, 80), 2)
    income = round(30000 + age * 800 + rng.uniform(-5000, 5000), 0)
    rows.append({"customer_id": 1001 + i, "age": age, "income": income, "visits": visits,
                 "spend": spend, "membership": membership})
# Planted outliers in spend, missing values in age, income (often together) and membership.
rows[5]["spend"] = 9500.0
rows[40]["spend"] = 7200.0
for i in (3, 17, 29, 44):
    rows[i]["age"] = None
for i in (3, 17, 30):
    rows[i]["income"] = None
rows[50]["membership"] = None

with open("explore.csv", "w", newline="") as f:
    w = csv.writer(f)
    cols = ["customer_id", "age", "income", "visits", "spend", "membership"]
    w.writerow(cols)
    for r in rows:
        w.writerow(["" if r[c] is None else (int(r[c]) if c == "income" else r[c]) for c in cols])

n = len(rows)
def present(c):
    return [r[c] for r in rows if r[c] is not None]

print("rows", n)
for c in ("age", "income", "membership"):
    m = n - len(present(c))
    print(f"missing {c}: {m} = {100.0 * m / n!r} %")
print("rows with any missing:", sum(1 for r in rows if any(v is None for v in r.values())))

spend = present("spend")
q1, _, q3 = statistics.quantiles(spend, n=4, method="inclusive")  # numpy 'linear'
lo, hi = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
print("spend IQR outliers:", sum(1 for v in spend if v < lo or v > hi), (q1, q3))
visits = present("visits")
q1, _, q3 = statistics.quantiles(visits, n=4, method="inclusive")
print("visits IQR outliers:", sum(1 for v in visits if v < q1 - 1.5 * (q3 - q1) or v > q3 + 1.5 * (q3 - q1)))
m, s = statistics.mean(spend), statistics.stdev(spend)
print("spend |z|>3:", sum(1 for v in spend if abs(v - m) / s > 3))

pairs = [(r["visits"], r["spend"]) for r in rows]
print("pearson(visits, spend):", repr(statistics.correlation(*zip(*pairs))))
pairs = [(r["age"], r["income"]) for r in rows if r["age"] is not None and r["income"] is not None]
print("pearson(age, income):", repr(statistics.correlation(*zip(*pairs))), len(pairs))

for level in levels:
    v = [r["spend"] for r in rows if r["membership"] == level]
    print(f"spend mean/median {level}: {statistics.mean(v)!r} {statistics.median(v)!r} n={len(v)}")
ages = present("age")
print("age mean (mean imputation fills with):", repr(statistics.mean(ages)), "median:", statistics.median(ages))

# Nullity correlation (missingno heatmap = df.isnull().corr()) of age and income.
ia = [1.0 if r["age"] is None else 0.0 for r in rows]
ii = [1.0 if r["income"] is None else 0.0 for r in rows]
im = [1.0 if r["membership"] is None else 0.0 for r in rows]
print("nullity corr(age, income):", repr(statistics.correlation(ia, ii)))
print("nullity corr(age, membership):", repr(statistics.correlation(ia, im)))

flagged = set()
for c in ("age", "income", "visits", "spend"):
    v = [(i, r[c]) for i, r in enumerate(rows) if r[c] is not None]
    q1, _, q3 = statistics.quantiles([x for _, x in v], n=4, method="inclusive")
    out = [i for i, x in v if x < q1 - 1.5 * (q3 - q1) or x > q3 + 1.5 * (q3 - q1)]
    flagged.update(out)
    print(f"IQR outliers {c}: {len(out)} rows {out}")
print("rows flagged by IQR over age, income, visits, spend:", len(flagged), sorted(flagged))
