#!/bin/sh
# eval-dates.sh BIN: publication dates against the 200 Media Cloud pages
# of ../shared (htmldate's evaluation; scored by ../shared/eval/
# score-dates, a day the unit).  The pages sorted by file name are split
# in two halves, even and odd positions: the rules were tuned on the first
# ("tune") only; the second ("check") tells whether they hold.  Skipped
# politely without ../shared.  With -v after BIN, the tune half's wrong and
# missing pages are listed on stderr (never the check half's: it is the
# held-out figure, and reading its pages would make it a tuning set).
#
# DATES_EVAL names the rest of htmldate's evaluation, 800 pages of many
# sites (mostly German): htmldate's tests/ folder (git clone
# https://github.com/adbar/htmldate), or a copy of its eval_default.json,
# eval/ and cache/.  These pages are third-party web pages, so they are not
# in this repository.  Any of them that is also a Media Cloud page (by URL
# or file name) is left out, so that the two sets stay apart.  The rest is
# split the same way, by distinct file name (two entries of one page fall
# in one half), scored with the same scorer, and the Media Cloud and
# htmldate totals are added up to the 1,000 pages htmldate publishes its
# own figures on.
set -u
bin=$(cd "$1" && pwd)
verbose=
[ "${2:-}" = -v ] && verbose=-v
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}
pages=$shared/data/html/dates-mediacloud
dates_eval=${DATES_EVAL:-}
if [ ! -d "$pages/pages" ] || ! command -v python3 >/dev/null; then
	echo "eval-dates: $pages or python3 missing: skipped"
	exit 0
fi
if [ -n "$dates_eval" ] && { [ ! -f "$dates_eval/eval_default.json" ] ||
    [ ! -d "$dates_eval/eval" ]; }; then
	echo "eval-dates: DATES_EVAL=$dates_eval: no eval_default.json and eval/ (htmldate's tests/ folder)" >&2
	exit 1
fi
work=${TMPDIR:-/tmp}/copydesk-eval-dates
rm -rf "$work"
mkdir -p "$work"
python3 - "$pages/gold.json" "$work" "$dates_eval" <<'PY'
import json, os, sys
mc_gold, work, dates_eval = sys.argv[1:4]
gold = json.load(open(mc_gold, encoding="utf-8"))

def halves(prefix, gold):
    """even and odd positions of the distinct file names, sorted"""
    files = sorted({v["file"] for v in gold.values()})
    tune = set(files[0::2])
    for name, keep in (("tune", lambda f: f in tune),
                       ("check", lambda f: f not in tune)):
        with open("%s/%s%s.json" % (work, prefix, name), "w") as f:
            json.dump({u: v for u, v in gold.items() if keep(v["file"])}, f)

halves("", gold)
if dates_eval:
    # htmldate's gold is already {url: {"file", "date"}}, the scorer's
    # input; what changes is where the page is (eval/ or cache/), so the
    # pages are linked into one folder, and the Media Cloud pages go
    def norm(url):
        url = url.split("://", 1)[-1].lower().rstrip("/")
        return url[4:] if url.startswith("www.") else url
    mc_urls = {norm(u) for u in gold}
    mc_files = {v["file"] for v in gold.values()}
    own_mc = os.path.join(dates_eval, "eval_mediacloud_2020.json")
    if os.path.exists(own_mc):
        for u, v in json.load(open(own_mc, encoding="utf-8")).items():
            mc_urls.add(norm(u))
            mc_files.add(v["file"])
    rest = json.load(open(os.path.join(dates_eval, "eval_default.json"),
                          encoding="utf-8"))
    os.mkdir(os.path.join(work, "htmldate-pages"))
    kept, dropped, absent = {}, 0, 0
    for url, v in rest.items():
        if norm(url) in mc_urls or v["file"] in mc_files:
            dropped += 1
            continue
        for folder in ("eval", "cache"):
            path = os.path.join(os.path.abspath(dates_eval), folder, v["file"])
            if os.path.exists(path):
                break
        else:
            absent += 1
            continue
        link = os.path.join(work, "htmldate-pages", v["file"])
        if not os.path.lexists(link):
            os.symlink(path, link)
        kept[url] = {"file": v["file"], "date": v["date"]}
    halves("htmldate-", kept)
    with open(os.path.join(work, "htmldate-all.json"), "w") as f:
        json.dump(kept, f)
    print("htmldate's pages: %d entries, %d also Media Cloud pages left out, "
          "%d with no page file" % (len(rest), dropped, absent))
PY
[ $? = 0 ] || exit 1

# score GOLD PAGES LABEL [-v]: one line of figures; the counts kept in
# $work/LABEL.counts for the sums below
score() {
	"$shared/eval/score-dates" ${4:-} "$1" "$2" "$bin/strip-markup" \
	    >"$work/$3.counts" || exit 1
	python3 -c '
import json, sys
r = json.loads(open(sys.argv[1]).read())
print("  %-6s (%4d pages)               %.3f     %.3f  %.3f" % (sys.argv[2],
    r["n"], r["precision"], r["recall"], r["accuracy"]))' "$work/$3.counts" "${3#htmldate-}"
}

echo "publication dates, Media Cloud pages   precision recall accuracy"
score "$work/tune.json" "$pages/pages" tune $verbose
score "$work/check.json" "$pages/pages" check
score "$pages/gold.json" "$pages/pages" all
[ -n "$dates_eval" ] || exit 0

echo "publication dates, htmldate's pages    precision recall accuracy"
[ -n "$verbose" ] && echo "eval-dates: htmldate's tune half:" >&2
score "$work/htmldate-tune.json" "$work/htmldate-pages" htmldate-tune $verbose
score "$work/htmldate-check.json" "$work/htmldate-pages" htmldate-check
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def counts(name):
    return json.load(open("%s/%s.counts" % (work, name)))
def line(label, parts):
    tp = sum(counts(p)["tp"] for p in parts)
    fp = sum(counts(p)["fp"] for p in parts)
    fn = sum(counts(p)["fn"] for p in parts)
    n = tp + fp + fn
    print("  %-6s (%4d pages)               %.3f     %.3f  %.3f" % (
        label, n, tp / (tp + fp) if tp + fp else 0,
        tp / (tp + fn) if tp + fn else 0, tp / n if n else 0))
line("all", ["htmldate-tune", "htmldate-check"])
print("both sets, as htmldate publishes      precision recall accuracy")
line("all", ["all", "htmldate-tune", "htmldate-check"])
print("  published on the same 1,000 pages:")
# docs/evaluation.rst of htmldate 1.10.0, its 1,000 pages (200 Media Cloud
# and 800 more, the reviewed gold): the one published figure on these sets
for name, p, r, a in (("htmldate 1.10.0 extensive", .908, .993, .903),
                      ("htmldate 1.10.0 fast", .924, .927, .861),
                      ("newspaper4k 0.9.5", .912, .728, .680)):
    print("  %-34s %.3f     %.3f  %.3f" % (name, p, r, a))
PY
