#!/usr/bin/env python3
"""scan_neardup.py - near-duplicate scan for eval22.jsonl (stdlib only).

Normalises text (lowercase, keep letters/digits, collapse spaces), builds character
5-gram shingle sets and word-bigram sets, and reports every pair whose Jaccard
similarity on either representation is >= --threshold (default 0.5).
Usage: python3 scan_neardup.py [eval22.jsonl] [--threshold 0.5]
"""
import argparse
import json
import os
import re
import sys


def norm(t):
    t = t.lower()
    t = re.sub(r"[^0-9a-zà-ÿß]+", " ", t)
    return " ".join(t.split())


def shingles(t, k=5):
    if len(t) <= k:
        return {t}
    return {t[i:i + k] for i in range(len(t) - k + 1)}


def bigrams(t):
    w = t.split()
    if len(w) < 2:
        return {" ".join(w)}
    return {w[i] + " " + w[i + 1] for i in range(len(w) - 1)}


def jac(a, b):
    if not a or not b:
        return 0.0
    i = len(a & b)
    return i / (len(a) + len(b) - i)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "eval22.jsonl"))
    ap.add_argument("--threshold", type=float, default=0.5)
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(a.path, encoding="utf-8")]
    n = [norm(r["text"]) for r in rows]
    sh = [shingles(x) for x in n]
    bg = [bigrams(x) for x in n]
    hits = []
    exact_norm = 0
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            if n[i] == n[j]:
                exact_norm += 1
            # cheap length filter: Jaccard <= min/max size ratio
            si, sj = len(sh[i]), len(sh[j])
            if min(si, sj) < a.threshold * max(si, sj):
                c = 0.0
            else:
                c = jac(sh[i], sh[j])
            w = jac(bg[i], bg[j])
            m = max(c, w)
            if m >= a.threshold:
                hits.append((m, c, w, i, j))
    hits.sort(key=lambda h: (-h[0], h[3], h[4]))
    print("rows=%d pairs_checked=%d normalised_exact_dups=%d pairs>=%.2f: %d" % (
        len(rows), len(rows) * (len(rows) - 1) // 2, exact_norm, a.threshold, len(hits)))
    for m, c, w, i, j in hits:
        print("%.3f (char5=%.3f word2=%.3f) [%s/%s] %r  <->  [%s/%s] %r" % (
            m, c, w, rows[i]["category"], rows[i]["author_category"], rows[i]["text"][:70],
            rows[j]["category"], rows[j]["author_category"], rows[j]["text"][:70]))


if __name__ == "__main__":
    main()
