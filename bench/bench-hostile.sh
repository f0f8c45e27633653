#!/bin/sh
# bench-hostile.sh BIN: time and memory on crafted inputs that once took
# quadratic time (issue 12), at 1, 2 and 4 MB.  Linear code doubles its
# time when the input doubles; the last column, time(4 MB) / time(1 MB),
# is about 4 for linear code and about 16 for quadratic code (with other
# SIZES, last / first over first / last squared).
#
#   open-tags      "<PERSON>x " repeated on one line (a search for the end
#                  of each open tag: 43 s at 1 MB in to-csv)
#   doc-attrs      one <doc> line of ~10-byte attributes (10^5 per MB;
#                  doc_set scanned all earlier ones: 11.9 s per filter)
#   names          "Mr. Smith met Smith in London on Monday " on one line
#                  (tag-entities' document memory: 18.9 s at 2 MB)
#   cr-lines       "a\r" repeated: CR alone ends a line
#   long-para      one HTML paragraph of words (cut at 1 MiB)
#   bad-utf8       "caf\xe9 " under <meta charset=utf-8> (repaired, counted)
#   script-trees   a page of no text whose state script holds a document
#                  tree of one-word paragraphs, one tree after another
#                  (strip-markup reads its script data: article.c)
#   script-deep    the same, "[" nested all the way
#   script-escapes the same, a body string of backslashes and quotes
#   long-lines     one document of 256 KB lines of "Word is here. ", as
#                  many as the size holds (tag-entities' window of lines
#                  kept a copy of each: 20 lines of 4.2 MB, 146 MB)
#
# A row is flagged QUADRATIC when the ratio is over twice the size ratio
# (8 for 1 to 4 MB) and the largest run took over half a second (below
# that the clock's noise decides); such a row, or a run over TIMEOUT
# seconds (default 120), makes the exit status 1.  A row whose input must
# run in flat memory (long-lines: a line at a time) is flagged GROWS when
# its peak RSS at the largest size is over that at the smallest by more
# than half the sizes' difference.
#   SIZES="1 2 4"  the sizes in MB (fractions allowed: "0.25 0.5 1")
#   INPUTS="..."   the inputs to run (default: all of the above)
set -u
bin=$(cd "${1:-build/bin}" && pwd)
sizes=${SIZES:-1 2 4}
limit=${TIMEOUT:-120}
scratch=${TMPDIR:-/tmp}/bench-hostile.$$
mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT INT TERM
for tool in python3 /usr/bin/time timeout; do
	if ! command -v "$tool" >/dev/null; then
		echo "bench-hostile: $tool is missing (scripts/install-deps bench)"
		exit 1
	fi
done

