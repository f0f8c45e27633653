#!/bin/sh
# eval-split-sentences.sh BIN: the accuracy of split-sentences on the gold
# data in ../shared, beside ICU's BreakIterator (python3-icu, the locale
# of each language) where it is installed:
#   - the Golden Rules of every language (golden_rules_<lang>.tsv, from
#     pragmatic_segmenter and pySBD, MIT), each split with -l <lang>; the
#     pySBD-only files (<lang>_pysbd, da_extra, ja_extra) were never looked
#     at while the rules were written: they are the held-out line;
#   - the extra English rules PS42, PS52;
#   - inner-boundary F1 on GUM dev and UD English-EWT, whole and in
#     halves (first half of the paragraphs: tuned on; second: held out);
#   - the round trip (only whitespace changes; a second run changes
#     nothing) over all of EWT;
#   - with UD_PUD set: inner-boundary F1 per language on the Parallel UD
#     treebanks found there (LANG_pud-ud-test.conllu: the same 1,000 news
#     and Wikipedia sentences in each language, CC BY-SA, never looked at
#     while the rules were written), a document a paragraph (documents
#     from the sent_id: n01001011 is document n01001), -l LANG.
#
#   COPYDESK_SHARED   the shared data folder (default: ../shared)
#   UD_PUD            a folder of UD PUD test files (not shipped: clone
#                     UniversalDependencies/UD_French-PUD and the like)
set -eu
bin=$(cd "${1:?usage: eval-split-sentences.sh BIN}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${COPYDESK_SHARED:-$top/../shared}
sent=$shared/data/sentences
work=${TMPDIR:-/tmp}/copydesk-eval-split-sentences
if [ ! -x "$shared/eval/score-golden-rules" ] || [ ! -r "$sent/ewt.txt" ]; then
	echo "eval-split-sentences: $shared not found; skipped"
	exit 0
fi
mkdir -p "$work"
split=$bin/split-sentences

# ICU's sentence BreakIterator with the locale of $1, one line a paragraph
cat >"$work/icu-split.py" <<'PY'
import sys, icu
bi = icu.BreakIterator.createSentenceInstance(icu.Locale(sys.argv[1]))
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip():
        print()
        continue
    bi.setText(line)
    start = bi.first()
    for end in bi:
        s = line[start:end].strip()
        if s:
            print(s)
        start = end
PY
icu=
for py in /usr/bin/python3 python3; do
	if "$py" -c 'import icu' 2>/dev/null; then
		icu=$py
		break
	fi
done

# score FILE CMD: "passed/total"
score() {
	"$shared/eval/score-golden-rules" --tsv "$1" "$2" | cut -f2
}
# f1 TXT GOLD CMD: the F1 of inner boundaries
f1() {
	"$shared/eval/score-boundaries" "$1" "$2" "$3" | tr '\t' '\n' |
	    sed -n 's/^F1=//p'
}

echo "Golden Rules by language (split-sentences -l LANG; ICU with the locale)"
printf '%-12s %8s %16s %12s\n' "file" "cases" "split-sentences" "ICU"
: >"$work/totals"
for tsv in "$sent"/golden_rules_*.tsv; do
	file=${tsv##*/golden_rules_}
	file=${file%.tsv}
	lang=${file%%_*}
	case $file in
	*_pysbd | *_extra) set=held-out ;;
	*) set=main ;;
	esac
	[ "$file" = en_extra ] && continue	# PS40, PS41: see below
	ours=$(score "$tsv" "$split -l $lang" 2>/dev/null) || ours=-
	# a language without rules of its own: the default ones
	case $ours in
	0/*) "$split" -l "$lang" </dev/null >/dev/null 2>&1 ||
	    ours="$(score "$tsv" "$split")(en)" ;;
	esac
	peer=-
	[ -n "$icu" ] && peer=$(score "$tsv" "$icu $work/icu-split.py $lang")
	cases=${ours#*/}
	printf '%-12s %8s %16s %12s\n' "$file" "${cases%(en)}" "$ours" "$peer"
	echo "$set $ours $peer" >>"$work/totals"
done
awk '{ split($2, a, "[/(]"); ok[$1] += a[1]; n[$1] += a[2]
	split($3, b, "/"); peer[$1] += b[1] }
	END { for (s in n) printf "%-12s %8d %9d (%.1f%%) %6d (%.1f%%)\n",
		"all " s, n[s], ok[s], 100 * ok[s] / n[s], peer[s],
		100 * peer[s] / n[s] }' "$work/totals" | sort
echo

grep -E '^(id|PS42|PS52)	' "$sent/golden_rules_en_extra.tsv" >"$work/extra.tsv"
extra=$(score "$work/extra.tsv" "$split")

