#!/usr/bin/env python3
"""prepare-de.py KIND IN... > OUT: more German training data for the name
model, one sentence per line with inline PERSON/ORGANIZATION/LOCATION
tags (the format of prepare-langs.py's de-germeval-test.txt).

Run by a developer or by bench/eval-tag-entities-langs.sh (DE_EXTRA), not
by the build, on files fetched from public repositories (train/LICENSES.md
names them, their licences, commits and what they gave): no German model
ships, so nothing trains on its output yet.

KIND is one of
  ler   German Legal Entity Recognition (Leitner, Rehm, Moreno-Schneider
        2019, CC BY 4.0): CoNLL files, `token tag` a line, blank line
        between sentences, fine classes.  Persons, judges and lawyers are
        PERSON; countries, cities, streets and landscapes LOCATION;
        organisations, companies, institutions and courts ORGANIZATION;
        brands, laws, regulations, treaties, case law and literature are
        not names here (GermEval calls them OTH or nothing).
  uner  Universal NER IOB2 (`N<TAB>token<TAB>tag<TAB>...`, `#` comments):
        PER, ORG, LOC as they are.
The tokens are joined again as running German text is written (no space
before . , ; : ! ? ) ] } and closing quotes, none after ( [ { and opening
quotes; ASCII " and guillemets alternate between opening and closing),
so that training sees what the tagger will.
"""
import sys

LER = {
    "PER": "PERSON", "RR": "PERSON", "AN": "PERSON",
    "LD": "LOCATION", "ST": "LOCATION", "STR": "LOCATION",
    "LDS": "LOCATION",
    "ORG": "ORGANIZATION", "UN": "ORGANIZATION", "INN": "ORGANIZATION",
    "GRT": "ORGANIZATION",
}
UNER = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}

NOSPACE_BEFORE = set(".,;:!?)]}") | {"...", "…"}
OPENERS = set("([{")
# an opening quote and the one that closes it
CLOSES = {"„": "“", "‚": "‘", "“": "”", "‘": "’", "»": "«", "«": "»",
          '"': '"', "›": "‹", "‹": "›"}


def detok(words):
    """the words as running text: a list of (word, space before it)"""
    out, stack, glue = [], [], False
    for w in words:
        space = bool(out) and not glue
        glue = False
        if w in NOSPACE_BEFORE:
            space = False
        if w in CLOSES or w in ("”", "’"):
            if stack and w == CLOSES[stack[-1]]:
                stack.pop()
                space = False
            elif w in ("”", "’"):
                space = False
            else:
                stack.append(w)
                glue = True
        elif w in OPENERS:
            glue = True
        out.append((w, space))
    return out


def write(words, tags, types, o):
    """one sentence: tags are IOB2 with fine classes (mapped by types)"""
    if not words:
        return
    spans, cur = [], None
    for i, t in enumerate(tags + ["O"]):
        kind = types.get(t[2:]) if t != "O" else None
        if cur and (t.startswith("B-") or kind != cur[0]):
            spans.append(cur)
            cur = None
        if kind and cur is None:
            cur = [kind, i, i]
        elif kind:
            cur[2] = i
    opens = {s[1]: s[0] for s in spans}
    closes = {s[2]: s[0] for s in spans}
    line = ""
    for i, (w, space) in enumerate(detok(words)):
        if space:
            line += " "
        if i in opens:
            line += f"<{opens[i]}>"
        line += w
        if i in closes:
            line += f"</{closes[i]}>"
    o.write(line + "\n")


def read(path, kind, o):
    types = LER if kind == "ler" else UNER
    words, tags = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if kind == "uner" and line.startswith("#"):
                continue
            if not line.strip():
                write(words, tags, types, o)
                words, tags = [], []
                continue
            cols = line.split("\t") if kind == "uner" else line.split(" ")
            if kind == "uner" and len(cols) >= 3:
                w, t = cols[1], cols[2]
            elif kind == "ler" and len(cols) == 2:
                w, t = cols
            else:
                sys.exit(f"prepare-de.py: {path}: {n}: not a {kind} line")
            if t != "O" and not t.startswith(("B-", "I-")):
                sys.exit(f"prepare-de.py: {path}: {n}: bad tag {t!r}")
            words.append(w)
            tags.append(t)
    write(words, tags, types, o)


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("ler", "uner"):
        sys.exit("usage: prepare-de.py ler|uner FILE... > OUT")
    for path in sys.argv[2:]:
        read(path, sys.argv[1], sys.stdout)


main()
