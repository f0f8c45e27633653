#!/bin/sh
# eval-tag-entities-cv.sh BIN: the cross-validation that chose the
# tagger's settings, so that anyone can run it again.  UNER English-EWT dev
# (in the repo, part of the shipped model's training data) is cut in two
# halves, first and second (contiguous, so that a web page or mail thread
# stays in one half and its names do not leak into the other); each half is scored by a model trained, with the shipped
# settings, on GMB, WikiGold and the other half.  Prints typed and span F1
# on each held-out half and on UNER-PUD news for each model, and the means.
# EWT test is never used here.  Takes about a minute (two trainings).
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${COPYDESK_SHARED:-$top/../shared}
score=$shared/eval/score-entities
train=$bin/../tools/te-train
if [ ! -x "$score" ] || ! command -v python3 >/dev/null 2>&1; then
	echo "eval-tag-entities-cv: $score or python3 not found: skipped"
	exit 0
fi
if [ ! -x "$train" ]; then
	echo "eval-tag-entities-cv: $train not built (make model builds it): skipped"
	exit 0
fi
data=$top/filters/tag-entities/train
work=${TMPDIR:-/tmp}/copydesk-eval-tag-entities-cv
mkdir -p "$work"
# the settings of `make model` (filters/tag-entities/module.mk); others
# may be tried with TE_TRAIN_SETTINGS (e.g. "-l 5 -r 5 -s 2" for another
# seed, to see how much of a difference is chance)
settings=${TE_TRAIN_SETTINGS:-"-l 5 -r 10"}

gzip -dc "$data/gmb.txt.gz" "$data/wikigold.txt.gz" >"$work/base.txt"
gzip -dc "$data/ewt-dev.txt.gz" >"$work/ewt-dev.txt"

# tagged lines -> raw text and gold (LINENO TAB TYPE TAB TEXT)
untag() {	# tagged raw gold
	sed -E 's#</?(PERSON|ORGANIZATION|LOCATION)>##g' "$1" >"$2"
	awk '{
		s = $0
		while (match(s, /<(PERSON|ORGANIZATION|LOCATION)>/)) {
			type = substr(s, RSTART + 1, RLENGTH - 2)
			s = substr(s, RSTART + RLENGTH)
			end = index(s, "</" type ">")
			text = substr(s, 1, end - 1)
			gsub(/<\/?(PERSON|ORGANIZATION|LOCATION)>/, "", text)
			printf "%d\t%s\t%s\n", NR, type, text
		}
	}' "$1" >"$3"
}

figures() {	# score file -> "typed span"
	awk '/^typed micro/ { t = $NF } /^span only/ { s = $NF } END { print t, s }' "$1"
}

printf '%-6s %14s %14s %16s %16s\n' fold 'held-out typed' 'held-out span' 'PUD news typed' 'PUD news span'
half=$(($(wc -l <"$work/ewt-dev.txt") / 2))
for fold in 0 1; do
	awk -v f="$fold" -v h="$half" '(NR > h) == f' "$work/ewt-dev.txt" >"$work/held$fold.tagged"
	awk -v f="$fold" -v h="$half" '(NR > h) != f' "$work/ewt-dev.txt" >"$work/kept$fold.txt"
	untag "$work/held$fold.tagged" "$work/held$fold.txt" "$work/held$fold.gold.tsv"
	# shellcheck disable=SC2086 # the settings are words
	"$train" $settings -o "$work/model$fold.bin" "$work/base.txt" "$work/kept$fold.txt" 2>/dev/null
	"$bin/tag-entities" -m "$work/model$fold.bin" "$work/held$fold.txt" >"$work/held$fold.out"
	python3 "$score" "$work/held$fold.gold.tsv" "$work/held$fold.out" >"$work/held$fold.score"
	"$bin/tag-entities" -m "$work/model$fold.bin" "$shared/data/ner/eval-uner_pud_news.txt" >"$work/pud$fold.out"
	python3 "$score" "$shared/data/ner/eval-uner_pud_news.gold.tsv" "$work/pud$fold.out" >"$work/pud$fold.score"
	printf '%-6s %14s %14s %16s %16s\n' "$fold" $(figures "$work/held$fold.score") $(figures "$work/pud$fold.score")
done | tee "$work/table"
awk '{ for (i = 2; i <= 5; i++) sum[i] += $i; n++ }
	END { printf "%-6s %14.1f %14.1f %16.1f %16.1f\n", "mean", sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n }' "$work/table"
echo "(EWT dev, first and second half; models: te-train $settings on GMB, WikiGold and the other half)"
