#!/usr/bin/env python3
"""lower-words.py TRAIN_DIR > ../data/lower-words.txt

The words that running text writes in lower case: seen at least 3 times
in lower case after the first word of a sentence, and at least twice
as often so as capitalised there, in the GMB and WikiGold training
sentences (train/gmb.txt.gz, train/wikigold.txt.gz).  A capitalised word
opening a sentence that is one of these ("Great place", "Service was
slow") is seldom a name: the gazetteer marks them GAZ_LOWER for the
model.  Run once by a developer; the output is committed.
"""
import collections
import gzip
import os
import re
import sys

TAG = re.compile(r"</?(PERSON|ORGANIZATION|LOCATION)>")
WORD = re.compile(r"[A-Za-z]+")

low = collections.Counter()
cap = collections.Counter()
for name in ("gmb.txt.gz", "wikigold.txt.gz"):
    with gzip.open(os.path.join(sys.argv[1], name), "rt", encoding="utf-8") as f:
        for line in f:
            words = WORD.findall(TAG.sub("", line))
            for w in words[1:]:
                if w[0].islower():
                    low[w] += 1
                elif not w.isupper():
                    cap[w.lower()] += 1
print("# Words running text writes in lower case (made by "
      "train/lower-words.py from GMB and WikiGold; see there).")
print("[lower]")
for w in sorted(low):
    if len(w) >= 2 and low[w] >= 3 and low[w] >= 2 * cap[w]:
        print(w)
