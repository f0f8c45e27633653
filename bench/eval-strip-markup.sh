#!/bin/sh
# eval-strip-markup.sh BIN: accuracy of strip-markup against gold data in
# ../shared (optional: skipped politely without it).
#  1. AEB (181 news pages): the AEB F1/precision/recall/accuracy of plain
#     mode and of --article, by ../shared/eval/score-extraction.
#  2. Article text on the 130 Mozilla Readability test pages: --article
#     against the text of each expected.html, with the AEB metric (4-gram
#     shingles; a second set of sites, to check that AEB is not overfit).
#  3. Metadata: title, author and date against the expected-metadata.json
#     of the same pages (match rates).
#   SHARED   the shared data folder (default: ../shared beside the repo)
set -u
bin=$(cd "$1" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}
if [ ! -d "$shared/data/html/aeb" ] || ! command -v python3 >/dev/null; then
	echo "eval-strip-markup: $shared/data/html or python3 missing: skipped"
	exit 0
fi
work=${TMPDIR:-/tmp}/copydesk-eval-strip-markup
mkdir -p "$work/pages" "$work/plain" "$work/article"
aeb=$shared/data/html/aeb
for f in "$aeb"/html/*.html.gz; do
	p=$work/pages/$(basename "$f" .gz)
	[ -s "$p" ] || gzip -dc "$f" >"$p"
done

echo "AEB ($(ls "$work"/pages | wc -l) pages)   f1     prec   recall accuracy"
for mode in plain article; do
	opt=
	[ $mode = article ] && opt=--article
	rm -f "$work/$mode"/*.txt
	for p in "$work"/pages/*.html; do
		id=$(basename "$p" .html)
		"$bin/strip-markup" --no-doc $opt "$p" >"$work/$mode/$id.txt" \
		    2>>"$work/$mode.err"
	done
	"$shared/eval/score-extraction" aeb "$aeb/ground-truth.json" \
	    "$work/$mode" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read().strip().splitlines()[-1])
print("  %-22s %.3f  %.3f  %.3f  %.3f" % (sys.argv[1], r["f1"],
    r["precision"], r["recall"], r["accuracy"]))' "strip-markup $opt"
done

rt=$shared/data/html/readability-test-pages/test/test-pages
[ -d "$rt" ] || { echo "no readability test pages: metadata skipped"; exit 0; }
mkdir -p "$work/rt"
rm -f "$work/rt"/*.txt
for d in "$rt"/*/; do
	n=$(basename "$d")
	"$bin/strip-markup" "$d/source.html" 2>/dev/null | head -1 >"$work/meta-$n"
	"$bin/strip-markup" --no-doc --article "$d/source.html" \
	    >"$work/rt/$n.txt" 2>/dev/null
done
# the gold: the text of expected.html (tags are word breaks), as AEB json
python3 - "$rt" "$work/rt-gold.json" <<'PY'
import json, os, sys
from html.parser import HTMLParser
class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        self.out.append(" ")
        self.skip += tag in ("script", "style")
    def handle_endtag(self, tag):
        self.out.append(" ")
        self.skip -= tag in ("script", "style") and self.skip > 0
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)
rt, dst = sys.argv[1], sys.argv[2]
gold = {}
for n in sorted(os.listdir(rt)):
    f = os.path.join(rt, n, "expected.html")
    if os.path.exists(f):
        p = Text()
        p.feed(open(f, encoding="utf-8", errors="replace").read())
        gold[n] = {"articleBody": "".join(p.out)}
json.dump(gold, open(dst, "w"))
PY
"$shared/eval/score-extraction" aeb "$work/rt-gold.json" "$work/rt" |
    python3 -c '
import json, sys
r = json.loads(sys.stdin.read().strip().splitlines()[-1])
print("Readability test pages (%d)   f1     prec   recall accuracy" % r["n"])
print("  %-22s %.3f  %.3f  %.3f  %.3f" % ("strip-markup --article",
    r["f1"], r["precision"], r["recall"], r["accuracy"]))'
python3 - "$rt" "$work" <<'PY'
import html, json, os, re, sys, unicodedata
rt, work = sys.argv[1], sys.argv[2]
def norm(s):
    s = unicodedata.normalize("NFC", html.unescape(s or ""))
    return re.sub(r"\s+", " ", s).strip().casefold()
def byline(s):
    s = norm(s)
    s = re.sub(r"^(by|written by|von|par|por)\s+", "", s)
    return s
stats = {"title": [0, 0], "author": [0, 0], "date": [0, 0]}
for n in sorted(os.listdir(rt)):
    f = os.path.join(rt, n, "expected-metadata.json")
    if not os.path.exists(f):
        continue
    want = json.load(open(f))
    line = open(os.path.join(work, "meta-" + n)).read()
    got = dict((k, html.unescape(v)) for k, v in re.findall(r'(\w+)="([^"]*)"', line))
    if want.get("title"):
        stats["title"][1] += 1
        stats["title"][0] += norm(got.get("title")) == norm(want["title"])
    if want.get("byline"):
        stats["author"][1] += 1
        stats["author"][0] += byline(got.get("author")) == byline(want["byline"])
    if want.get("publishedTime"):
        stats["date"][1] += 1
        stats["date"][0] += (got.get("date") or "")[:10] == want["publishedTime"][:10]
print("Readability test pages: metadata exact match")
for k, (ok, n) in stats.items():
    print("  %-7s %3d/%-3d  %.2f" % (k, ok, n, ok / n if n else 0))
PY
