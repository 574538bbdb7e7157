#!/usr/bin/env python3
"""Derives src/NewsNlp/Data/tokenizer/clitic-lexicon.txt from UD Indonesian treebanks.

The lexicon lists lower-cased word forms seen as syntactic words in the treebanks: every word that
is not the clitic of a multiword token, plus the base word of each multiword token. The clitic
splitter splits `tentaranya` only when `tentara` is such a known word, and never splits a token that
is itself known whole (`hanya`, `lainnya`). Source data: UD_Indonesian-GSD and UD_Indonesian-CSUI,
CC BY-SA 4.0; see src/NewsNlp/Data/tokenizer/README.md.

usage: tools/derive-clitic-lexicon.py ../shared/data/ud/*.conllu > src/NewsNlp/Data/tokenizer/clitic-lexicon.txt
"""
import re
import sys

CLITICS = {"nya", "ku", "mu", "lah", "kah", "pun", "tah", "kau"}
words = set()
whole = {}
split = {}
for path in sys.argv[1:]:
    mwt_end = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                mwt_end = int(cols[0].split("-")[1])
                split[cols[1].lower()] = split.get(cols[1].lower(), 0) + 1
                continue
            form = cols[1].lower().rstrip("-")
            inside = int(cols[0]) <= mwt_end
            if inside and form in CLITICS:
                continue
            if not inside:
                whole[form] = whole.get(form, 0) + 1
            if re.fullmatch(r"[a-z]+(-[a-z]+)*", form) and len(form) >= 2:
                words.add(form)
print("# Indonesian word forms known to the clitic splitter: derived from UD_Indonesian-GSD (dev) and")
print("# UD_Indonesian-CSUI (train), CC BY-SA 4.0, by tools/derive-clitic-lexicon.py. See README.md.")
# a form the treebanks split more often than not is not known whole (adanya = ada + nya)
words = {w for w in words if split.get(w, 0) < max(1, whole.get(w, 0)) or w not in split}
for w in sorted(words):
    print(w)
