#!/usr/bin/env python3
"""The Python peers of `ppstudio-cli train` for bench/train_models: xgboost, scikit-learn and
PyTorch fitted on the very matrices ppstudio-cli trained on (written by its hidden
`--dump-matrices DIR` option: x_/y_{train,valid,test}.npy), with the same settings and 2 threads.

    /usr/bin/python3 bench/train_peers.py PEER MATRIX_DIR [--repeats N] [--seed S]

PEER: xgboost | sklearn_hgb | torch_mlp | sklearn_ridge | sklearn_forest (the peers the targets are
judged against) or the references xgboost_sklearn | torch_mlp_1t | sklearn_forest_matched.
Prints one JSON object: fit_seconds (best of the repeats, wall), fit_cpu_seconds (process CPU,
user + system, of that fit), predict_seconds (test rows), test r2, rows and features, and for
torch_mlp* the seconds of each epoch. Run with Debian's python3 (xgboost 1.7.4, scikit-learn 1.2.1, torch 1.13)."""
import argparse
import json
import os
import time

# Two threads for everyone (OpenMP, OpenBLAS), set before numpy / torch load their runtimes.
THREADS = 2
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(THREADS)

import numpy as np  # noqa: E402


def r2(y, p):
    y = np.asarray(y, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    return float(1.0 - ((y - p) ** 2).sum() / ((y - y.mean()) ** 2).sum())


def load(directory):
    d = {}
    for part in ("train", "valid", "test"):
        d["x_" + part] = np.load(os.path.join(directory, f"x_{part}.npy"))
        d["y_" + part] = np.load(os.path.join(directory, f"y_{part}.npy"))
    return d


def timed(fn):
    w0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w0, time.process_time() - c0


# ---- peers: each returns (fit function -> model, predict function(model, x) -> values) --------

XGB_PARAMS = {"booster": "gbtree", "tree_method": "hist", "max_depth": 6, "eta": 0.1, "max_bin": 256, "lambda": 1.0,
              "min_child_weight": 1.0, "objective": "reg:squarederror", "eval_metric": "rmse", "nthread": THREADS}


def xgboost_peer(d, seed):
    import xgboost as xgb

    # The same booster as `--model gbdt --set n_estimators=200 max_depth=6 learning_rate=0.1`
    # (hist, 256 bins, lambda 1, min_child_weight 1, the target mean as base score) with the
    # same per-round evaluation of the validation rows (ppstudio-cli evaluates every round
    # too, for its curves): xgb.train on DMatrix, the fastest way to do that in Python.
    def fit():
        params = dict(XGB_PARAMS, seed=seed, base_score=float(d["y_train"].mean()))
        dtrain = xgb.DMatrix(d["x_train"], d["y_train"], nthread=THREADS)
        dvalid = xgb.DMatrix(d["x_valid"], d["y_valid"], nthread=THREADS)
        return xgb.train(params, dtrain, 200, evals=[(dvalid, "valid")], verbose_eval=False)

    return fit, lambda m, x: m.predict(xgb.DMatrix(x, nthread=THREADS))


def xgboost_sklearn_peer(d, seed):
    import xgboost as xgb

    # For reference: the scikit-learn interface with an eval_set, what most Python users
    # write. In xgboost 1.7 it builds QuantileDMatrix objects, and evaluating on a
    # QuantileDMatrix is slow: 2-3x the fit time of xgb.train above on this data.
    def fit():
        model = xgb.XGBRegressor(n_estimators=200, max_depth=6, learning_rate=0.1, tree_method="hist",
                                 max_bin=256, reg_lambda=1.0, min_child_weight=1.0, n_jobs=THREADS,
                                 random_state=seed, base_score=float(d["y_train"].mean()), eval_metric="rmse")
        model.fit(d["x_train"], d["y_train"], eval_set=[(d["x_valid"], d["y_valid"])], verbose=False)
        return model

    return fit, lambda m, x: m.predict(x)


def sklearn_hgb_peer(d, seed):
    from sklearn.ensemble import HistGradientBoostingRegressor

    # The nearest HistGradientBoosting settings: 200 iterations, depth 6 without the 31-leaf cap,
    # L2 1, leaves down to one row as XGBoost's min_child_weight 1, no early stopping.
    def fit():
        model = HistGradientBoostingRegressor(max_iter=200, max_depth=6, learning_rate=0.1, max_leaf_nodes=None,
                                              min_samples_leaf=1, l2_regularization=1.0, max_bins=255,
                                              early_stopping=False, random_state=seed)
        return model.fit(d["x_train"], d["y_train"])

    return fit, lambda m, x: m.predict(x)


def sklearn_ridge_peer(d, seed):
    from sklearn.linear_model import Ridge

    return (lambda: Ridge(alpha=1.0).fit(d["x_train"], d["y_train"])), (lambda m, x: m.predict(x))


def sklearn_forest_peer(d, seed):
    from sklearn.ensemble import RandomForestRegressor

    # scikit-learn's defaults (bootstrap, all columns per split, unlimited depth), 100 trees.
    def fit():
        return RandomForestRegressor(n_estimators=100, n_jobs=THREADS, random_state=seed).fit(d["x_train"], d["y_train"])

    return fit, lambda m, x: m.predict(x)


def sklearn_forest_matched_peer(d, seed):
    from sklearn.ensemble import RandomForestRegressor

    # For reference: scikit-learn growing the forest ppstudio's defaults describe (depth 10,
    # a third of the columns per split as Breiman's regression default, bootstrap samples).
    def fit():
        p = d["x_train"].shape[1]
        return RandomForestRegressor(n_estimators=100, max_depth=10, max_features=max(1, p // 3), n_jobs=THREADS,
                                     random_state=seed).fit(d["x_train"], d["y_train"])

    return fit, lambda m, x: m.predict(x)


def torch_mlp_peer(d, seed, epochs=10, batch=1024, epoch_seconds=None, intra_op_threads=THREADS):
    import torch

    torch.set_num_threads(intra_op_threads)

    # As ppstudio's mlp: features -> 128 -> 64 -> 1 with ReLU, Adam 1e-3, MSE on the target
    # standardised with the training mean and (population) std, batch 1024, a fresh shuffle
    # per epoch, the validation loss computed after each epoch.
    def fit():
        torch.manual_seed(seed)
        x = torch.from_numpy(d["x_train"]).float()
        y_mean, y_std = float(d["y_train"].mean()), float(d["y_train"].std())
        y = torch.from_numpy((d["y_train"] - y_mean) / y_std).float().unsqueeze(1)
        vx = torch.from_numpy(d["x_valid"]).float()
        vy = torch.from_numpy((d["y_valid"] - y_mean) / y_std).float().unsqueeze(1)
        p = x.shape[1]
        net = torch.nn.Sequential(torch.nn.Linear(p, 128), torch.nn.ReLU(), torch.nn.Linear(128, 64), torch.nn.ReLU(),
                                  torch.nn.Linear(64, 1))
        opt = torch.optim.Adam(net.parameters(), lr=1e-3)
        loss_fn = torch.nn.MSELoss()
        n = x.shape[0]
        seconds, curve = [], []
        for _ in range(epochs):
            t0 = time.perf_counter()
            net.train()
            perm = torch.randperm(n)
            total = 0.0
            for s in range(0, n, batch):
                idx = perm[s:s + batch]
                opt.zero_grad()
                loss = loss_fn(net(x[idx]), y[idx])
                loss.backward()
                opt.step()
                total += loss.item() * len(idx)
            net.eval()
            with torch.no_grad():
                valid_loss = sum(loss_fn(net(vx[s:s + 4096]), vy[s:s + 4096]).item() * len(vx[s:s + 4096])
                                 for s in range(0, vx.shape[0], 4096)) / vx.shape[0]
            seconds.append(time.perf_counter() - t0)
            curve.append((total / n * y_std ** 2, valid_loss * y_std ** 2))  # as ppstudio's history
        if epoch_seconds is not None:
            epoch_seconds[:] = seconds
        return net, y_mean, y_std

    def predict(model, xs):
        net, y_mean, y_std = model
        with torch.no_grad():
            return net(torch.from_numpy(xs).float()).double().numpy()[:, 0] * y_std + y_mean

    return fit, predict


def torch_mlp_1t_peer(d, seed, **kwargs):
    # For reference: the same, with PyTorch's own (OpenMP) ops on one thread and OpenBLAS's
    # matrix products on two, the thread layout ppstudio's mlp uses on the CPU.
    return torch_mlp_peer(d, seed, intra_op_threads=1, **kwargs)


PEERS = {"xgboost": xgboost_peer, "xgboost_sklearn": xgboost_sklearn_peer, "sklearn_hgb": sklearn_hgb_peer,
         "torch_mlp": torch_mlp_peer, "torch_mlp_1t": torch_mlp_1t_peer, "sklearn_ridge": sklearn_ridge_peer,
         "sklearn_forest": sklearn_forest_peer, "sklearn_forest_matched": sklearn_forest_matched_peer}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("peer", choices=sorted(PEERS))
    ap.add_argument("matrices")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    d = load(args.matrices)
    best = None
    for _ in range(args.repeats):
        epochs = []
        kwargs = {"epoch_seconds": epochs} if args.peer.startswith("torch_mlp") else {}
        fit, predict = PEERS[args.peer](d, args.seed, **kwargs)
        model, wall, cpu = timed(fit)
        pred, pwall, _ = timed(lambda m=model: predict(m, d["x_test"]))
        run = {"fit_seconds": wall, "fit_cpu_seconds": cpu, "predict_seconds": pwall, "r2": r2(d["y_test"], pred)}
        if epochs:
            run["epoch_seconds"] = epochs
        if best is None or run["fit_seconds"] < best["fit_seconds"]:
            best = run
        del model
    best.update(peer=args.peer, rows={p: int(d["x_" + p].shape[0]) for p in ("train", "valid", "test")},
                features=int(d["x_train"].shape[1]), threads=THREADS, repeats=args.repeats)
    print(json.dumps(best))


if __name__ == "__main__":
    main()
