#!/bin/sh
# eval-lang.sh BIN: how often strip-markup's lang is right, per language
# (optional: skipped politely without ../shared).
#  1. Texts of known language (bench/lang-devset.py: the sentence-rule
#     cases of 20+ languages, GermEval dev, UNER Portuguese-Bosque dev, UNER
#     EWT test), each made a page three ways: nothing declared, the right
#     language declared, a wrong one declared (en, or de on English text,
#     as templates do).  The target: lang agrees with a right declaration
#     on >= 98% of documents of 200+ characters.
#  2. Real pages (Mozilla's Readability test pages, the AEB pages, the
#     Media Cloud date pages): lang against what the page declares, by
#     language, plain and --article; bench/lang-gold-fixes.tsv holds the
#     pages whose declaration was checked by hand and found wrong, with
#     their real language.  Pages under 200 characters of text are left
#     out.
#  3. How many documents (of all runs above) strip-markup's first stage
#     (function words, lang.h) decided and how many went to CLD2, and
#     where stage 1 decided, how often CLD2 would have said otherwise
#     (COPYDESK_LANG_TRACE; nothing to count with an older strip-markup).
#   SHARED   the shared data folder (default: ../shared beside the repo)
set -u
bin=$(cd "$1" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}
if [ ! -d "$shared/data/sentences" ] || ! command -v python3 >/dev/null; then
	echo "eval-lang: $shared/data or python3 missing: skipped"
	exit 0
fi
work=${TMPDIR:-/tmp}/copydesk-eval-lang
rm -rf "$work"
mkdir -p "$work/none" "$work/right" "$work/wrong" "$work/pages"

python3 "$top/bench/lang-devset.py" "$shared" >"$work/dev.tsv"
python3 - "$work" <<'PY'
import html, os, sys
work = sys.argv[1]
for line in open(os.path.join(work, "dev.tsv"), encoding="utf-8"):
    setname, ident, gold, text = line.rstrip("\n").split("\t")
    name = "%s__%s.html" % (setname, ident)
    body = "<p>%s</p>" % html.escape(text)
    wrong = "de" if gold == "en" else "en"
    for cond, decl in (("none", None), ("right", gold), ("wrong", wrong)):
        attr = ' lang="%s"' % decl if decl else ""
        with open(os.path.join(work, cond, name), "w", encoding="utf-8") as f:
            f.write("<!DOCTYPE html><html%s><body>%s</body></html>\n"
                    % (attr, body))
PY
for cond in none right wrong; do
	(cd "$work/$cond" && ls | COPYDESK_LANG_TRACE=1 \
	    xargs "$bin/strip-markup") >"$work/$cond.out" 2>"$work/$cond.trace"
done

