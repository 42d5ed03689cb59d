#!/usr/bin/python3
"""Reference numbers for tests/prep2/tst_prep2.cpp, from Debian 12's python3 with
scikit-learn 1.2.1, pandas 1.5.3 and numpy 1.24.2. Run: /usr/bin/python3 reference.py
Each block prints what the C++ test pastes, next to the call that produced it."""
import math
import re

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import (ENGLISH_STOP_WORDS, HashingVectorizer, TfidfVectorizer)
from sklearn.feature_selection import (VarianceThreshold, mutual_info_classif, mutual_info_regression)
from sklearn.metrics import mutual_info_score
from sklearn.utils import murmurhash3_32
from sklearn.utils.class_weight import compute_class_weight

np.set_printoptions(precision=17)


def show(name, value):
    print(f"{name} = {value!r}")


# --- the formula data set shared with the C++ test (math.* = glibc, as std::sin/cos) ---
def formula_data(n=300):
    x1, x2, x3, y, c = [], [], [], [], []
    for i in range(n):
        a = math.sin(0.37 * i) + 0.01 * i
        b = math.cos(0.11 * i) ** 3
        t = math.sin(i * 12.9898) * 43758.5453   # irregular values: no tied distances
        d = t - math.floor(t)
        x1.append(a)
        x2.append(b)
        x3.append(d)
        y.append(a * a + 2.0 * d + 0.5 * b + 0.1 * math.sin(1.7 * i))
        c.append(2 if b > 0.5 else (1 if a + 2 * d > 1.5 else 0))
    return np.array([x1, x2, x3]).T, np.array(y), np.array(c)


# 1. expressions: numpy on a small table
a = np.array([1.0, 2.0, -3.0, 0.0, np.nan])
b = np.array([4.0, 0.5, 2.0, 0.0, 1.0])
show("expr1 log1p(abs(a))*2 - b/max(b,1)", np.log1p(np.abs(a)) * 2 - b / np.maximum(b, 1))
show("expr2 if(a >= 1, a^2, -a)", np.where(a >= 1, a ** 2, -a))
show("expr3 -2^2 + 2^-1 + sqrt(b)", -2 ** 2 + 2 ** -1 + np.sqrt(b))

# 2. date parts: pandas dt accessors; days_since = (max - s).dt.days
s = pd.Series(pd.to_datetime(["1969-12-31 23:59:59", "1970-01-01 00:00:00", "2000-02-29 13:45:00",
                              "2023-12-31 23:00:00", "2024-01-01 00:30:00", "1900-03-01 06:00:00",
                              "2024-07-15 12:00:00"]))
show("ms", list(s.astype("int64") // 10 ** 6))
for part in ["year", "month", "day", "weekday", "dayofyear", "hour"]:
    show(part, list(getattr(s.dt, part)))
show("days_since", list((s.max() - s).dt.days))
show("days_since to 2024-01-01", list((pd.Timestamp("2024-01-01") - s).dt.days))
show("new date 2024-07-20 from the fitted max", (s.max() - pd.Timestamp("2024-07-20")).days)

# 3. VarianceThreshold (population variance, NaN ignored)
X = np.array([[0, 2, 0, 3, 1], [0, 1, 4, 3, np.nan], [0, 1, 1, 3, 3]], dtype=float)
vt = VarianceThreshold(threshold=0.0).fit(X)
show("variances threshold=0", vt.variances_)
show("support threshold=0", vt.get_support())
vt = VarianceThreshold(threshold=0.5).fit(X)
show("support threshold=0.5", vt.get_support())


# 4. TF-IDF with a tokenizer matching pp::tokenize (letters/digits runs lower-cased; CJK
#    runs -> unigrams and bigrams in reading order)
def is_cjk(ch):
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF
            or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F)


def tok(text):
    out, word, run = [], "", []

    def flush_run():
        for i, ch in enumerate(run):
            out.append(ch)
            if i + 1 < len(run):
                out.append(ch + run[i + 1])
        run.clear()

    for ch in text.lower():
        if is_cjk(ch):
            if word:
                out.append(word)
                word = ""
            run.append(ch)
        elif ch.isalnum():
            flush_run()
            word += ch
        else:
            if word:
                out.append(word)
                word = ""
            flush_run()
    if word:
        out.append(word)
    flush_run()
    return out


docs = ["The quick brown fox jumps over the lazy dog.", "Never jump over the lazy dog quickly!",
        "价格便宜，质量很好", "质量一般，价格贵", "Brown dogs and brown foxes; 2 dogs.", ""]
show("tokens doc2", tok(docs[2]))
tv = TfidfVectorizer(tokenizer=tok, token_pattern=None, lowercase=False, norm="l2", smooth_idf=True,
                     sublinear_tf=False)
M = tv.fit_transform(docs).toarray()
show("tfidf vocabulary", tv.get_feature_names_out().tolist())
show("tfidf idf", tv.idf_.tolist())
show("tfidf row0", M[0].tolist())
show("tfidf row2", M[2].tolist())
tv2 = TfidfVectorizer(tokenizer=tok, token_pattern=None, lowercase=False, stop_words="english")
tv2.fit(docs)
show("tfidf english stop vocabulary", tv2.get_feature_names_out().tolist())
show("tfidf new doc", tv.transform(["lazy 价格 unknownword lazy"]).toarray()[0].tolist())

# 5. murmurhash3_32(seed=0, signed) and HashingVectorizer
for t in ["hello", "world", "价格", "", "a", "abcd", "abcde", "dogs"]:
    show(f"murmur {t!r}", murmurhash3_32(t, seed=0))
hv = HashingVectorizer(tokenizer=tok, token_pattern=None, lowercase=False, n_features=16,
                       alternate_sign=True, norm="l2")
show("hashing row4", hv.transform([docs[4]]).toarray()[0].tolist())

# 6. mutual information on the formula data (discrete_features=False: all continuous)
X, y, c = formula_data()
show("mi regression", mutual_info_regression(X, y, discrete_features=False, n_neighbors=3,
                                             random_state=0).tolist())
show("mi classif", mutual_info_classif(X, c, discrete_features=False, n_neighbors=3,
                                       random_state=0).tolist())
xd = (np.floor(X[:, 2] * 4)).astype(int)
show("mutual_info_score(x3 quarter, class)", mutual_info_score(xd, c))
for rs in (0, 1):  # the noise on y does not change the result on this data
    show(f"mi regression, discrete x3 quarter, random_state={rs}",
         mutual_info_regression(xd.reshape(-1, 1), y, discrete_features=True, random_state=rs).tolist())
show("|pearson r| with y", [abs(np.corrcoef(X[:, j], y)[0, 1]) for j in range(3)])

# 7. balanced class weights
labels = np.array([0] * 60 + [1] * 30 + [2] * 10)
show("balanced weights 60/30/10", compute_class_weight("balanced", classes=np.array([0, 1, 2]), y=labels))

# 8. digamma (scipy 1.10 from Debian, only for this check)
from scipy.special import digamma  # noqa: E402
show("digamma(1.0), digamma(10.5)", (digamma(1.0), digamma(10.5)))
