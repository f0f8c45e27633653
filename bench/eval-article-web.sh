#!/bin/sh
# eval-article-web.sh BIN: strip-markup --article on trafilatura's
# evaluation set, pages of many sites and languages (blogs, shops, news,
# institutions).  The pages are third-party web pages, so they are not in
# this repository: clone https://github.com/adbar/trafilatura and point
# WEB_EVAL at its tests/ folder (evaldata.json and eval/*.html).  Skipped
# politely when WEB_EVAL is unset or holds no set.
#
# The scoring is trafilatura's comparison: each entry of evaldata.json
# names a page and snippets that must be in the extracted text ("with")
# and that must not ("without").  A "with" snippet found is a true
# positive, missing a false negative; a "without" snippet found is a
# false positive, absent a true negative.  Precision, recall and F1 over
# the totals.  The text is the page's paragraphs joined into one string
# with runs of white space made one space, as the snippets are written.
# Entries whose page file is absent from eval/ (the repository ships
# fewer pages than entries) are left out and counted.
#
# The entries, sorted by file name, are split in two halves, even and
# odd positions: rules are tuned looking at the first ("tune") only; the
# second ("check") tells whether they hold.  Per language: the `lang`
# strip-markup writes (declared or detected), cut to its primary subtag.
#   WEB_EVAL    trafilatura's tests/ folder
#   WEB_MISSES  if set, a file to write each page's missed and unwanted
#               snippets to (TSV: half, file, kind, snippet)
set -u
bin=$(cd "$1" && pwd)
set_dir=${WEB_EVAL:-}
if [ -z "$set_dir" ] || [ ! -f "$set_dir/evaldata.json" ] ||
    [ ! -d "$set_dir/eval" ]; then
	echo "eval-article-web: WEB_EVAL (trafilatura's tests/ folder, git clone https://github.com/adbar/trafilatura) not set or without evaldata.json: skipped"
	exit 0
fi
if ! command -v python3 >/dev/null; then
	echo "eval-article-web: python3 missing: skipped"
	exit 0
fi
python3 - "$bin/strip-markup" "$set_dir" "${WEB_MISSES:-}" <<'PY'
import json, os, re, subprocess, sys
prog, top, misses_to = sys.argv[1:4]
data = json.load(open(os.path.join(top, "evaldata.json"), encoding="utf-8"))
entries = sorted(data.values(), key=lambda e: e["file"])
present = [e for e in entries
           if os.path.exists(os.path.join(top, "eval", e["file"]))]
absent = len(entries) - len(present)

def squeeze(s):
    return " ".join(s.split())

def unescape(line):
    # the stream's one escape rule, undone left to right
    return re.sub(r"&(lt|amp);", lambda m: "<" if m.group(1) == "lt" else "&",
                  line)

def extract(path):
    """the --article text of a page as one string, and its language"""
    r = subprocess.run([prog, "--article", path], capture_output=True)
    lang, text = "-", []
    for line in r.stdout.decode("utf-8", "replace").split("\n"):
        if line.startswith("<doc "):
            m = re.search(r' lang="([A-Za-z]+)', line)
            if m and lang == "-":
                lang = m.group(1).lower()
        elif line != "</doc>":
            text.append(unescape(line))
    return squeeze(" ".join(text)), lang, r.returncode

counts = {}     # (half, lang) -> [tp, fn, fp, tn, pages]
failed = 0
out = open(misses_to, "w", encoding="utf-8") if misses_to else None
for i, e in enumerate(present):
    half = "tune" if i % 2 == 0 else "check"
    text, lang, rc = extract(os.path.join(top, "eval", e["file"]))
    failed += rc != 0
    c = [0, 0, 0, 0, 1]
    for s in e.get("with", []):
        hit = squeeze(s) in text
        c[0 if hit else 1] += 1
        if out and not hit:
            out.write("%s\t%s\tmissed\t%s\n" % (half, e["file"], s))
    for s in e.get("without", []):
        hit = squeeze(s) in text
        c[2 if hit else 3] += 1
        if out and hit:
            out.write("%s\t%s\tunwanted\t%s\n" % (half, e["file"], s))
    for key in ((half, None), ("all", None), ("all", lang)):
        t = counts.setdefault(key, [0, 0, 0, 0, 0])
        for k in range(5):
            t[k] += c[k]
if out:
    out.close()

def line(name, t):
    tp, fn, fp, tn, n = t
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    f = 2 * p * r / (p + r) if p + r else 0
    print("  %-12s %4d  %.3f  %.3f  %.3f  (%.4f)" % (name, n, p, r, f, f))

print("trafilatura's evaluation set, --article: %d entries, %d left out "
      "(page file absent)%s" % (len(entries), absent,
      ", %d runs failed" % failed if failed else ""))
print("  %-12s pages prec   recall f1" % "")
for half in ("tune", "check", "all"):
    line(half, counts[(half, None)])
langs = [k[1] for k in counts if k[0] == "all" and k[1]]
for l in sorted(langs, key=lambda l: (-counts[("all", l)][4], l)):
    if counts[("all", l)][4] >= 5:
        line("lang " + l, counts[("all", l)])
rest = [0] * 5
for l in langs:
    if counts[("all", l)][4] < 5:
        rest = [a + b for a, b in zip(rest, counts[("all", l)])]
if rest[4]:
    line("lang other", rest)
PY
