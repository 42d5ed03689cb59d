#!/usr/bin/python3
# Expected values for tests/metrics/tst_metrics.cpp, from Debian's scikit-learn 1.2.1
# (numpy 1.24.2). Run with /usr/bin/python3 (the pyenv python3 has no sklearn):
#     /usr/bin/python3 tests/metrics/data/reference.py
# The arrays below are the literal arrays of the test; each printed line names the call.
import numpy as np
import sklearn
from sklearn import metrics as m

assert sklearn.__version__ == "1.2.1", sklearn.__version__
np.set_printoptions(precision=17, floatmode="maxprec")


def show(name, value):
    if isinstance(value, np.ndarray):
        value = value.tolist()
    print(f"{name} = {value!r}")


# --- regression
yt = np.array([3.0, -0.5, 2.0, 7.0, 0.0, 4.2, 1.5, 10.0])
yp = np.array([2.5, 0.0, 2.1, 7.8, 0.3, 3.9, 1.1, 9.2])
w = np.array([1.0, 2.0, 0.5, 1.5, 1.0, 3.0, 0.2, 1.0])
show("mean_squared_error(yt, yp)", m.mean_squared_error(yt, yp))
show("mean_squared_error(yt, yp, squared=False)", m.mean_squared_error(yt, yp, squared=False))
show("mean_absolute_error(yt, yp)", m.mean_absolute_error(yt, yp))
show("r2_score(yt, yp)", m.r2_score(yt, yp))
nz = yt != 0
show("np.mean(np.abs((yt - yp) / yt)[nz])", np.mean(np.abs((yt - yp) / yt)[nz]))
show("mean_squared_error(yt, yp, sample_weight=w)", m.mean_squared_error(yt, yp, sample_weight=w))
show("mean_absolute_error(yt, yp, sample_weight=w)", m.mean_absolute_error(yt, yp, sample_weight=w))
show("r2_score(yt, yp, sample_weight=w)", m.r2_score(yt, yp, sample_weight=w))
show("np.average(np.abs((yt - yp) / yt)[nz], weights=w[nz])",
     np.average(np.abs((yt - yp) / yt)[nz], weights=w[nz]))
show("r2_score([2, 2, 2], [2, 2, 2])", m.r2_score([2.0, 2, 2], [2.0, 2, 2]))
show("r2_score([2, 2, 2], [2, 2, 3])", m.r2_score([2.0, 2, 2], [2.0, 2, 3]))
show("r2_score([1, 2, 3], [1, 2, 3])", m.r2_score([1.0, 2, 3], [1.0, 2, 3]))

