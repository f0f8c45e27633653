#!/bin/sh
# bench-tag-entities.sh BIN: speed, model load time and peak RSS of
# tag-entities on sentence-per-line news text, beside npm compromise 14
# (installed in a scratch folder, never a dependency).  Times are CPU
# seconds (user + system) of one process, so other load on the machine
# counts less; the load time in wall seconds is shown too.
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
# ../shared beside the repo; COPYDESK_SHARED for a checkout elsewhere
shared=${COPYDESK_SHARED:-$top/../shared}
work=${TMPDIR:-/tmp}/copydesk-bench-tag-entities
mkdir -p "$work"

# hostile lines: one line of 1, 2 and 4 MB that repeats a sentence of
# names, and one that repeats a capitalised word (one long name).  The
# time must double with the size, not quadruple (it did: the document's
# memory compared every word with every name, 18.9 s for 2 MB)
if [ -x /usr/bin/time ]; then
	printf '%-44s %6s %8s %8s\n' 'hostile line (one line of)' MB 'cpu s' 'RSS MB'
	for unit in 'Mr. Smith met Smith in London on Monday ' 'Xqz '; do
		for size in 1 2 4; do
			awk -v u="$unit" -v n="$((size * 1000000))" 'BEGIN {
				s = u
				while (length(s) < n)
					s = s s
				print substr(s, 1, n)
			}' > "$work/hostile.txt"
			/usr/bin/time -f '%U %S %M' -o "$work/time" \
			    "$bin/tag-entities" "$work/hostile.txt" > /dev/null
			awk -v u="\"$unit\"" -v mb="$size" '{
				printf "%-44s %6d %8.2f %8.1f\n", u, mb, $1 + $2, $3 / 1024
			}' "$work/time"
		done
	done
	rm -f "$work/hostile.txt"
fi

aeb=$shared/data/html/aeb/ground-truth.json
if [ ! -r "$aeb" ]; then
	echo "bench-tag-entities: $aeb not found: skipped"
	exit 0
fi
for tool in python3 /usr/bin/time; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "bench-tag-entities: $tool missing (scripts/install-deps bench): skipped"
		exit 0
	}
done
news=$work/news.txt
small=$work/news-small.txt
empty=$work/empty.txt
: > "$empty"

# the 181 AEB article bodies, one sentence per line (a plain split at
# ". " before a capital), repeated to 20 MB
if [ ! -s "$news" ]; then
	python3 - "$aeb" "$work/once.txt" <<'PY'
import json, re, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for k in sorted(d):
        for para in d[k]["articleBody"].split("\n"):
            para = " ".join(para.split())
            for s in re.split(r"(?<=[.!?]) (?=[A-Z“\"])", para):
                if s:
                    out.write(s + "\n")
PY
	: > "$news.tmp"
	while [ "$(wc -c < "$news.tmp")" -lt 20000000 ]; do
		cat "$work/once.txt" >> "$news.tmp"
	done
	mv "$news.tmp" "$news"
	head -c 300000 "$news" | sed '$d' > "$small"
fi

# cpu seconds, wall seconds and peak RSS of a command
measure() {
	/usr/bin/time -f '%U %S %e %M' -o "$work/time" "$@" > /dev/null
	awk '{ printf "%.3f %.3f %d\n", $1 + $2, $3, $4 }' "$work/time"
}

mb() {
	awk -v n="$(wc -c < "$1")" 'BEGIN { printf "%.2f", n / 1e6 }'
}

# ours: throughput on 20 MB as the best of 3 runs (other tenants of a
# shared machine only ever slow a run down), load time as the best of 10
# runs on no input
ours_cpu=999 ours_wall=999 ours_rss=0
for i in 1 2 3; do
	set -- $(measure "$bin/tag-entities" "$news")
	if awk -v a="$1" -v b="$ours_cpu" 'BEGIN { exit !(a < b) }'; then
		ours_cpu=$1 ours_wall=$2
	fi
	[ "$3" -gt "$ours_rss" ] && ours_rss=$3
done
load_cpu=9 load_wall=9
i=0
while [ $i -lt 10 ]; do
	set -- $(measure "$bin/tag-entities" "$empty")
	load_cpu=$(awk -v a="$load_cpu" -v b="$1" 'BEGIN { print (b < a) ? b : a }')
	load_wall=$(awk -v a="$load_wall" -v b="$2" 'BEGIN { print (b < a) ? b : a }')
	i=$((i + 1))
done
ours_mbs=$(awk -v m="$(mb "$news")" -v t="$ours_cpu" 'BEGIN { printf "%.1f", m / (t > 0 ? t : 0.001) }')

# compromise 14 from npm in the scratch folder
peer=
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
	if [ ! -d "$work/npm/node_modules/compromise" ]; then
		mkdir -p "$work/npm"
		(cd "$work/npm" && npm install --silent --no-audit --no-fund \
		    compromise@14 >/dev/null 2>&1) || true
	fi
	if [ -d "$work/npm/node_modules/compromise" ]; then
		cat > "$work/npm/run.js" <<'JS'
const nlp = require('compromise');
const fs = require('fs');
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n');
let out = [];
for (const l of lines) {
  if (!l) continue;
  const d = nlp(l);
  out.push(d.people().out('array').join('|'), d.places().out('array').join('|'),
    d.organizations().out('array').join('|'));
}
process.stdout.write(out.join('\n'));
JS
		set -- $(measure node "$work/npm/run.js" "$small")
		peer_cpu=$1 peer_wall=$2 peer_rss=$3
		set -- $(measure node "$work/npm/run.js" "$empty")
		peer_load=$1
		peer_mbs=$(awk -v m="$(mb "$small")" -v t="$peer_cpu" 'BEGIN { printf "%.3f", m / (t > 0 ? t : 0.001) }')
		peer=1
	fi
fi

printf '%-22s %10s %12s %12s %10s\n' tagger 'MB/s' 'load cpu s' 'load wall s' 'RSS MB'
printf '%-22s %10s %12s %12s %10s\n' "tag-entities ($(mb "$news") MB)" "$ours_mbs" "$load_cpu" "$load_wall" \
    "$(awk -v k="$ours_rss" 'BEGIN { printf "%.1f", k / 1024 }')"
if [ -n "$peer" ]; then
	printf '%-22s %10s %12s %12s %10s\n' "compromise ($(mb "$small") MB)" "$peer_mbs" "$peer_load" "-" \
	    "$(awk -v k="$peer_rss" 'BEGIN { printf "%.1f", k / 1024 }')"
	printf 'ratio (ours / compromise, MB/s): %s\n' \
	    "$(awk -v a="$ours_mbs" -v b="$peer_mbs" 'BEGIN { printf "%.0f", a / (b > 0 ? b : 0.001) }')"
else
	echo "compromise: node/npm or the npm registry not available: not measured"
fi
echo "targets: >= 20 MB/s, load <= 0.050 s, RSS <= 64 MB"
