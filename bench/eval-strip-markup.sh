#!/bin/sh
# eval-strip-markup.sh BIN: accuracy of strip-markup against gold data in
# ../shared (optional: skipped politely without it).
#  1. AEB (181 news pages): the AEB F1/precision/recall/accuracy of plain
#     mode and of --article, by ../shared/eval/score-extraction, and of
#     --article per language.
#  2. Article text on the 130 Mozilla Readability test pages: --article
#     against the text of each expected.html, with the AEB metric (4-gram
#     shingles), over all pages, over the tuning half and the held-out
#     half, and per language.  The halves: the page folders in byte order,
#     the 1st, 3rd, 5th ... tune (rules may be changed while looking at
#     them), the 2nd, 4th ... are held out (looked at only as a figure).
#  3. Metadata: title, author and date against the expected-metadata.json
#     of the same pages (match rates).
# A page's language is the one it declares (<html lang>, meta), as
# strip-markup writes it in lang=, cut to its primary subtag; "-" when
# the page declares none.  "empty" counts pages with no word written.
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
score=$shared/eval/score-extraction
mkdir -p "$work/pages" "$work/plain" "$work/article" "$work/lang"
aeb=$shared/data/html/aeb
for f in "$aeb"/html/*.html.gz; do
	p=$work/pages/$(basename "$f" .gz)
	[ -s "$p" ] || gzip -dc "$f" >"$p"
done

# report GOLD.json DIR LANGS.tsv TITLE [SPLIT]: the AEB metric over all
# pages, then per language (and per half when SPLIT is given)
report() {
	python3 - "$score" "$@" <<'PY'
import json, os, subprocess, sys, tempfile
score, gold, pred, langs, title = sys.argv[1:6]
split = len(sys.argv) > 6
g = json.load(open(gold))
lang = {}
for line in open(langs):
    k, _, v = line.rstrip("\n").partition("\t")
    lang[k] = v or "-"
def run(keys):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as t:
        json.dump({k: g[k] for k in keys}, t)
    out = subprocess.run([score, "aeb", t.name, pred], capture_output=True,
                         text=True).stdout
    os.unlink(t.name)
    return json.loads(out.strip().splitlines()[-1])
def line(name, keys):
    r = run(keys)
    print("  %-24s %4d  %.3f  %.3f  %.3f  %.3f  %d" % (name, r["n"], r["f1"],
          r["precision"], r["recall"], r["accuracy"], r["empty"]))
keys = sorted(g)
print("%-26s pages f1     prec   recall exact  empty" % title)
line("all", keys)
if split:
    line("tuning half", keys[0::2])
    line("held-out half", keys[1::2])
by = {}
for k in keys:
    by.setdefault(lang.get(k, "-"), []).append(k)
for l in sorted(by, key=lambda l: (-len(by[l]), l)):
    if split:
        tune = [k for k in by[l] if keys.index(k) % 2 == 0]
        held = [k for k in by[l] if keys.index(k) % 2 == 1]
        r = run(by[l])
        rt = "%.3f" % run(tune)["f1"] if tune else "-"
        rh = "%.3f" % run(held)["f1"] if held else "-"
        print("  lang %-19s %4d  %.3f  %.3f  %.3f  %.3f  %d   (tune %s n=%d, held out %s n=%d)" % (
            l, r["n"], r["f1"], r["precision"], r["recall"], r["accuracy"],
            r["empty"], rt, len(tune), rh, len(held)))
    else:
        line("lang " + l, by[l])
PY
}

# the declared language of a page, from strip-markup's <doc> line
lang_of() {
	"$bin/strip-markup" "$1" 2>/dev/null | head -1 |
	    sed -n 's/.* lang="\([A-Za-z]*\).*/\1/p' | tr 'A-Z' 'a-z'
}

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
	"$score" aeb "$aeb/ground-truth.json" "$work/$mode" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read().strip().splitlines()[-1])
print("  %-22s %.3f  %.3f  %.3f  %.3f" % (sys.argv[1], r["f1"],
    r["precision"], r["recall"], r["accuracy"]))' "strip-markup $opt"
done
: >"$work/aeb-lang.tsv"
for p in "$work"/pages/*.html; do
	printf '%s\t%s\n' "$(basename "$p" .html)" "$(lang_of "$p")" \
	    >>"$work/aeb-lang.tsv"
done
report "$aeb/ground-truth.json" "$work/article" "$work/aeb-lang.tsv" \
    "AEB --article"

rt=$shared/data/html/readability-test-pages/test/test-pages
[ -d "$rt" ] || { echo "no readability test pages: metadata skipped"; exit 0; }
mkdir -p "$work/rt"
rm -f "$work/rt"/*.txt
: >"$work/rt-lang.tsv"
for d in "$rt"/*/; do
	n=$(basename "$d")
	"$bin/strip-markup" "$d/source.html" 2>/dev/null | head -1 >"$work/meta-$n"
	"$bin/strip-markup" --no-doc --article "$d/source.html" \
	    >"$work/rt/$n.txt" 2>/dev/null
	printf '%s\t%s\n' "$n" "$(sed -n 's/.* lang="\([A-Za-z]*\).*/\1/p' \
	    "$work/meta-$n" | tr 'A-Z' 'a-z')" >>"$work/rt-lang.tsv"
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
report "$work/rt-gold.json" "$work/rt" "$work/rt-lang.tsv" \
    "Readability --article" split
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
wrong_author = 0
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
    elif got.get("author"):
        wrong_author += 1
    if want.get("publishedTime"):
        stats["date"][1] += 1
        stats["date"][0] += (got.get("date") or "")[:10] == want["publishedTime"][:10]
print("Readability test pages: metadata exact match")
for k, (ok, n) in stats.items():
    print("  %-7s %3d/%-3d  %.2f" % (k, ok, n, ok / n if n else 0))
print("  author given where the page has no byline: %d" % wrong_author)
PY
