#!/bin/sh
# bench-copydesk.sh BIN: the runner's scaling.  pipelines/news-to-csv over
# the 181 pages of the Article Extraction Benchmark with -j 1 and -j 2:
# rate (MB of HTML and documents per second, best of three runs) and the
# ratio.  The target on 2 cores is -j 2 >= 1.8 x -j 1.  Also checks that
# both outputs are byte-identical.  Scratch in ${TMPDIR:-/tmp}.
set -eu
bin=$(cd "${1:?usage: bench-copydesk.sh BIN}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
aeb=$top/../shared/data/html/aeb/html
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
scratch=${TMPDIR:-/tmp}/copydesk-bench
mkdir -p "$scratch/aeb"
n=$(ls "$aeb"/*.html.gz | wc -l)
if [ "$(ls "$scratch/aeb" | wc -l)" -ne "$n" ]; then
	for f in "$aeb"/*.html.gz; do
		b=${f##*/}
		gzip -dc "$f" >"$scratch/aeb/${b%.gz}"
	done
fi
mb=$(cat "$scratch"/aeb/*.html | wc -c | awk '{ printf "%.1f", $1 / 1e6 }')
export COPYDESK_BIN="$bin"
runs=${RUNS:-3}

# best wall time of $runs runs, in seconds
best() {
	b=
	i=0
	while [ "$i" -lt "$runs" ]; do
		s=$(date +%s.%N)
		(cd "$scratch" && "$top/scripts/copydesk" -q news-to-csv "$@" aeb/ >"$scratch/out$1$2.csv")
		e=$(date +%s.%N)
		b=$(awk -v s="$s" -v e="$e" -v b="$b" 'BEGIN { t = e - s; if (b == "" || t < b) b = t; printf "%.3f", b }')
		i=$((i + 1))
	done
	echo "$b"
}

t1=$(best -j 1)
t2=$(best -j 2)
cmp -s "$scratch/out-j1.csv" "$scratch/out-j2.csv" && same=yes || same=NO
echo "copydesk news-to-csv over AEB: $n pages, $mb MB of HTML, best of $runs, $(nproc) cores"
printf '%-6s %8s %8s %9s %7s\n' jobs seconds 'MB/s' 'docs/s' ratio
for j in 1 2; do
	eval "t=\$t$j"
	awk -v j="$j" -v t="$t" -v t1="$t1" -v mb="$mb" -v n="$n" \
	    'BEGIN { printf "-j %-3s %8.2f %8.2f %9.1f %6.2fx\n", j, t, mb / t, n / t, t1 / t }'
done
echo "output of -j 2 byte-identical to -j 1: $same"
[ "$same" = yes ]