# the halves of GUM dev and EWT, by paragraphs, with their gold
python3 - "$sent" "$work" <<'PY'
import re, sys
sent, work = sys.argv[1:3]
nows = lambda t: re.sub(r'\s+', '', t)
for name in ('gum-dev', 'ewt'):
    text = open(f'{sent}/{name}.txt', encoding='utf-8').read()
    paras = [p for p in re.split(r'\n[ \t]*\n', text) if p.strip()]
    gold = [l for l in open(f'{sent}/{name}.gold', encoding='utf-8').read().split('\n') if l.strip()]
    groups, k = [], 0
    for p in paras:
        want, got, g = len(nows(p)), 0, []
        while got < want:
            g.append(gold[k]); got += len(nows(gold[k])); k += 1
        groups.append(g)
    half = len(paras) // 2
    for tag, rng in (('a', range(half)), ('b', range(half, len(paras)))):
        with open(f'{work}/{name}-{tag}.txt', 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(paras[i] for i in rng) + '\n')
        with open(f'{work}/{name}-{tag}.gold', 'w', encoding='utf-8') as f:
            f.write('\n'.join(s for i in rng for s in groups[i]) + '\n')
PY

"$split" "$sent/ewt.txt" >"$work/once.txt"
"$split" "$work/once.txt" >"$work/twice.txt"
python3 - "$sent/ewt.txt" "$work/once.txt" "$work/twice.txt" >"$work/roundtrip" <<'PY'
import re, sys
nows = lambda f: re.sub(r'\s+', '', open(f, encoding='utf-8').read())
same = nows(sys.argv[1]) == nows(sys.argv[2])
idem = open(sys.argv[2], 'rb').read() == open(sys.argv[3], 'rb').read()
print('ok' if same else 'DIFFERS', 'ok' if idem else 'DIFFERS')
PY
read -r roundtrip idem <"$work/roundtrip"

printf '%-44s %16s %8s\n' "measure" "split-sentences" "ICU"
printf '%-44s %16s\n' "extra rules PS42, PS52" "$extra"
for set in gum-dev ewt; do
	for part in "" -a -b; do
		if [ -z "$part" ]; then
			txt=$sent/$set.txt gold=$sent/$set.gold label="$set boundary F1"
		else
			txt=$work/$set$part.txt gold=$work/$set$part.gold
			label="  $([ "$part" = -a ] && echo "first half (tuned on)" || echo "second half (held out)")"
		fi
		peer=-
		[ -n "$icu" ] && peer=$(f1 "$txt" "$gold" "$icu $work/icu-split.py en_US@ss=standard")
		printf '%-44s %16s %8s\n' "$label" "$(f1 "$txt" "$gold" "$split")" "$peer"
	done
done
printf '%-44s %16s\n' "EWT round trip: only whitespace changes" "$roundtrip"
printf '%-44s %16s\n' "EWT idempotence: a second run changes nothing" "$idem"
[ -n "$icu" ] || echo "(python3-icu missing: scripts/install-deps bench)"
echo "(blingfire and sentencex are not installable here: pip's registry is out of reach)"

# the PUD treebanks: a boundary set for the languages the Golden Rules
# cover thinly (fr, pl) and a held-out check for the others
[ -n "${UD_PUD:-}" ] && [ -d "$UD_PUD" ] || exit 0
echo
echo "UD PUD test (1,000 sentences; a document a paragraph), inner-boundary F1"
printf '%-12s %10s %16s %8s\n' "language" "documents" "split-sentences" "ICU"
for conllu in "$UD_PUD"/*_pud-ud-test.conllu; do
	[ -r "$conllu" ] || continue
	lang=${conllu##*/}
	lang=${lang%%_*}
	python3 - "$conllu" "$work/pud-$lang" <<'PY'
import sys
docs, cur, last = [], [], None
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("# sent_id = "):
        doc = line.split("=", 1)[1].strip()[:6]
    elif line.startswith("# text = "):
        if doc != last and cur:
            docs.append(cur)
            cur = []
        last = doc
        cur.append(line.split("=", 1)[1].strip())
if cur:
    docs.append(cur)
with open(sys.argv[2] + ".txt", "w", encoding="utf-8") as t, \
        open(sys.argv[2] + ".gold", "w", encoding="utf-8") as g:
    t.write("\n\n".join(" ".join(d) for d in docs) + "\n")
    g.write("\n".join(s for d in docs for s in d) + "\n")
print(len(docs), file=open(sys.argv[2] + ".n", "w"))
PY
	peer=-
	[ -n "$icu" ] && peer=$(f1 "$work/pud-$lang.txt" "$work/pud-$lang.gold" \
	    "$icu $work/icu-split.py $lang")
	printf '%-12s %10s %16s %8s\n' "$lang" "$(cat "$work/pud-$lang.n")" \
	    "$(f1 "$work/pud-$lang.txt" "$work/pud-$lang.gold" "$split -l $lang")" \
	    "$peer"
done
