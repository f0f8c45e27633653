#!/usr/bin/env python3
"""prepare-langs.py SHARED OUTDIR: the training data of the German and
Portuguese name models, one sentence per line with inline
PERSON/ORGANIZATION/LOCATION tags (as prepare.py does for English).

Run once by a developer (not by the build); its output, gzipped with
`gzip -n -9`, is committed beside it when a model ships.

- de-germeval-test.txt: GermEval 2014, test part (CC BY 4.0), from the
  running text and gold list of SHARED/data/ner/eval-germeval_test.* (only
  PER, ORG, LOC; their -deriv and -part forms and OTH are not names here).
  GermEval dev is the German figure, so it is never trained on; settings
  are chosen on the last 1,000 sentences of this part (de-own-dev.txt,
  written too, with de-own-train.txt, the first 4,100).
- pt-bosque-train.txt: UNER Portuguese-Bosque, train part (CC BY-SA 4.0).
  UNER's words are UD syntactic words: contractions come split ("de as",
  "em o"); they are joined again ("das", "no") as running text writes
  them, and punctuation loses the space before it, so that training sees
  what the tagger will.  A mention whose edge cuts a contraction loses
  its tag (its words stay).
"""
import collections
import os
import sys

TYPES = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}

# preposition + article or pronoun -> contraction (Portuguese)
CONTRACT = {}
for prep, forms in {
        "de": {"o": "do", "a": "da", "os": "dos", "as": "das",
               "ele": "dele", "ela": "dela", "eles": "deles",
               "elas": "delas", "este": "deste", "esta": "desta",
               "estes": "destes", "estas": "destas", "esse": "desse",
               "essa": "dessa", "esses": "desses", "essas": "dessas",
               "aquele": "daquele", "aquela": "daquela",
               "aqueles": "daqueles", "aquelas": "daquelas",
               "isto": "disto", "isso": "disso", "aquilo": "daquilo",
               "aqui": "daqui", "aí": "daí", "ali": "dali",
               "outro": "doutro", "outra": "doutra"},
        "em": {"o": "no", "a": "na", "os": "nos", "as": "nas",
               "ele": "nele", "ela": "nela", "eles": "neles",
               "elas": "nelas", "este": "neste", "esta": "nesta",
               "estes": "nestes", "estas": "nestas", "esse": "nesse",
               "essa": "nessa", "esses": "nesses", "essas": "nessas",
               "aquele": "naquele", "aquela": "naquela",
               "aqueles": "naqueles", "aquelas": "naquelas",
               "isto": "nisto", "isso": "nisso", "aquilo": "naquilo",
               "um": "num", "uma": "numa", "uns": "nuns",
               "umas": "numas"},
        "a": {"o": "ao", "a": "à", "os": "aos", "as": "às",
              "aquele": "àquele", "aquela": "àquela",
              "aqueles": "àqueles", "aquelas": "àquelas",
              "aquilo": "àquilo"},
        "por": {"o": "pelo", "a": "pela", "os": "pelos", "as": "pelas"},
        "per": {"o": "pelo", "a": "pela", "os": "pelos", "as": "pelas"},
}.items():
    for art, c in forms.items():
        CONTRACT[(prep, art)] = c

NOSPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "»"}
NOSPACE_AFTER = {"(", "[", "{", "«"}


def cased(word, like):
    """word in the case of like ("De" -> "Do", "DE" -> "DO")"""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def contract(toks):
    """join split contractions of (word, tag) tokens"""
    out = []
    i = 0
    while i < len(toks):
        if i + 1 < len(toks):
            (w1, t1), (w2, t2) = toks[i], toks[i + 1]
            c = CONTRACT.get((w1.lower(), w2.lower()))
            if c:
                # inside one mention: keep its tag; across an edge: the
                # mention it cuts is dropped
                if t1 != "O" and t2.startswith("I-"):
                    out.append((cased(c, w1), t1))
                else:
                    if t1 != "O" or t2 != "O":
                        drop_cut(out, toks, i)
                    out.append((cased(c, w1), "O"))
                i += 2
                continue
        out.append(toks[i])
        i += 1
    return out


def drop_cut(out, toks, i):
    """untag the mention that tokens i, i+1 cut (before and after)"""
    t1 = toks[i][1]
    if t1 != "O":
        k = len(out) - 1
        while k >= 0 and out[k][1].startswith("I-"):
            out[k] = (out[k][0], "O")
            k -= 1
        if k >= 0 and out[k][1].startswith("B-"):
            out[k] = (out[k][0], "O")
    j = i + 2
    while j < len(toks) and toks[j][1].startswith("I-"):
        toks[j] = (toks[j][0], "O")
        j += 1


def join(words):
    s = ""
    for w in words:
        bare = w
        for t in TYPES.values():
            bare = bare.replace(f"<{t}>", "").replace(f"</{t}>", "")
        if s and bare not in NOSPACE_BEFORE and not s.endswith(
                tuple(NOSPACE_AFTER)):
            s += " "
        s += w
    return s


def from_iob2(src, out):
    with open(src, encoding="utf-8") as f, \
            open(out, "w", encoding="utf-8") as o:
        toks = []
        for line in list(f) + ["\n"]:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if line:
                cols = line.split("\t")
                tag = cols[2]
                if tag[2:] not in TYPES:
                    tag = "O"
                toks.append((cols[1], tag))
                continue
            words, cur, buf = [], None, []
            for w, tag in contract(toks) + [("", "O")]:
                kind = tag[2:] if tag != "O" else None
                if cur and (tag.startswith("B-") or kind != cur):
                    t = TYPES[cur]
                    words.append(f"<{t}>{join(buf)}</{t}>")
                    cur, buf = None, []
                if kind and (tag.startswith("B-") or cur is None):
                    cur, buf = kind, [w]
                elif kind:
                    buf.append(w)
                elif w:
                    words.append(w)
            if words:
                o.write(join(words) + "\n")
            toks = []


def from_gold(ner, name):
    """lines of running text with the gold mentions tagged inline"""
    gold = collections.defaultdict(list)
    with open(f"{ner}/{name}.gold.tsv", encoding="utf-8") as f:
        for line in f:
            n, t, x = line.rstrip("\n").split("\t", 2)
            gold[int(n)].append((t, x))
    res = []
    with open(f"{ner}/{name}.txt", encoding="utf-8") as f:
        for i, line in enumerate(f.read().split("\n"), 1):
            if not line:
                continue
            pos, s = 0, ""
            for t, x in gold.get(i, []):
                k = line.find(x, pos)
                if k < 0:
                    sys.exit(f"{name}: line {i}: {x!r} not found")
                s += f"{line[pos:k]}<{t}>{x}</{t}>"
                pos = k + len(x)
            res.append(s + line[pos:] + "\n")
    return res


def main():
    shared, outdir = sys.argv[1], sys.argv[2]
    ner = os.path.join(shared, "data", "ner")
    de = from_gold(ner, "eval-germeval_test")
    for name, lines in (("de-germeval-test.txt", de),
                        ("de-own-train.txt", de[:-1000]),
                        ("de-own-dev.txt", de[-1000:])):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as o:
            o.writelines(lines)
    from_iob2(os.path.join(ner, "uner-pt-bosque", "pt_bosque-ud-train.iob2"),
              os.path.join(outdir, "pt-bosque-train.txt"))


main()