# --- binary, scores with ties
bt = np.array([0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1])
bs = np.array([0.1, 0.9, 0.8, 0.35, 0.8, 0.35, 0.6, 0.2, 0.7, 0.05, 0.6, 0.35, 0.45])
bp = (bs >= 0.5).astype(int)
bw = np.array([1.0, 0.5, 2.0, 1.0, 1.0, 3.0, 0.7, 1.2, 1.0, 0.3, 2.5, 1.0, 0.9])
proba = np.c_[1 - bs, bs]
show("bp", bp)
show("accuracy_score(bt, bp)", m.accuracy_score(bt, bp))
show("balanced_accuracy_score(bt, bp)", m.balanced_accuracy_score(bt, bp))
show("precision_score(bt, bp)", m.precision_score(bt, bp))
show("recall_score(bt, bp)", m.recall_score(bt, bp))
show("f1_score(bt, bp)", m.f1_score(bt, bp))
show("f1_score(bt, bp, average='macro')", m.f1_score(bt, bp, average="macro"))
show("f1_score(bt, bp, average='weighted')", m.f1_score(bt, bp, average="weighted"))
show("roc_auc_score(bt, bs)", m.roc_auc_score(bt, bs))
show("average_precision_score(bt, bs)", m.average_precision_score(bt, bs))
show("log_loss(bt, proba)", m.log_loss(bt, proba))
show("confusion_matrix(bt, bp)", m.confusion_matrix(bt, bp))
fpr, tpr, thr = m.roc_curve(bt, bs)
show("roc_curve(bt, bs) fpr", fpr)
show("roc_curve(bt, bs) tpr", tpr)
show("roc_curve(bt, bs) thresholds", thr)
fpr, tpr, thr = m.roc_curve(bt, bs, drop_intermediate=False)
show("roc_curve(bt, bs, drop_intermediate=False) fpr", fpr)
show("roc_curve(bt, bs, drop_intermediate=False) thresholds", thr)
p, r, thr = m.precision_recall_curve(bt, bs)
show("precision_recall_curve(bt, bs) precision", p)
show("precision_recall_curve(bt, bs) recall", r)
show("precision_recall_curve(bt, bs) thresholds", thr)
# weighted
show("accuracy_score(bt, bp, sample_weight=bw)", m.accuracy_score(bt, bp, sample_weight=bw))
show("balanced_accuracy_score(bt, bp, sample_weight=bw)", m.balanced_accuracy_score(bt, bp, sample_weight=bw))
show("f1_score(bt, bp, sample_weight=bw)", m.f1_score(bt, bp, sample_weight=bw))
show("f1_score(bt, bp, average='weighted', sample_weight=bw)", m.f1_score(bt, bp, average="weighted", sample_weight=bw))
show("roc_auc_score(bt, bs, sample_weight=bw)", m.roc_auc_score(bt, bs, sample_weight=bw))
show("average_precision_score(bt, bs, sample_weight=bw)", m.average_precision_score(bt, bs, sample_weight=bw))
show("log_loss(bt, proba, sample_weight=bw)", m.log_loss(bt, proba, sample_weight=bw))
show("confusion_matrix(bt, bp, sample_weight=bw)", m.confusion_matrix(bt, bp, sample_weight=bw))
# best F1 threshold by brute force: every distinct score, ties -> larger threshold
best = max(sorted(set(bs)), key=lambda t: (m.f1_score(bt, (bs >= t).astype(int)), t))
show("best threshold", best)
show("f1_score(bt, bs >= best)", m.f1_score(bt, (bs >= best).astype(int)))
show("precision_score(bt, bs >= best)", m.precision_score(bt, (bs >= best).astype(int)))
show("recall_score(bt, bs >= best)", m.recall_score(bt, (bs >= best).astype(int)))
# class 1 never predicted: zero division -> 0
never = np.zeros_like(bt)
show("precision_score(bt, zeros)", m.precision_score(bt, never))
show("f1_score(bt, zeros)", m.f1_score(bt, never))
show("f1_score(bt, zeros, average='macro')", m.f1_score(bt, never, average="macro"))
show("f1_score(bt, zeros, average='weighted')", m.f1_score(bt, never, average="weighted"))
show("balanced_accuracy_score(bt, zeros)", m.balanced_accuracy_score(bt, never))
# perfect predictions, hard 0/1 probabilities (clipped at eps)
show("log_loss(bt, np.c_[1 - bt, bt])", m.log_loss(bt, np.c_[1 - bt, bt].astype(float)))
show("log_loss(bt, np.c_[bt, 1 - bt]) (all wrong)", m.log_loss(bt, np.c_[bt, 1 - bt].astype(float)))
show("log_loss(bt, np.c_[bt, 1 - bt], eps=1e-15)", m.log_loss(bt, np.c_[bt, 1 - bt].astype(float), eps=1e-15))
show("roc_auc_score(bt, bt)", m.roc_auc_score(bt, bt.astype(float)))
show("average_precision_score(bt, bt)", m.average_precision_score(bt, bt.astype(float)))
# all scores tied
show("roc_auc_score(bt, 0.5)", m.roc_auc_score(bt, np.full(13, 0.5)))
show("average_precision_score(bt, 0.5)", m.average_precision_score(bt, np.full(13, 0.5)))

# --- multiclass, 3 classes
mt = np.array([0, 1, 2, 2, 1, 0, 2, 1, 0, 2])
mp = np.array([
    [0.7, 0.2, 0.1], [0.3, 0.4, 0.3], [0.1, 0.3, 0.6], [0.2, 0.5, 0.3], [0.25, 0.5, 0.25],
    [0.4, 0.4, 0.2], [0.05, 0.15, 0.8], [0.6, 0.3, 0.1], [0.5, 0.1, 0.4], [0.3, 0.3, 0.4]])
