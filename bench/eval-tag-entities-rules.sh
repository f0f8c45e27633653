#!/bin/sh
# eval-tag-entities-rules.sh BIN: the dates, times, sums and percentages
# the rules find in German and Portuguese news text (GermEval 2014 dev,
# UNER Portuguese-Bosque dev of ../shared: one sentence a line; neither
# annotates these types, so there is no gold to score against).  Prints
# the spans by type and language, and draws a random sample of 50 spans
# per language (seeded, the same each run on the same output) into
# $work/sample-LANG.tsv with their context, for checking by hand: what
# doc/tag-entities.md reports as the sample's precision.  Skipped politely
# without ../shared.
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
# ../shared beside the repo; COPYDESK_SHARED for a checkout elsewhere
shared=${COPYDESK_SHARED:-$top/../shared}
ner=$shared/data/ner
if [ ! -r "$ner/eval-germeval_dev.txt" ] ||
    [ ! -r "$ner/eval-uner_pt_bosque_dev.txt" ] ||
    ! command -v python3 >/dev/null 2>&1; then
	echo "eval-tag-entities-rules: $ner or python3 not found: skipped"
	exit 0
fi
work=${TMPDIR:-/tmp}/copydesk-eval-tag-entities-rules
mkdir -p "$work"

"$bin/tag-entities" -L de -t DATE,TIME,MONEY,PERCENT \
    "$ner/eval-germeval_dev.txt" > "$work/de.out" 2>/dev/null
"$bin/tag-entities" -L pt -t DATE,TIME,MONEY,PERCENT \
    "$ner/eval-uner_pt_bosque_dev.txt" > "$work/pt.out"
python3 - "$work" <<'PY'
import random, re, sys
work = sys.argv[1]
tag = re.compile(r"<(DATE|TIME|MONEY|PERCENT)>(.*?)</\1>")
any_tag = re.compile(r"</?(DATE|TIME|MONEY|PERCENT)>")
print(f"{'set':<34} {'DATE':>6} {'TIME':>6} {'MONEY':>6} {'PERCENT':>8}")
for lang, name in (("de", "GermEval 2014 dev (-L de)"),
                   ("pt", "UNER Portuguese-Bosque dev (-L pt)")):
    spans = []
    with open(f"{work}/{lang}.out", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            for m in tag.finditer(line):
                before = any_tag.sub("", line[:m.start()])[-45:]
                after = any_tag.sub("", line[m.end():]).rstrip("\n")[:30]
                spans.append((n, m.group(1), m.group(2),
                              f"{before}[[{m.group(2)}]]{after}"))
    count = {t: sum(1 for s in spans if s[1] == t)
             for t in ("DATE", "TIME", "MONEY", "PERCENT")}
    print(f"{name:<34} {count['DATE']:>6} {count['TIME']:>6} "
          f"{count['MONEY']:>6} {count['PERCENT']:>8}")
    random.seed(2026)
    with open(f"{work}/sample-{lang}.tsv", "w", encoding="utf-8") as out:
        out.write("n\tline\ttype\tspan\tcontext\n")
        for i, s in enumerate(random.sample(spans, min(50, len(spans))), 1):
            out.write(f"{i}\t{s[0]}\t{s[1]}\t{s[2]}\t{s[3]}\n")
print(f"samples to check by hand: {work}/sample-de.tsv, sample-pt.tsv")
PY
