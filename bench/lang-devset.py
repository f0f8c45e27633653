#!/usr/bin/env python3
"""lang-devset.py SHARED: the text part of the language dev set, as TSV
lines "set<TAB>id<TAB>gold<TAB>text" on stdout.

Documents of 200 to 800 characters are made by joining consecutive
sentences of one source, in their order:
  golden     the sentence-rule cases in 20+ languages (the input column);
             a language's last, shorter document is in the set "short"
  germeval   GermEval 2014 dev sentences (de)
  bosque     UNER Portuguese-Bosque dev sentences (pt)
  ewt        UNER English Web Treebank test sentences (en)
The HTML pages are added by eval-lang.sh itself (they go through
strip-markup whole).
"""
import glob, os, re, sys

shared = sys.argv[1]
LIMIT = 800


def docs(sentences, lo=200, rest=False):
    cur = ""
    for s in sentences:
        s = " ".join(s.split())
        if not s:
            continue
        cur = (cur + " " + s).strip()
        if len(cur) >= lo:
            yield cur[:LIMIT]
            cur = ""
    if len(cur) >= lo or (rest and cur):
        yield cur


def put(setname, gold, texts, cap=None):
    for i, t in enumerate(texts):
        if cap is not None and i >= cap:
            break
        print("%s\t%s-%d\t%s\t%s" % (setname, gold, i + 1, gold, t))


# pragmatic_segmenter's Danish cases are mostly its English ones (and the
# da_pysbd and da_extra files wholly): the Danish ones, picked by hand
ONLY = {"da": {"da1", "da2", "da8", "da9", "da10", "da11", "da14"}}
SKIP_FILES = {"golden_rules_da_pysbd.tsv", "golden_rules_da_extra.tsv"}

sent = os.path.join(shared, "data", "sentences")
by_lang = {}
for f in sorted(glob.glob(os.path.join(sent, "golden_rules_*.tsv"))):
    if os.path.basename(f) in SKIP_FILES:
        continue
    lang = re.match(r"golden_rules_([a-z]+)", os.path.basename(f)).group(1)
    with open(f, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if lang in ONLY and cols[0] not in ONLY[lang]:
                continue
            if len(cols) >= 2:
                by_lang.setdefault(lang, []).append(cols[1])
for lang, ss in sorted(by_lang.items()):
    # the last, shorter one too: some languages have only a few cases
    # (reported apart, as "short", outside the 200-character target)
    for i, t in enumerate(docs(ss, rest=True)):
        print("%s\t%s-%d\t%s\t%s" % ("golden" if len(t) >= 200 else
            "short", lang, i + 1, lang, t))


def lines(path):
    with open(path, encoding="utf-8") as fh:
        return [l.rstrip("\n") for l in fh]


ner = os.path.join(shared, "data", "ner")
put("germeval", "de", docs(lines(os.path.join(ner, "eval-germeval_dev.txt"))))
put("bosque", "pt", docs(lines(os.path.join(ner,
    "eval-uner_pt_bosque_dev.txt"))))
put("ewt", "en", docs(lines(os.path.join(ner, "eval-uner_ewt_test.txt"))))
