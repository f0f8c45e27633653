#!/bin/sh
# eval-split-sentences.sh BIN: the accuracy of split-sentences on the gold
# data in ../shared: the 48 English Golden Rules (and PS42, PS52 of the
# extra ones), boundary F1 on UD English-EWT, and the round trip (only
# whitespace changes; a second run changes nothing) over all of EWT.
#
#   COPYDESK_SHARED   the shared data folder (default: ../shared)
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

rules=$("$shared/eval/score-golden-rules" "$split" | cut -f2)
grep -E '^(id|PS42|PS52)	' "$sent/golden_rules_en_extra.tsv" >"$work/extra.tsv"
extra=$("$shared/eval/score-golden-rules" --tsv "$work/extra.tsv" "$split" | cut -f2)
f1=$("$shared/eval/score-boundaries" "$sent/ewt.txt" "$sent/ewt.gold" "$split" |
    tr '\t' '\n' | sed -n 's/^F1=//p')

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

printf '%-44s %s\n' "measure" "split-sentences"
printf '%-44s %s\n' "English Golden Rules" "$rules"
printf '%-44s %s\n' "extra rules PS42, PS52" "$extra"
printf '%-44s %s\n' "EWT boundary F1 (inner boundaries)" "$f1"
printf '%-44s %s\n' "EWT round trip: only whitespace changes" "$roundtrip"
printf '%-44s %s\n' "EWT idempotence: a second run changes nothing" "$idem"
