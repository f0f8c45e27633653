#!/bin/sh
# eval-tag-entities.sh BIN: accuracy of tag-entities (PERSON, ORGANIZATION,
# LOCATION; exact spans) with ../shared/eval/score-entities on held-out
# data: UNER English-PUD news and EWT test (never trained on), and our own
# annotation of the China Daily sample and of two dozen news sentences
# (tests/data/tag-entities).
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
# ../shared beside the repo; COPYDESK_SHARED for a checkout elsewhere
shared=${COPYDESK_SHARED:-$top/../shared}
score=$shared/eval/score-entities
if [ ! -x "$score" ] || ! command -v python3 >/dev/null 2>&1; then
	echo "eval-tag-entities: $score or python3 not found: skipped"
	exit 0
fi
work=${TMPDIR:-/tmp}/copydesk-eval-tag-entities
mkdir -p "$work"

# name, input text, gold, target typed F1, target span F1
row() {
	"$bin/tag-entities" "$2" > "$work/$1.out"
	python3 "$score" "$3" "$work/$1.out" > "$work/$1.score"
	awk -v name="$1" -v tt="$4" -v ts="$5" '
	/^typed micro/ { typed = $NF }
	/^span only/ { span = $NF }
	END { printf "%-22s %8s %8s %10s %10s\n", name, typed, span, tt, ts }
	' "$work/$1.score"
}

printf '%-22s %8s %8s %10s %10s\n' set typed span 'target t' 'target s'
row uner_pud_news "$shared/data/ner/eval-uner_pud_news.txt" \
    "$shared/data/ner/eval-uner_pud_news.gold.tsv" 68 86
row uner_ewt_test "$shared/data/ner/eval-uner_ewt_test.txt" \
    "$shared/data/ner/eval-uner_ewt_test.gold.tsv" 65 -
row china-daily "$top/samples/china-daily-2015-09-18.txt" \
    "$top/tests/data/tag-entities/china-daily.gold.tsv" 93 -
# a dozen plain international news sentences and a hard dozen (a headline
# in capitals, datelines, names that are also places or companies, clubs,
# Vietnamese, Japanese and Nigerian names), written and annotated by us
# for this after the tagger was built; our annotation, so optimistic
row news-plain "$top/tests/data/tag-entities/news-plain.txt" \
    "$top/tests/data/tag-entities/news-plain.gold.tsv" 90 -
row news-hard "$top/tests/data/tag-entities/news-hard.txt" \
    "$top/tests/data/tag-entities/news-hard.gold.tsv" 80 -
echo "typed / span: exact-span micro F1 (%); per-type tables in $work/*.score"