mpred = mp.argmax(axis=1)
mw = np.array([1.0, 2.0, 1.0, 0.5, 1.0, 1.5, 1.0, 3.0, 1.0, 0.8])
show("mpred", mpred)
show("accuracy_score(mt, mpred)", m.accuracy_score(mt, mpred))
show("balanced_accuracy_score(mt, mpred)", m.balanced_accuracy_score(mt, mpred))
show("precision_score(mt, mpred, average='macro')", m.precision_score(mt, mpred, average="macro"))
show("recall_score(mt, mpred, average='macro')", m.recall_score(mt, mpred, average="macro"))
show("f1_score(mt, mpred, average='macro')", m.f1_score(mt, mpred, average="macro"))
show("f1_score(mt, mpred, average='weighted')", m.f1_score(mt, mpred, average="weighted"))
show("f1_score(mt, mpred, average='micro')", m.f1_score(mt, mpred, average="micro"))
show("roc_auc_score(mt, mp, multi_class='ovr')", m.roc_auc_score(mt, mp, multi_class="ovr"))
show("log_loss(mt, mp)", m.log_loss(mt, mp))
show("confusion_matrix(mt, mpred)", m.confusion_matrix(mt, mpred))
show("f1_score(mt, mpred, average='macro', sample_weight=mw)", m.f1_score(mt, mpred, average="macro", sample_weight=mw))
show("roc_auc_score(mt, mp, multi_class='ovr', sample_weight=mw)", m.roc_auc_score(mt, mp, multi_class="ovr", sample_weight=mw))
show("log_loss(mt, mp, sample_weight=mw)", m.log_loss(mt, mp, sample_weight=mw))
# pr_auc of a multiclass prediction: one-vs-rest, macro mean over the probability columns
from sklearn.preprocessing import label_binarize
mt_onehot = label_binarize(mt, classes=[0, 1, 2])
show("average_precision_score(label_binarize(mt), mp)", m.average_precision_score(mt_onehot, mp, average="macro"))
show("average_precision_score(label_binarize(mt), mp, sample_weight=mw)",
     m.average_precision_score(mt_onehot, mp, average="macro", sample_weight=mw))
# class 2 has a column but no true rows: AP 0 (sklearn warns), counted in the mean
mt3 = np.array([0, 1, 1, 0, 1, 0])
mp3 = np.array([[0.6, 0.3, 0.1], [0.2, 0.5, 0.3], [0.3, 0.3, 0.4], [0.5, 0.4, 0.1], [0.1, 0.7, 0.2], [0.3, 0.2, 0.5]])
show("average_precision_score(mt3 == 2, mp3[:, 2])", m.average_precision_score(mt3 == 2, mp3[:, 2]))
show("average_precision_score(label_binarize(mt3), mp3)",
     m.average_precision_score(label_binarize(mt3, classes=[0, 1, 2]), mp3, average="macro"))
# a class only in y_pred (2 never true): balanced accuracy drops it, macro F1 keeps it
mt2 = np.array([0, 1, 1, 0, 1, 0])
mp2 = np.array([0, 2, 1, 1, 1, 2])
show("balanced_accuracy_score(mt2, mp2)", m.balanced_accuracy_score(mt2, mp2))
show("f1_score(mt2, mp2, average='macro')", m.f1_score(mt2, mp2, average="macro"))
show("precision_score(mt2, mp2, average='macro')", m.precision_score(mt2, mp2, average="macro"))

# --- multilabel
lt = np.array([[1, 0, 1], [0, 1, 0], [1, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 1]])
lp = np.array([[1, 0, 0], [0, 1, 0], [1, 0, 0], [0, 1, 1], [1, 0, 0], [0, 1, 1]])
lw = np.array([1.0, 2.0, 0.5, 1.0, 3.0, 1.0])
show("hamming_loss(lt, lp)", m.hamming_loss(lt, lp))
show("accuracy_score(lt, lp)", m.accuracy_score(lt, lp))
show("f1_score(lt, lp, average='micro')", m.f1_score(lt, lp, average="micro"))
show("f1_score(lt, lp, average='macro')", m.f1_score(lt, lp, average="macro"))
show("hamming_loss(lt, lp, sample_weight=lw)", m.hamming_loss(lt, lp, sample_weight=lw))
show("accuracy_score(lt, lp, sample_weight=lw)", m.accuracy_score(lt, lp, sample_weight=lw))
show("f1_score(lt, lp, average='micro', sample_weight=lw)", m.f1_score(lt, lp, average="micro", sample_weight=lw))
show("f1_score(lt, lp, average='macro', sample_weight=lw)", m.f1_score(lt, lp, average="macro", sample_weight=lw))
show("(lt == lp).mean(axis=0)", (lt == lp).mean(axis=0))

# --- best-F1 tie: thresholds 0.9 and 0.6 both give F1 = 2/3; the larger (0.9) is chosen
tt = np.array([1, 0, 0, 1])
ts = np.array([0.9, 0.8, 0.7, 0.6])
show("f1_score(tt, ts >= 0.9)", m.f1_score(tt, (ts >= 0.9).astype(int)))
show("f1_score(tt, ts >= 0.6)", m.f1_score(tt, (ts >= 0.6).astype(int)))