# make INPUT MB: the crafted input of MB megabytes, as $scratch/INPUT.MB
make_input() {
	python3 - "$1" "$2" "$scratch/$1.$2" <<'PY'
import sys
kind, mb, path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
size = int(mb * (1 << 20))

def fill(unit, head=b"", tail=b"\n"):
    n = (size - len(head) - len(tail)) // len(unit)
    return head + unit * n + tail

if kind == "open-tags":
    data = fill(b"<PERSON>x ")
elif kind == "doc-attrs":
    parts, total, i = [b"<doc"], 4, 0
    while total < size - 20:
        a = b' a%d="v"' % i
        parts.append(a)
        total += len(a)
        i += 1
    data = b"".join(parts) + b">\ntext\n</doc>\n"
elif kind == "names":
    data = fill(b"Mr. Smith met Smith in London on Monday ")
elif kind == "cr-lines":
    data = fill(b"a\r", tail=b"")
elif kind == "long-para":
    data = fill(b"word ", head=b"<p>", tail=b"</p>\n")
elif kind == "bad-utf8":
    data = fill(b"caf\xe9 ", head=b"<meta charset=utf-8><p>", tail=b"</p>\n")
elif kind == "script-trees":
    data = fill(b'{"body":{"type":"root","children":[{"type":"p","children":'
                b'[{"type":"text","data":"w "}]}]}},',
                head=b"<title>t</title><script>window.__STATE__=[",
                tail=b"]</script>\n")
elif kind == "script-deep":
    data = fill(b"[", head=b'<title>t</title><script type="application/json">',
                tail=b"</script>\n")
elif kind == "long-lines":
    line = b"Word is here. " * (262144 // 14) + b"\n"
    data = (b'<doc id="h">\n' + line * max(1, size // len(line)) +
            b"</doc>\n")
elif kind == "script-escapes":
    data = fill(b'\\\\\\"', head=b'<title>t</title><script>window.__STATE__='
                b'{"body":"', tail=b'"}</script>\n')
open(path, "wb").write(data)
PY
}

# run FILTER FILE: "seconds maxrss_kb", the best of three for short runs
run() {
	best= rss=
	for try in 1 2 3; do
		timeout "$limit" /usr/bin/time -f '%e %M' -o "$scratch/time" \
		    "$bin/$1" "$2" >/dev/null 2>"$scratch/err"
		st=$?
		if [ "$st" -eq 124 ]; then
			echo "timeout 0"
			return
		fi
		set -- "$1" "$2" $(tail -n 1 "$scratch/time")
		if [ -z "$best" ] || awk "BEGIN { exit !($3 < $best) }"; then
			best=$3
			rss=$4
		fi
		# a long run says enough once
		awk "BEGIN { exit !($3 >= 1) }" && break
		set -- "$1" "$2"
	done
	echo "$best $rss"
}

bad=0
printf '%-10s %-16s' input filter
for mb in $sizes; do
	printf ' %7s' "${mb}MB"
done
printf ' %7s %9s  %s\n' ratio "RSS(max)" verdict
for input in ${INPUTS:-open-tags doc-attrs names cr-lines long-para bad-utf8 \
    script-trees script-deep script-escapes long-lines}; do
	flat=0
	case $input in
	open-tags|doc-attrs|names)
		filters="split-sentences tag-entities to-csv" ;;
	cr-lines)
		filters="strip-markup split-sentences tag-entities to-csv" ;;
	long-para|bad-utf8|script-*)
		filters="strip-markup" ;;
	long-lines)
		filters="tag-entities" flat=1 ;;
	esac
	for mb in $sizes; do
		make_input "$input" "$mb"
	done
	for f in $filters; do
		[ -x "$bin/$f" ] || continue
		printf '%-10s %-16s' "$input" "$f"
		first= last= maxrss=0 timedout=0 firstrss= lastrss=
		for mb in $sizes; do
			set -- $(run "$f" "$scratch/$input.$mb")
			if [ "$1" = timeout ]; then
				printf ' %7s' ">${limit}s"
				timedout=1
				break
			fi
			printf ' %6.2fs' "$1"
			[ -n "$first" ] || first=$1 firstrss=$2
			last=$1 lastrss=$2
			[ "$2" -gt "$maxrss" ] && maxrss=$2
		done
		if [ "$timedout" -eq 1 ]; then
			printf ' %7s %9s  %s\n' - - TIMEOUT
			bad=$((bad + 1))
			continue
		fi
		ratio=$(awk "BEGIN { printf \"%.1f\", $last / ($first > 0.005 ? $first : 0.005) }")
		verdict=linear
		# the ratio linear code would give, doubled: quadratic is twice
		# that again
		span=$(echo "$sizes" | awk '{ print 2 * $NF / $1 }')
		if awk "BEGIN { exit !($ratio > $span && $last > 0.5) }"; then
			verdict=QUADRATIC
			bad=$((bad + 1))
		fi
		if [ "$flat" -eq 1 ] && awk "BEGIN { exit !($lastrss - $firstrss > ($(echo "$sizes" | awk '{ print $NF - $1 }')) * 512) }"; then
			verdict="$verdict, GROWS ($((firstrss / 1024)) -> $((lastrss / 1024)) MB)"
			bad=$((bad + 1))
		fi
		printf ' %7s %7sMB  %s\n' "$ratio" "$((maxrss / 1024))" "$verdict"
	done
	rm -f "$scratch/$input".*
done
if [ "$bad" -gt 0 ]; then
	echo "bench-hostile: $bad row(s) grew faster than linear, grew in memory, or timed out"
	exit 1
fi
