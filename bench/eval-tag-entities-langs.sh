#!/bin/sh
# eval-tag-entities-langs.sh BIN: where German and Portuguese names stand
# (issue 15), measured, not shipped.  Trains name models with te-train and
# the English model's settings and features on GermEval 2014's test part
# (CC BY 4.0; dev held out) and on UNER Portuguese-Bosque train (CC BY-SA
# 4.0; dev for choices, test for the figure), in a scratch folder, and
# scores them with ../shared/eval/score-entities.  The built-in model on
# the same text shows what tagging names in a language without its model
# would give (why tag-entities does not).  Targets (typed micro F1 /
# precision): GermEval dev 72 / 80, Bosque test 75 / 80.  Half a minute.
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${COPYDESK_SHARED:-$top/../shared}
score=$shared/eval/score-entities
train=$bin/../tools/te-train
ner=$shared/data/ner
if [ ! -x "$score" ] || ! command -v python3 >/dev/null 2>&1 ||
    [ ! -r "$ner/eval-germeval_test.txt" ]; then
	echo "eval-tag-entities-langs: $score, python3 or $ner not found: skipped"
	exit 0
fi
if [ ! -x "$train" ]; then
	echo "eval-tag-entities-langs: $train not built (make model builds it): skipped"
	exit 0
fi
work=${TMPDIR:-/tmp}/copydesk-eval-tag-entities-langs
mkdir -p "$work"
settings=${TE_TRAIN_SETTINGS:-"-l 5 -r 10"}

# training sentences with inline tags: GermEval's text and gold list
# (line, type, text; in order), Bosque's IOB2 tokens joined by spaces
python3 - "$ner" "$work" <<'PY'
import collections, sys
ner, work = sys.argv[1], sys.argv[2]

def from_gold(name, out):
    gold = collections.defaultdict(list)
    with open(f"{ner}/{name}.gold.tsv", encoding="utf-8") as f:
        for line in f:
            n, t, x = line.rstrip("\n").split("\t", 2)
            gold[int(n)].append((t, x))
    with open(f"{ner}/{name}.txt", encoding="utf-8") as f, \
            open(out, "w", encoding="utf-8") as o:
        for i, line in enumerate(f.read().split("\n"), 1):
            if not line:
                continue
            pos, res = 0, ""
            for t, x in gold.get(i, []):
                k = line.find(x, pos)
                if k < 0:
                    sys.exit(f"{name}: line {i}: {x!r} not found")
                res += f"{line[pos:k]}<{t}>{x}</{t}>"
                pos = k + len(x)
            o.write(res + line[pos:] + "\n")

TYPES = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}

def from_iob2(src, out):
    with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        toks = []
        for line in list(f) + ["\n"]:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if line:
                cols = line.split("\t")
                toks.append((cols[1], cols[2]))
                continue
            words, cur, buf = [], None, []
            for w, tag in toks + [("", "O")]:
                kind = tag[2:] if tag[:2] in ("B-", "I-") else None
                if cur and (tag.startswith("B-") or kind != cur):
                    t = TYPES[cur]
                    words.append(f"<{t}>{' '.join(buf)}</{t}>")
                    cur, buf = None, []
                if kind in TYPES and (tag.startswith("B-") or cur is None):
                    cur, buf = kind, [w]
                elif kind in TYPES:
                    buf.append(w)
                elif w:
                    words.append(w)
            if words:
                o.write(" ".join(words) + "\n")
            toks = []

from_gold("eval-germeval_test", f"{work}/de-train.txt")
from_iob2(f"{ner}/uner-pt-bosque/pt_bosque-ud-train.iob2", f"{work}/pt-train.txt")
PY

# set, model, text, gold
row() {
	if [ "$2" = built-in ]; then
		"$bin/tag-entities" "$3" > "$work/$1.out"
	else
		"$bin/tag-entities" -m "$2" "$3" > "$work/$1.out"
	fi
	python3 "$score" "$4" "$work/$1.out" > "$work/$1.score"
	awk -v name="$1" '/^typed micro/ {
		printf "%-34s %6s %6s %6s\n", name, $(NF - 2), $(NF - 1), $NF
	}' "$work/$1.score"
}

"$train" $settings -o "$work/de.bin" "$work/de-train.txt" 2>/dev/null
"$train" $settings -o "$work/pt.bin" "$work/pt-train.txt" 2>/dev/null
printf '%-34s %6s %6s %6s\n' set P R F1
row "germeval dev, German model" "$work/de.bin" "$ner/eval-germeval_dev.txt" \
    "$ner/eval-germeval_dev.gold.tsv"
row "germeval dev, English model" built-in "$ner/eval-germeval_dev.txt" \
    "$ner/eval-germeval_dev.gold.tsv"
row "bosque dev, Portuguese model" "$work/pt.bin" \
    "$ner/eval-uner_pt_bosque_dev.txt" "$ner/eval-uner_pt_bosque_dev.gold.tsv"
row "bosque test, Portuguese model" "$work/pt.bin" \
    "$ner/eval-uner_pt_bosque_test.txt" "$ner/eval-uner_pt_bosque_test.gold.tsv"
row "bosque test, English model" built-in \
    "$ner/eval-uner_pt_bosque_test.txt" "$ner/eval-uner_pt_bosque_test.gold.tsv"
echo "typed micro P / R / F1 over PERSON, ORGANIZATION, LOCATION (te-train $settings;"
echo "English features, gazetteer and post-rules; targets: GermEval dev 72 / P 80, Bosque test 75 / P 80)"
