#!/usr/bin/env python3
"""Derives src/NewsNlp/Data/entities/lowercase-lexicon.txt from Universal Dependencies Indonesian
treebanks (../shared/data/ud/*.conllu, CC BY-SA 4.0) and the outside-of-name tokens of
idner-news-2k train (../shared/data/ner/idner-news-2k/train.txt, MIT): word forms written mostly in
lowercase away from a sentence start, i.e. ordinary words that are not names (klaim, rudal,
gencatan). The entity rules stop a run of capitalized name words before them.

Usage: python3 tools/gazetteer/lowercase-lexicon.py ../shared/data > src/NewsNlp/Data/entities/lowercase-lexicon.txt
"""
import collections
import glob
import os
import sys

MIN_LOWER = 1      # seen at least this often in lowercase
MAX_CAP_SHARE = 0.2  # and capitalized (not at a sentence start) at most this share of the time

def main(folder):
    lower = collections.Counter()
    capital = collections.Counter()
    files = sorted(glob.glob(os.path.join(folder, "ud", "*.conllu")))
    ner = os.path.join(folder, "ner", "idner-news-2k", "train.txt")
    with open(ner, encoding="utf-8") as f:
        first = True
        for line in f:
            cols = line.split()
            if len(cols) < 3:
                first = True
                continue
            form, tag = cols[0], cols[-1]
            if form.isalpha() and tag == "O":
                if form.islower():
                    lower[form] += 1
                elif form[0].isupper() and not first:
                    capital[form.lower()] += 1
            elif form.isalpha() and form[0].isupper() and not first:
                capital[form.lower()] += 1
            first = False
    for path in files:
        first = True
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line:
                    first = True
                    continue
                if line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) < 4 or "." in cols[0]:
                    continue
                if "-" in cols[0]:  # multiword token: the surface form counts
                    pass
                form = cols[1]
                if not form.isalpha():
                    first = False if cols[3] != "PUNCT" else first
                    continue
                if form.islower():
                    lower[form] += 1
                elif form[0].isupper() and not first:
                    capital[form.lower()] += 1
                first = False
    words = sorted(w for w, n in lower.items()
                   if n >= MIN_LOWER and capital[w] <= MAX_CAP_SHARE * n and len(w) > 1)
    print("# Ordinary Indonesian words (not names): forms written mostly in lowercase away from a sentence start")
    print("# in Universal Dependencies Indonesian treebanks (" + ", ".join(os.path.basename(p) for p in files) + "),")
    print("# CC BY-SA 4.0, https://universaldependencies.org, and idner-news-2k train (MIT).")
    print("# Derived by tools/gazetteer/lowercase-lexicon.py")
    print(f"# (seen >= {MIN_LOWER} times in lowercase, capitalized mid-sentence <= {MAX_CAP_SHARE:.0%} of that). One word a line.")
    for w in words:
        print(w)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
