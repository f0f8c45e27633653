#!/bin/sh
# bench-split-sentences.sh BIN: the speed and memory of split-sentences
# beside ICU's BreakIterator (python3-icu) and npm's sbd, on the same
# English news text (the English articles of the Article Extraction
# Benchmark in ../shared, repeated).  Prints MB/s of CPU time (user +
# system, so one core), peak RSS, and our ratios; then our peak RSS on a
# 1 GB stream.  Not a test: numbers depend on the machine.
#
#   BENCH_MB=100    size of the text we and the peers split
#   BENCH_BIG_MB=1024  size of the stream for the memory check (0: skip)
#   COPYDESK_SHARED    the shared data folder (default: ../shared)
set -eu
bin=$(cd "${1:?usage: bench-split-sentences.sh BIN}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${COPYDESK_SHARED:-$top/../shared}
truth=$shared/data/html/aeb/ground-truth.json
mb=${BENCH_MB:-100}
bigmb=${BENCH_BIG_MB:-1024}
work=${TMPDIR:-/tmp}/copydesk-bench-split-sentences
if [ ! -r "$truth" ]; then
	echo "bench-split-sentences: $truth not found; skipped"
	exit 0
fi
if [ ! -x /usr/bin/time ]; then
	echo "bench-split-sentences: /usr/bin/time missing (scripts/install-deps bench); skipped"
	exit 0
fi
mkdir -p "$work"

# one paragraph per line, blank lines between: the stream before
# split-sentences.  Pages that are mostly not English are left out.
unit=$work/news-en.txt
if [ ! -s "$unit" ]; then
	python3 - "$truth" >"$unit.tmp" <<'PY'
import json, sys
for page in json.load(open(sys.argv[1], encoding='utf-8')).values():
    body = page['articleBody']
    if sum(ord(c) >= 0x80 for c in body) > 0.02 * max(1, len(body)):
        continue
    paras = [' '.join(p.split()) for p in body.split('\n') if p.strip()]
    sys.stdout.write('\n\n'.join(paras) + '\n\n')
PY
	mv "$unit.tmp" "$unit"
fi
text=$work/news-$mb.txt
if [ ! -s "$text" ]; then
	want=$((mb * 1024 * 1024))
	: >"$text.tmp"
	while [ "$(wc -c <"$text.tmp")" -lt "$want" ]; do
		cat "$unit" "$unit" "$unit" "$unit" >>"$text.tmp"
	done
	mv "$text.tmp" "$text"
fi
size=$(wc -c <"$text")

# the peers, reading paragraphs from stdin and writing one sentence a line
cat >"$work/icu-split.py" <<'PY'
import sys, icu
bi = icu.BreakIterator.createSentenceInstance(icu.Locale('en_US@ss=standard'))
out = sys.stdout
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip():
        out.write('\n')
        continue
    bi.setText(line)
    start = bi.first()
    for end in bi:
        s = line[start:end].strip()
        if s:
            out.write(s + '\n')
        start = end
PY
# Debian's python3-icu lives in the system python, which may not be the
# first python3 on PATH
have_icu=0
for py in /usr/bin/python3 python3; do
	if "$py" -c 'import icu' 2>/dev/null; then
		have_icu=1
		break
	fi
done
have_sbd=0
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
	if [ ! -d "$work/npm/node_modules/sbd" ]; then
		mkdir -p "$work/npm"
		(cd "$work/npm" && npm install --silent --no-audit --no-fund sbd >/dev/null 2>&1) || true
	fi
	[ -d "$work/npm/node_modules/sbd" ] && have_sbd=1
	cat >"$work/npm/sbd-split.js" <<'JS'
const sbd = require('sbd');
const rl = require('readline').createInterface({ input: process.stdin });
const out = [];
rl.on('line', (line) => {
	if (!line.trim()) { out.push(''); return; }
	for (const s of sbd.sentences(line)) out.push(s.trim());
	if (out.length > 4096) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
});
rl.on('close', () => { process.stdout.write(out.join('\n') + '\n'); });
JS
fi

# run NAME CMD...: one timed run; prints "name MB/s RSS(MB)"
measure() {
	name=$1
	shift
	/usr/bin/time -f '%U %S %M' -o "$work/time.$name" "$@" <"$text" >/dev/null
	awk -v name="$name" -v size="$size" '{ cpu = $1 + $2; if (cpu < 0.01) cpu = 0.01
		printf "%s %.1f %.1f\n", name, size / 1048576 / cpu, $3 / 1024 }' "$work/time.$name"
}

echo "split-sentences benchmark: $(awk -v s="$size" 'BEGIN { printf "%.0f", s / 1048576 }') MB of English news, CPU time of one process"
results=$work/results
: >"$results"
# the best of three runs for us (the machine is shared)
for i in 1 2 3; do measure split-sentences "$bin/split-sentences"; done |
    sort -k2 -rn | head -1 >>"$results"
if [ "$have_icu" = 1 ]; then
	measure icu "$py" "$work/icu-split.py" >>"$results"
else
	echo "icu - -" >>"$results"
	echo "(python3-icu missing: scripts/install-deps bench)"
fi
if [ "$have_sbd" = 1 ]; then
	measure sbd node "$work/npm/sbd-split.js" >>"$results"
else
	echo "sbd - -" >>"$results"
	echo "(npm sbd could not be installed)"
fi
awk 'NR == 1 { ours = $2 }
	{ rows[NR] = $0; name[NR] = $1; mbs[NR] = $2; rss[NR] = $3 }
	END {
		printf "%-16s %10s %12s %10s\n", "splitter", "MB/s", "peak RSS MB", "our ratio"
		for (i = 1; i <= NR; i++) {
			ratio = (mbs[i] == "-" || i == 1) ? "" : sprintf("%.1fx", ours / mbs[i])
			printf "%-16s %10s %12s %10s\n", name[i], mbs[i], rss[i], ratio
		}
	}' "$results"

if [ "$bigmb" -gt 0 ]; then
	# a 1 GB stream made on the fly: the memory must not grow with it
	n=$(( (bigmb * 1048576 + size - 1) / size ))
	i=0
	while [ "$i" -lt "$n" ]; do cat "$text"; i=$((i + 1)); done |
	    /usr/bin/time -f '%U %S %M' -o "$work/time.big" "$bin/split-sentences" >/dev/null
	awk -v mb="$((n * size / 1048576))" '{ printf "split-sentences on %d MB: %.1f MB/s, peak RSS %.1f MB\n", mb, mb / ($1 + $2), $3 / 1024 }' "$work/time.big"
fi
