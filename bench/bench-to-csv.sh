#!/bin/sh
# bench-to-csv.sh BIN: to-csv's speed and memory on a tagged stream, beside
# miller (mlr --itsv --ocsv cat) on the same content as TSV.
#
# The stream is built from the NER evaluation slices in ../shared: real
# sentences with their gold entity mentions tagged inline, in documents
# of paragraphs, repeated to SIZE_MB (default 200) megabytes.  Target:
# >= 300 MB/s of input stream on one core, flat memory.
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
# ../shared beside the repository; SHARED=dir overrides (worktrees)
shared=${SHARED:-$top/../shared}/data/ner
size_mb=${SIZE_MB:-200}
if [ ! -d "$shared" ]; then
	echo "bench-to-csv: $shared is missing; skipped"
	exit 0
fi
scratch=${TMPDIR:-/tmp}/bench-to-csv.$$
mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT INT TERM

# the stream, and the same cells as TSV for miller
python3 - "$shared" "$scratch" "$size_mb" <<'PY'
import os, re, sys
shared, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = []
for name in ("eval-uner_pud_all", "eval-wikigold", "eval-uner_ewt_test"):
    text = open(os.path.join(shared, name + ".txt"), encoding="utf-8").read()
    sents = text.split("\n")
    gold = {}
    for g in open(os.path.join(shared, name + ".gold.tsv"), encoding="utf-8"):
        n, t, m = g.rstrip("\n").split("\t", 2)
        gold.setdefault(int(n), []).append((t, m))
    for i, s in enumerate(sents, 1):
        s = " ".join(s.split())
        if not s:
            continue
        # the stream's escape rule, then the gold mentions tagged in order
        s = re.sub(r"&(?=lt;|amp;)", "&amp;", s)
        s = re.sub(r"<(?=/?(doc[ >]|[A-Z]+>))", "&lt;", s)
        tagged, pos = "", 0
        ments = {}
        for t, m in gold.get(i, []):
            k = s.find(m, pos)
            if k < 0:
                continue
            tagged += s[pos:k] + "<%s>%s</%s>" % (t, m, t)
            pos = k + len(m)
        tagged += s[pos:]
        lines.append(tagged)
TYPES = ["PERSON", "ORGANIZATION", "LOCATION", "DATE", "TIME", "MONEY",
         "PERCENT"]
tag = re.compile(r"<(%s)>(.*?)</\1>" % "|".join(TYPES))
unesc = lambda s: re.sub(r"&(lt|amp);",
                         lambda m: "<" if m[1] == "lt" else "&", s)
limit = size_mb * 1000 * 1000
with open(os.path.join(out, "in.stream"), "w", encoding="utf-8") as f, \
        open(os.path.join(out, "in.tsv"), "w", encoding="utf-8") as t:
    t.write("\t".join(["id", "title", "date", "paragraph", "sentence",
                       "text"] + TYPES) + "\n")
    size, d, k = 0, 0, 0
    while size < limit:
        d += 1
        doc_id, title, date = "doc-%d" % d, "Article number %d" % d, \
            "2015-09-%02dT07:40" % (d % 28 + 1)
        head = '<doc id="%s" url="http://example.com/%d" title="%s" ' \
               'date="%s">\n' % (doc_id, d, title, date)
        body = []
        para, sent = 1, 0
        for j in range(25):
            if j and j % 5 == 0:
                body.append("")
                para += 1
            line = lines[k % len(lines)]
            k += 1
            sent += 1
            body.append(line)
            ments = {ty: [] for ty in TYPES}
            for m in tag.finditer(line):
                e = unesc(m[2])
                if e not in ments[m[1]]:
                    ments[m[1]].append(e)
            t.write("\t".join([doc_id, title, date, str(para), str(sent),
                               unesc(tag.sub(r"\2", line))] +
                              ["; ".join(ments[ty]) for ty in TYPES])
                    + "\n")
        chunk = head + "\n".join(body) + "\n</doc>\n"
        f.write(chunk)
        size += len(chunk.encode("utf-8"))
PY

in=$scratch/in.stream
tsv=$scratch/in.tsv
in_mb=$(wc -c <"$in" | awk '{ printf "%.1f", $1 / 1e6 }')
tsv_mb=$(wc -c <"$tsv" | awk '{ printf "%.1f", $1 / 1e6 }')

# best of 3 wall-clock seconds (one core: the tools are single-threaded)
best() {
	b=
	for i in 1 2 3; do
		s=$(date +%s.%N)
		"$@" >/dev/null
		e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc -l 2>/dev/null || awk "BEGIN{print $e - $s}")
		b=$(awk -v a="${b:-1e9}" -v t="$t" 'BEGIN{print (t < a) ? t : a}')
	done
	echo "$b"
}
rss() {
	/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1
}

t_ours=$(best "$bin/to-csv" "$in")
rss_ours=$(rss "$bin/to-csv" "$in")
head -c 20000000 "$in" | sed '$d' >"$scratch/small.stream"
rss_small=$(rss "$bin/to-csv" "$scratch/small.stream")
t_doc=$(best "$bin/to-csv" -r document "$in")
t_ent=$(best "$bin/to-csv" -r entity "$in")

printf '%-34s %9s %10s %9s\n' "tool (input)" "seconds" "MB/s" "RSS KB"
printf '%-34s %9.2f %10.0f %9s\n' "to-csv ($in_mb MB stream)" "$t_ours" \
    "$(awk "BEGIN{print $in_mb / $t_ours}")" "$rss_ours"
printf '%-34s %9s %10s %9s\n' "to-csv (20 MB stream)" - - "$rss_small"
printf '%-34s %9.2f %10.0f %9s\n' "to-csv -r document" "$t_doc" \
    "$(awk "BEGIN{print $in_mb / $t_doc}")" -
printf '%-34s %9.2f %10.0f %9s\n' "to-csv -r entity" "$t_ent" \
    "$(awk "BEGIN{print $in_mb / $t_ent}")" -
if command -v mlr >/dev/null 2>&1; then
	t_mlr=$(best mlr --itsv --ocsv cat "$tsv")
	rss_mlr=$(rss mlr --itsv --ocsv cat "$tsv")
	printf '%-34s %9.2f %10.0f %9s\n' "mlr --itsv --ocsv cat ($tsv_mb MB)" \
	    "$t_mlr" "$(awk "BEGIN{print $tsv_mb / $t_mlr}")" "$rss_mlr"
	awk -v a="$t_mlr" -v b="$t_ours" 'BEGIN {
	    printf "ratio: to-csv is %.1fx faster than mlr on the same content\n",
	    a / b }'
else
	echo "mlr not installed (scripts/install-deps bench): no peer figure"
fi
awk -v s="$in_mb" -v t="$t_ours" 'BEGIN {
    r = s / t; printf "target >= 300 MB/s: %s (%.0f MB/s)\n",
    (r >= 300 ? "met" : "NOT met"), r }'
