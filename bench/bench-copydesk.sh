#!/bin/sh
# bench-copydesk.sh BIN: how the runner scales.  pipelines/news-to-csv over
# the 181 pages of the Article Extraction Benchmark (gunzipped once into
# ${TMPDIR:-/tmp}/copydesk-bench, and linked COPIES times, default 30, so
# that start-up costs, about a CPU second for GNU parallel and its jobs, do
# not hide the work: the chain runs at about 100 MB/s), best wall time of RUNS runs
# (default 3) of:
#   -j 1 on core N     the serial run on one core (taskset), on the first
#                      and on the last core: the faster is the baseline
#   -j 1               the serial run: the plain pipeline, whose four
#                      stages already overlap on two cores
#   -j 2               two jobs through GNU parallel
#   the writer alone   to-csv over the stream the jobs hand it (under -j
#                      the last stage runs once, in the runner, over the
#                      merged stream): its CPU time beside the -j 2 run's
#                      says what running it once costs
# Prints MB of HTML and documents per second, CPU seconds, the ratios, and
# checks that the outputs are byte-identical (SHARED: where shared/ is,
# default ../shared).  Target on 2 cores: -j 2 at
# >= 1.8 x the one-core serial rate.
set -eu
bin=$(cd "${1:?usage: bench-copydesk.sh BIN}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}
aeb=$shared/data/html/aeb/html
if [ ! -d "$aeb" ]; then
	echo "bench-copydesk: $aeb is missing: skipped"
	exit 0
fi
for f in strip-markup split-sentences tag-entities to-csv; do
	if [ ! -x "$bin/$f" ]; then
		echo "bench-copydesk: $bin/$f is missing: skipped"
		exit 0
	fi
done
command -v parallel >/dev/null 2>&1 || { echo "bench-copydesk: GNU parallel is missing: skipped"; exit 0; }
copies=${COPIES:-30}
runs=${RUNS:-3}
scratch=${TMPDIR:-/tmp}/copydesk-bench
mkdir -p "$scratch/aeb/c01"
n1=$(ls "$aeb"/*.html.gz | wc -l)
if [ "$(ls "$scratch/aeb/c01" | wc -l)" -ne "$n1" ]; then
	for f in "$aeb"/*.html.gz; do
		b=${f##*/}
		gzip -dc "$f" >"$scratch/aeb/c01/${b%.gz}"
	done
fi
# the dump: one folder holding the copies asked for (hard links), as a
# user would give it: copydesk news-to-csv dump/
dump=$scratch/dump$copies
if [ ! -d "$dump" ]; then
	mkdir -p "$dump.tmp"
	i=1
	while [ "$i" -le "$copies" ]; do
		c=$(printf 'c%02d' "$i")
		cp -rl "$scratch/aeb/c01" "$dump.tmp/$c" 2>/dev/null ||
		    cp -r "$scratch/aeb/c01" "$dump.tmp/$c"
		i=$((i + 1))
	done
	mv "$dump.tmp" "$dump"
fi
n=$((n1 * copies))
mb=$(cat "$scratch"/aeb/c01/*.html | wc -c | awk -v k="$copies" '{ printf "%.1f", k * $1 / 1e6 }')
export COPYDESK_BIN="$bin"
timer=
[ -x /usr/bin/time ] && timer=/usr/bin/time
# the serial run is pinned to the first and to the last core in turn: the
# cores of a virtual machine need not be equally fast (on the project's
# 2-core VM one core at times runs the same work 1.5 to 2.4x slower), and the
# faster one is the baseline, so that the ratio is not flattered
cores=
if command -v taskset >/dev/null 2>&1; then
	cores=0
	last=$(($(nproc) - 1))
	[ "$last" -gt 0 ] && cores="0 $last"
fi

# run NAME ARGS...: best wall time and its CPU time over $runs runs
run() {
	name=$1
	shift
	best='' cpu=''
	k=0
	while [ "$k" -lt "$runs" ]; do
		if [ -n "$timer" ]; then
			(cd "$scratch" && $timer -f '%e %U %S' -o "$scratch/time" "$@" \
			    -q news-to-csv "dump$copies" >"$scratch/out-$name.csv")
			t=$(awk '{ print $1 }' "$scratch/time")
			c=$(awk '{ print $2 + $3 }' "$scratch/time")
		else
			s=$(date +%s.%N)
			(cd "$scratch" && "$@" -q news-to-csv "dump$copies" >"$scratch/out-$name.csv")
			e=$(date +%s.%N)
			t=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f", e - s }')
			c=-
		fi
		if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then
			best=$t cpu=$c
		fi
		k=$((k + 1))
	done
	echo "$name $best $cpu"
}

rm -f "$scratch/results"
for c in $cores; do
	run "core$c" taskset -c "$c" "$bin/copydesk" -j 1 >>"$scratch/results"
done
run j1 "$bin/copydesk" -j 1 >>"$scratch/results"
run j2 "$bin/copydesk" -j 2 >>"$scratch/results"
# the writer's share: the stream before to-csv, then to-csv alone on it
printf 'strip-markup --article\nsplit-sentences\ntag-entities\n' >"$scratch/to-stream"
(cd "$scratch" && "$bin/copydesk" -q -j 2 ./to-stream "dump$copies" >"$scratch/stream.txt")
if [ -n "$timer" ]; then
	$timer -f '%e %U %S' -o "$scratch/time" "$bin/to-csv" <"$scratch/stream.txt" >/dev/null
	awk -v mb="$(wc -c <"$scratch/stream.txt")" '{ printf "writer %s %s %.1f\n", $1, $2 + $3, mb / 1e6 }' \
	    "$scratch/time" >"$scratch/writer"
fi
same=yes
for f in "$scratch"/out-*.csv; do
	cmp -s "$f" "$scratch/out-j1.csv" || same=NO
done

echo "copydesk news-to-csv over AEB x $copies: $n pages, $mb MB of HTML;"
echo "best of $runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
awk -v mb="$mb" -v n="$n" -v wfile="$scratch/writer" '
	{ name[NR] = $1; t[NR] = $2; c[NR] = $3
	  if ($1 ~ /^core/ && (one == "" || $2 < one)) one = $2
	  if ($1 ~ /^core/ && (slow == "" || $2 > slow)) slow = $2
	  if ($1 == "j1") j1 = $2 }
	END {
		printf "%-18s %8s %8s %8s %8s %9s %9s\n", "run", "seconds", "cpu-s", "MB/s", "docs/s", "vs -j 1", "vs 1 core"
		for (i = 1; i <= NR; i++) {
			label = name[i] ~ /^core/ ? "-j 1 on core " substr(name[i], 5) : name[i] == "j1" ? "-j 1" : "-j 2"
			printf "%-18s %8.2f %8s %8.2f %8.1f %8.2fx %8s\n", label, t[i], c[i], mb / t[i], n / t[i], j1 / t[i],
			    one ? sprintf("%.2fx", one / t[i]) : "-"
		}
		if ((getline w < wfile) > 0) {
			split(w, a, " ")
			for (i = 1; i <= NR; i++) if (name[i] == "j2") j2cpu = c[i]
			printf "the writer alone (to-csv on the %.1f MB stream): %.2f s, %.2f cpu-s = %.1f%% of the -j 2 run'"'"'s CPU\n", a[4], a[2], a[3], j2cpu ? 100 * a[3] / j2cpu : 0
		}
		if (one != "" && slow != one)
			printf "(vs 1 core = against the faster core; two jobs can reach at most %.2fx of it\n here: 1 + its time over the slower core%ss)\n", 1 + one / slow, "\047"
	}' "$scratch/results"
echo "outputs byte-identical: $same"
[ "$same" = yes ]
