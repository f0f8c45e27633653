#!/usr/bin/env python3
"""prepare.py SHARED OUTDIR: normalise the training data of tag-entities.

Run once by a developer (not by the build); its output, gzipped, is
committed beside it.  Writes one sentence per line in the copydesk stream
format with inline PERSON/ORGANIZATION/LOCATION tags:

- gmb.txt: Groningen Meaning Bank (ner_dataset.csv, latin-1).  per -> PERSON
  with leading titles ("President", "Mr.") moved outside the span and spans
  of titles or demonyms alone dropped; org -> ORGANIZATION; geo -> LOCATION;
  gpe -> LOCATION only when it is a place name (countries, subdivisions,
  cities), else O (demonyms such as "Iraqi" are not entities); tim, art,
  eve, nat -> O.  Every other "U.S."/"U.K." is spelt "US"/"UK", as news
  writes today.
- wikigold.txt: WikiGold (CoNLL, IOB1): PER/ORG/LOC kept, MISC dropped.
- ewt-dev.txt: Universal NER English-EWT dev (web text, IOB2), the raw
  tokens; PER/ORG/LOC kept, OTH dropped.  Only the dev part: EWT test is
  held out for evaluation.
"""
import csv
import io
import json
import os
import sys
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "..", "data")


def words(name):
    out = set()
    with open(os.path.join(data, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                out.add(line.split("\t")[0])
    return out


TITLES = {w.lower().rstrip(".") for w in words("titles.txt")}
DEMONYMS = {w.lower() for w in words("demonyms.txt")}
PLACES = {w.lower() for w in words("places-extra.txt") | words("cities.txt")}
for fn, keys in (("iso_3166-1.json", ("name", "common_name", "official_name")),
                 ("iso_3166-2.json", ("name",))):
    with open("/usr/share/iso-codes/json/" + fn, encoding="utf-8") as f:
        j = json.load(f)
    for e in next(iter(j.values())):
        for k in keys:
            if k in e:
                PLACES.add(e[k].lower())

NOSPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s",
                  "n't", "'", "'re", "'ve", "'ll", "'d", "'m"}
NOSPACE_AFTER = {"(", "[", "{", "$"}


def detok(tokens):
    """join tokens with spaces the way running text would be written"""
    out = ""
    for i, t in enumerate(tokens):
        if i > 0 and t not in NOSPACE_BEFORE and tokens[i - 1] not in NOSPACE_AFTER:
            out += " "
        out += t
    return out


def render(tokens, spans):
    """tokens and (start, end, type) token spans -> a tagged line"""
    starts = {s: (e, t) for s, e, t in spans}
    pieces = []
    i = 0
    while i < len(tokens):
        if i in starts:
            e, t = starts[i]
            pieces.append(("tag", tokens[i:e], t))
            i = e
        else:
            pieces.append(("text", [tokens[i]], None))
            i += 1
    # detokenise over all tokens, then wrap: rebuild with markers
    flat = []
    for kind, toks, t in pieces:
        for k, tok in enumerate(toks):
            flat.append((tok, t if kind == "tag" else None,
                         kind == "tag" and k == 0,
                         kind == "tag" and k == len(toks) - 1))
    out = ""
    for i, (tok, t, first, last) in enumerate(flat):
        if i > 0 and tok not in NOSPACE_BEFORE and flat[i - 1][0] not in NOSPACE_AFTER:
            out += " "
        if first:
            out += "<%s>" % t
        out += tok
        if last:
            out += "</%s>" % t
    return out


def bio_spans(tags):
    """BIO (or IOB1) tags -> (start, end, type)"""
    spans = []
    cur = None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or (cur and tag[2:] != cur[2]):
            if cur:
                spans.append((cur[0], i, cur[2]))
                cur = None
        if tag != "O" and cur is None:
            cur = [i, i + 1, tag[2:]]
    return spans


def gmb(shared, out):
    z = zipfile.ZipFile(os.path.join(shared, "data/ner/gmb/ner_dataset.csv.zip"))
    raw = z.read("ner_dataset.csv").decode("latin-1")
    rows = list(csv.reader(io.StringIO(raw)))[1:]
    sents = []
    for r in rows:
        if r[0].startswith("Sentence:"):
            sents.append([])
        sents[-1].append((r[1], r[3]))
    flip = {"U.S.": 0, "U.K.": 0}
    n = 0
    for s in sents:
        tokens = [w for w, _ in s]
        for i, w in enumerate(tokens):
            if w in flip:
                flip[w] += 1
                if flip[w] % 2 == 0:
                    tokens[i] = w.replace(".", "")
        spans = []
        for a, b, t in bio_spans([t for _, t in s]):
            if t == "per":
                while a < b and tokens[a].lower().rstrip(".") in TITLES:
                    a += 1
                if a == b or all(tokens[k].lower() in DEMONYMS for k in range(a, b)):
                    continue
                spans.append((a, b, "PERSON"))
            elif t == "org":
                spans.append((a, b, "ORGANIZATION"))
            elif t == "geo":
                spans.append((a, b, "LOCATION"))
            elif t == "gpe":
                if " ".join(tokens[a:b]).lower() in PLACES:
                    spans.append((a, b, "LOCATION"))
        out.write(render(tokens, spans) + "\n")
        n += 1
    return n


def wikigold(shared, out):
    path = os.path.join(shared, "data/ner/wikigold/wikigold.conll.txt")
    tokens, tags, n = [], [], 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines + [""]:
        if not line.strip():
            if tokens and tokens[0] != "-DOCSTART-":
                keep = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}
                spans = [(a, b, keep[t]) for a, b, t in bio_spans(tags) if t in keep]
                out.write(render(tokens, spans) + "\n")
                n += 1
            tokens, tags = [], []
            continue
        w, t = line.rsplit(" ", 1)
        tokens.append(w)
        tags.append(t)
    return n


def ewt(shared, out):
    path = os.path.join(shared, "data/ner/uner-ewt/en_ewt-ud-dev.iob2")
    keep = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}
    tokens, tags, n = [], [], 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                spans = [(a, b, keep[t]) for a, b, t in bio_spans(tags) if t in keep]
                out.write(render(tokens, spans) + "\n")
                n += 1
            tokens, tags = [], []
            continue
        c = line.split("\t")
        tokens.append(c[1])
        tags.append(c[2])
    return n


def main():
    shared, outdir = sys.argv[1], sys.argv[2]
    with open(os.path.join(outdir, "gmb.txt"), "w", encoding="utf-8") as f:
        print("gmb:", gmb(shared, f), "sentences")
    with open(os.path.join(outdir, "wikigold.txt"), "w", encoding="utf-8") as f:
        print("wikigold:", wikigold(shared, f), "sentences")
    with open(os.path.join(outdir, "ewt-dev.txt"), "w", encoding="utf-8") as f:
        print("ewt-dev:", ewt(shared, f), "sentences")


main()
