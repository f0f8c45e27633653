#!/bin/sh
# eval-tag-entities-rules.sh BIN: the dates, times, sums and percentages
# the rules find in news text of the languages that have rule words but no
# gold for these types, one sentence a line:
#   - German and Portuguese: GermEval 2014 dev, UNER Portuguese-Bosque dev
#     of ../shared;
#   - Spanish and French: the input sentences of the Golden Rules of
#     ../shared (golden_rules_es.tsv, golden_rules_fr.tsv), and, with
#     UD_PUD set, the sentences (# text = lines) of the Parallel UD test
#     treebanks there (es_pud-ud-test.conllu, fr_pud-ud-test.conllu:
#     1,000 news and Wikipedia sentences each, CC BY-SA; not shipped,
#     never copied into the repository).
# Prints the spans by type and language, and beside them the spans found
# with no language's words (-L xx: signs and digits only, what a document
# of that language got before it had words), and draws a random sample
# of 50 spans per language (seeded, the same each run on the same output)
# into $work/sample-LANG.tsv with their context, for checking by hand:
# what doc/tag-entities.md reports as the sample's precision.  Skipped
# politely without ../shared.
#
#   COPYDESK_SHARED   the shared data folder (default: ../shared)
#   UD_PUD            a folder of UD PUD test files (clone
#                     UniversalDependencies/UD_Spanish-PUD, UD_French-PUD)
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
# ../shared beside the repo; COPYDESK_SHARED for a checkout elsewhere
shared=${COPYDESK_SHARED:-$top/../shared}
ner=$shared/data/ner
sent=$shared/data/sentences
if [ ! -r "$ner/eval-germeval_dev.txt" ] ||
    [ ! -r "$ner/eval-uner_pt_bosque_dev.txt" ] ||
    ! command -v python3 >/dev/null 2>&1; then
	echo "eval-tag-entities-rules: $ner or python3 not found: skipped"
	exit 0
fi
work=${TMPDIR:-/tmp}/copydesk-eval-tag-entities-rules
mkdir -p "$work"

# the text of each language, one sentence a line
cp "$ner/eval-germeval_dev.txt" "$work/de.txt"
cp "$ner/eval-uner_pt_bosque_dev.txt" "$work/pt.txt"
for lang in es fr; do
	: > "$work/$lang.txt"
	if [ -r "$sent/golden_rules_$lang.tsv" ]; then
		# the input column; "\n" in it stands for a line break
		awk -F '\t' 'NR > 1 { gsub(/\\n/, "\n", $2); print $2 }' \
		    "$sent/golden_rules_$lang.tsv" >> "$work/$lang.txt"
	fi
	pud=${UD_PUD:-}/${lang}_pud-ud-test.conllu
	if [ -n "${UD_PUD:-}" ] && [ -r "$pud" ]; then
		sed -n 's/^# text = //p' "$pud" >> "$work/$lang.txt"
	fi
done

for lang in de pt es fr; do
	"$bin/tag-entities" -L "$lang" -t DATE,TIME,MONEY,PERCENT \
	    "$work/$lang.txt" > "$work/$lang.out" 2>/dev/null
	"$bin/tag-entities" -L xx -t DATE,TIME,MONEY,PERCENT \
	    "$work/$lang.txt" > "$work/$lang.signs.out" 2>/dev/null
done
python3 - "$work" "${UD_PUD:+ and UD PUD}" <<'PY'
import random, re, sys
work, pud = sys.argv[1], sys.argv[2]
tag = re.compile(r"<(DATE|TIME|MONEY|PERCENT)>(.*?)</\1>")
any_tag = re.compile(r"</?(DATE|TIME|MONEY|PERCENT)>")
print(f"{'set':<40} {'lines':>6} {'DATE':>6} {'TIME':>6} {'MONEY':>6} "
      f"{'PERCENT':>8} {'signs':>6}")
for lang, name in (("de", "GermEval 2014 dev (-L de)"),
                   ("pt", "UNER Portuguese-Bosque dev (-L pt)"),
                   ("es", f"Golden Rules es{pud} (-L es)"),
                   ("fr", f"Golden Rules fr{pud} (-L fr)")):
    spans, n = [], 0
    with open(f"{work}/{lang}.out", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            for m in tag.finditer(line):
                before = any_tag.sub("", line[:m.start()])[-45:]
                after = any_tag.sub("", line[m.end():]).rstrip("\n")[:30]
                spans.append((n, m.group(1), m.group(2),
                              f"{before}[[{m.group(2)}]]{after}"))
    with open(f"{work}/{lang}.signs.out", encoding="utf-8") as f:
        signs = sum(len(tag.findall(line)) for line in f)
    count = {t: sum(1 for s in spans if s[1] == t)
             for t in ("DATE", "TIME", "MONEY", "PERCENT")}
    print(f"{name:<40} {n:>6} {count['DATE']:>6} {count['TIME']:>6} "
          f"{count['MONEY']:>6} {count['PERCENT']:>8} {signs:>6}")
    random.seed(2026)
    with open(f"{work}/sample-{lang}.tsv", "w", encoding="utf-8") as out:
        out.write("n\tline\ttype\tspan\tcontext\n")
        for i, s in enumerate(random.sample(spans, min(50, len(spans))), 1):
            out.write(f"{i}\t{s[0]}\t{s[1]}\t{s[2]}\t{s[3]}\n")
print("signs: the spans of the same text with no language's words (-L xx)")
print(f"samples to check by hand: {work}/sample-de.tsv, sample-pt.tsv, "
      "sample-es.tsv, sample-fr.tsv")
PY