# the pages: gunzipped where needed, one name each
rt=$shared/data/html/readability-test-pages/test/test-pages
for d in "$rt"/*/; do
	cp "$d/source.html" "$work/pages/rt__$(basename "$d").html"
done
for f in "$shared"/data/html/aeb/html/*.html.gz; do
	gzip -dc "$f" >"$work/pages/aeb__$(basename "$f" .html.gz | cut -c1-12).html"
done
for f in "$shared"/data/html/dates-mediacloud/pages/*.html; do
	cp "$f" "$work/pages/mc__$(basename "$f")"
done
for mode in plain article; do
	opt=
	[ $mode = article ] && opt=--article
	(cd "$work/pages" && ls | COPYDESK_LANG_TRACE=1 \
	    xargs "$bin/strip-markup" $opt) >"$work/pages-$mode.out" \
	    2>"$work/pages-$mode.trace"
done

python3 - "$work" "$top/bench/lang-gold-fixes.tsv" <<'PY'
import os, re, sys
from collections import defaultdict
work, fixes_path = sys.argv[1], sys.argv[2]

def docs(path):
    """{id: (lang, characters of text)} of a strip-markup output"""
    out, cur, n = {}, None, 0
    for line in open(path, encoding="utf-8", errors="replace"):
        if line.startswith("<doc "):
            ident = re.search(r' id="([^"]*)"', line).group(1)
            m = re.search(r' lang="([^"]*)"', line)
            cur, n = ident, 0
            out[cur] = [m.group(1) if m else "", 0]
        elif line.startswith("</doc>"):
            cur = None
        elif cur:
            out[cur][1] += len(line.strip())
    return out

def table(title, rows):
    """rows: (gold, got, chars); prints per-language agreement"""
    by = defaultdict(lambda: [0, 0, 0])
    for gold, got, chars in rows:
        b = by[gold]
        b[0] += 1
        b[1] += got == gold
        b[2] += got == ""
    n = sum(b[0] for b in by.values())
    ok = sum(b[1] for b in by.values())
    empty = sum(b[2] for b in by.values())
    print("%s: %d of %d right (%.1f%%), %d empty, %d wrong" % (title, ok,
        n, 100.0 * ok / max(n, 1), empty, n - ok - empty))
    print("   " + "  ".join("%s %d/%d" % (g, b[1], b[0])
        for g, b in sorted(by.items(), key=lambda kv: -kv[1][0])))

gold = {}
for line in open(os.path.join(work, "dev.tsv"), encoding="utf-8"):
    setname, ident, g, text = line.rstrip("\n").split("\t")
    gold["%s__%s.html" % (setname, ident)] = (setname, g)
print("texts of known language (%d; 'short': under 200 characters, "
      "outside the target)" % len(gold))
for cond in ("right", "none", "wrong"):
    got = docs(os.path.join(work, cond + ".out"))
    for part in ("200+", "short"):
        rows = [(g, got.get(k, ["?"])[0], 0) for k, (s, g) in gold.items()
                if (s == "short") == (part == "short")]
        table("  declared %-5s %-5s" % (cond, part), rows)

fixes = {}
if os.path.exists(fixes_path):
    for line in open(fixes_path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            page, real = line.split("\t")[:2]
            fixes[page] = real.strip()
declared = {}
decl_re = re.compile(rb'<html[^>]*?\s(?:xml:)?lang\s*=\s*["\']?([A-Za-z]{2,3})',
                     re.I)
for page in os.listdir(os.path.join(work, "pages")):
    head = open(os.path.join(work, "pages", page), "rb").read(200000)
    # IE's conditional comments hold <html> tags no parser sees
    head = re.sub(rb"<!--.*?-->", b"", head, flags=re.S)
    m = decl_re.search(head)
    declared[page] = m.group(1).decode().lower() if m else ""
print("real pages against their declaration (%d fixed by hand in %s)"
      % (len(fixes), os.path.basename(fixes_path)))
for mode in ("plain", "article"):
    got = docs(os.path.join(work, "pages-%s.out" % mode))
    rows, undeclared, misses = [], defaultdict(int), []
    for page, decl in sorted(declared.items()):
        lang, chars = got.get(page, ["", 0])
        if chars < 200:
            continue
        g = fixes.get(page, decl)
        if not g:
            undeclared[lang or "(none)"] += 1
            continue
        rows.append((g, lang, chars))
        if lang != g:
            misses.append("%s:%s>%s" % (page, g, lang or "-"))
    table("  %-7s 200+" % mode, rows)
    print("   nothing declared, found: " + "  ".join("%s %d" % kv for kv in
          sorted(undeclared.items(), key=lambda kv: -kv[1])))
    if misses:
        print("   disagreeing: " + " ".join(misses))
PY

# the trace lines apart from the real messages
grep -hv '^lang-trace' "$work"/*.trace >>"$work/err"
cat "$work"/*.trace | awk -F'\t' '
	$1 != "lang-trace" { next }
	{ n[$2]++ }
	$2 == "words" && $4 ~ /\?$/ { unsure++ }
	$2 == "words" && $4 !~ /\?$/ && $3 != $4 { differ++ }
	END {
		if (!n["words"] && !n["cld2"]) {
			print "detection stages: no trace (strip-markup without stage 1)"
			exit
		}
		printf "detection stages (all runs above): %d documents decided by " \
		    "function words, %d went to CLD2; where the words decided, " \
		    "CLD2 says otherwise on %d and is not sure on %d\n",
		    n["words"], n["cld2"], differ, unsure
	}'
