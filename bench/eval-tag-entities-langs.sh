#!/bin/sh
# eval-tag-entities-langs.sh BIN: where German and Portuguese names stand
# (issue 15).  Trains name models with te-train -L LANG and the English
# model's settings on GermEval 2014's test part (CC BY 4.0; dev held out:
# settings are chosen on the last 1,000 sentences of the test part, a
# model trained on the rest) and on UNER Portuguese-Bosque train (CC BY-SA
# 4.0; dev for choices, test for the figure), in a scratch folder, checks
# that the Portuguese one is model-pt.bin byte for byte, and scores with
# ../shared/eval/score-entities (German through -L de -m, since German
# has no built-in model; Portuguese with the built-in one).  The English
# model on the same text shows what tagging names in a language without
# its model would give.  Targets (typed micro F1 / precision): GermEval
# dev 72 / 80, Bosque test 75 / 80.  With DE_EXTRA (see below), rows for
# German with more data too.  A minute.
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
settings=${TE_TRAIN_SETTINGS:-"-l 0 -r 10 -e 10"}

# training sentences with inline tags (train/prepare-langs.py: GermEval's
# text and gold list; Bosque's words with its contractions joined again),
# and German dev data of our own: the last 1,000 sentences of GermEval test
python3 "$top/filters/tag-entities/train/prepare-langs.py" "$shared" "$work"
python3 - "$work" <<'PY'
import re, sys
w = sys.argv[1]
tag = re.compile(r"<(PERSON|ORGANIZATION|LOCATION)>(.*?)</\1>")
with open(f"{w}/de-own-dev.txt", encoding="utf-8") as f, \
        open(f"{w}/de-own-dev.plain.txt", "w", encoding="utf-8") as t, \
        open(f"{w}/de-own-dev.gold.tsv", "w", encoding="utf-8") as g:
    for i, line in enumerate(f, 1):
        for m in tag.finditer(line):
            g.write(f"{i}\t{m.group(1)}\t{m.group(2)}\n")
        t.write(re.sub(r"</?(PERSON|ORGANIZATION|LOCATION)>", "", line))
PY

# set, language, model (built-in: the binary's own), text, gold
row() {
	if [ "$3" = built-in ]; then
		"$bin/tag-entities" -L "$2" "$4" > "$work/$1.out" 2>/dev/null
	else
		"$bin/tag-entities" -L "$2" -m "$3" "$4" > "$work/$1.out"
	fi
	python3 "$score" "$5" "$work/$1.out" > "$work/$1.score"
	awk -v name="$1" '/^typed micro/ {
		printf "%-40s %6s %6s %6s\n", name, $(NF - 2), $(NF - 1), $NF
	}' "$work/$1.score"
}

# German: settings chosen on our own dev (trained on the rest of GermEval
# test), the figure on GermEval dev (trained on all of GermEval test)
"$train" -L de $settings -o "$work/de-own.bin" "$work/de-own-train.txt" 2>/dev/null
"$train" -L de $settings -o "$work/de.bin" "$work/de-germeval-test.txt" 2>/dev/null
# Portuguese: with the settings of model-pt.bin (module.mk's TE_TRAIN_PT)
pt_settings=${TE_TRAIN_PT:-"-l 0 -r 10 -e 10"}
"$train" -L pt $pt_settings -o "$work/pt.bin" \
    "$work/pt-bosque-train.txt" 2>/dev/null
if cmp -s "$work/pt.bin" "$top/filters/tag-entities/model-pt.bin"; then
	echo "model-pt.bin: retrained byte for byte"
else
	echo "model-pt.bin: NOT what this training gives"
fi
d=$ner
printf '%-40s %6s %6s %6s\n' set P R F1
row "de own dev (GermEval test, last 1000)" de "$work/de-own.bin" \
    "$work/de-own-dev.plain.txt" "$work/de-own-dev.gold.tsv"
row "germeval dev, German model" de "$work/de.bin" "$d/eval-germeval_dev.txt" \
    "$d/eval-germeval_dev.gold.tsv"
# more German data (not shipped: no gain at precision 80): DE_EXTRA names a
# folder with de_pud-ud-test.iob2 (UNER German-PUD) and ler_dev.conll (German
# Legal Entity Recognition), fetched as train/LICENSES.md says;
# train/prepare-de.py converts them, and the legal sentences holding a name
# are added to GermEval test, trained with TE_TRAIN_DE_EXTRA
if [ -n "${DE_EXTRA:-}" ]; then
	prep=$top/filters/tag-entities/train/prepare-de.py
	python3 "$prep" uner "$DE_EXTRA/de_pud-ud-test.iob2" > "$work/de-pud.txt"
	python3 "$prep" ler "$DE_EXTRA/ler_dev.conll" | grep '<' > "$work/de-ler.txt"
	extra=${TE_TRAIN_DE_EXTRA:-"-l 0 -r 10 -e 20"}
	cat "$work/de-own-train.txt" "$work/de-pud.txt" "$work/de-ler.txt" \
	    > "$work/de-own-extra.txt"
	cat "$work/de-germeval-test.txt" "$work/de-pud.txt" "$work/de-ler.txt" \
	    > "$work/de-extra.txt"
	"$train" -L de $extra -o "$work/de-own-extra.bin" "$work/de-own-extra.txt" 2>/dev/null
	"$train" -L de $extra -o "$work/de-extra.bin" "$work/de-extra.txt" 2>/dev/null
	row "de own dev, + UNER PUD + LER" de "$work/de-own-extra.bin" \
	    "$work/de-own-dev.plain.txt" "$work/de-own-dev.gold.tsv"
	row "germeval dev, + UNER PUD + LER" de "$work/de-extra.bin" \
	    "$d/eval-germeval_dev.txt" "$d/eval-germeval_dev.gold.tsv"
fi
row "germeval dev, English model" en built-in "$d/eval-germeval_dev.txt" \
    "$d/eval-germeval_dev.gold.tsv"
row "bosque dev, Portuguese model" pt built-in \
    "$d/eval-uner_pt_bosque_dev.txt" "$d/eval-uner_pt_bosque_dev.gold.tsv"
row "bosque test, Portuguese model" pt built-in \
    "$d/eval-uner_pt_bosque_test.txt" "$d/eval-uner_pt_bosque_test.gold.tsv"
row "bosque test, English model" en built-in \
    "$d/eval-uner_pt_bosque_test.txt" "$d/eval-uner_pt_bosque_test.gold.tsv"
echo "typed micro P / R / F1 over PERSON, ORGANIZATION, LOCATION (te-train -L de $settings, pt as module.mk;"
echo "each language's margin and post-rules from lang.c; targets: GermEval dev 72 / P 80, Bosque test 75 / P 80)"
