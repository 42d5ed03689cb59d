#!/usr/bin/env python3
"""The pandas peer of `ppstudio-cli profile --json`: read_csv plus the same statistics,
printed as the same JSON shape. Used by bench/import_profile (timing and a cross-check of
the numbers). Run with Debian's python3 (pandas 1.5)."""
import json
import sys
import time

import numpy as np
import pandas as pd


def profile(path):
    t0 = time.perf_counter()
    df = pd.read_csv(path)
    t1 = time.perf_counter()
    columns = []
    for name in df.columns:
        s = df[name]
        c = {"name": name, "count": int(s.count()), "missing": int(s.isna().sum()), "unique": int(s.nunique())}
        if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
            q1, med, q3 = s.quantile([0.25, 0.5, 0.75])
            mean, std = s.mean(), s.std()
            iqr = q3 - q1
            c.update(mean=mean, std=std, min=s.min(), q1=q1, median=med, q3=q3, max=s.max(), skew=s.skew(),
                     outliers_iqr=int(((s < q1 - 1.5 * iqr) | (s > q3 + 1.5 * iqr)).sum()),
                     outliers_z=int((((s - mean) / std).abs() > 3).sum()))
        vc = s.value_counts().head(10)
        c["top"] = [[str(k), int(v)] for k, v in vc.items()]
        columns.append(c)
    t2 = time.perf_counter()

    def clean(v):
        if isinstance(v, (np.floating, float)):
            return None if np.isnan(v) else float(v)
        if isinstance(v, np.integer):
            return int(v)
        return v

    columns = [{k: clean(v) for k, v in c.items()} for c in columns]
    return {"file": path, "rows": len(df), "columns": columns, "load_seconds": t1 - t0, "profile_seconds": t2 - t1}


if __name__ == "__main__":
    print(json.dumps(profile(sys.argv[1])))
