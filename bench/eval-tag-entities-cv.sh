#!/bin/sh
# eval-tag-entities-cv.sh BIN: the cross-validation that chose the
# tagger's settings, so that anyone can run it again.  Two sets of the
# shipped model's training data are cut in two halves, first and second
# (contiguous, so that a web page, mail thread or article stays in one
# half and its names do not leak into the other): UNER English-EWT dev
# (web text, UNER's annotation) and WikiGold (Wikipedia articles, the
# nearest of our data to news).  Each fold's model is trained, with the
# shipped settings, on the other training data (GMB) and the
# other halves, and scores the held-out halves.  Prints typed and span F1
# on each held-out half and on UNER-PUD news for each model, and the means.
# The choices are made on the held-out halves; PUD news and EWT test are
# evaluation sets, never chosen by (EWT test is not used here at all).
# Takes about two minutes (two trainings).
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
# the training sets of train/ besides the two that are cut in halves
# (TE_TRAIN_SETS to try others)
sets=${TE_TRAIN_SETS:-gmb}

: >"$work/base.txt"
for set in $sets; do
	gzip -dc "$data/$set.txt.gz" >>"$work/base.txt"
done
gzip -dc "$data/ewt-dev.txt.gz" >"$work/ewt.txt"
gzip -dc "$data/wikigold.txt.gz" >"$work/wiki.txt"

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

# fold F holds out half F (0: first, 1: second) of each cut set
cut() {	# set fold
	h=$(($(wc -l <"$work/$1.txt") / 2))
	awk -v f="$2" -v h="$h" '(NR > h) == f' "$work/$1.txt" >"$work/$1-held$2.tagged"
	awk -v f="$2" -v h="$h" '(NR > h) != f' "$work/$1.txt" >"$work/$1-kept$2.txt"
	untag "$work/$1-held$2.tagged" "$work/$1-held$2.txt" "$work/$1-held$2.gold.tsv"
}

score() {	# model input gold name -> "typed span"
	"$bin/tag-entities" -m "$1" "$2" >"$work/$4.out"
	python3 "$score" "$3" "$work/$4.out" >"$work/$4.score"
	figures "$work/$4.score"
}

printf '%-6s %11s %11s %11s %11s %11s %11s\n' fold 'EWT typed' 'EWT span' 'Wiki typed' 'Wiki span' 'PUD typed' 'PUD span'
for fold in 0 1; do
	cut ewt "$fold"
	cut wiki "$fold"
	# shellcheck disable=SC2086 # the settings are words
	"$train" $settings -o "$work/model$fold.bin" "$work/base.txt" "$work/wiki-kept$fold.txt" \
	    "$work/ewt-kept$fold.txt" 2>/dev/null
	m=$work/model$fold.bin
	# each score is two words, typed and span
	# shellcheck disable=SC2046,SC2183
	printf '%-6s %11s %11s %11s %11s %11s %11s\n' "$fold" \
	    $(score "$m" "$work/ewt-held$fold.txt" "$work/ewt-held$fold.gold.tsv" "ewt$fold") \
	    $(score "$m" "$work/wiki-held$fold.txt" "$work/wiki-held$fold.gold.tsv" "wiki$fold") \
	    $(score "$m" "$shared/data/ner/eval-uner_pud_news.txt" \
	        "$shared/data/ner/eval-uner_pud_news.gold.tsv" "pud$fold")
done | tee "$work/table"
awk '{ for (i = 2; i <= 7; i++) sum[i] += $i; n++ }
	END { printf "%-6s %11.1f %11.1f %11.1f %11.1f %11.1f %11.1f\n", "mean", sum[2] / n, sum[3] / n,
	    sum[4] / n, sum[5] / n, sum[6] / n, sum[7] / n }' "$work/table"
echo "(held out: EWT dev and WikiGold, first and second half; models: te-train $settings on $sets and the other halves)"
