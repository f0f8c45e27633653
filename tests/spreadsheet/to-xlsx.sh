#!/bin/sh
# tests/spreadsheet/to-xlsx.sh BIN: open to-xlsx's workbooks in LibreOffice
# Calc (headless, saved back as CSV: the cells as Calc shows them) and
# compare every cell, row for row, with the stream (tests/data/to-xlsx/
# check.py): the issue's 53 cell classes, the test streams, the chain's
# output of samples/, every row shape.  Then the CSV route documented in
# to-csv(1): imported with every column as text, the same cells come back
# as the same text; with Calc's default import they do not (the control).
# Run by make check-spreadsheet.
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/../.." && pwd)
PATH=$bin:$PATH
if ! command -v soffice >/dev/null 2>&1; then
	echo "to-xlsx.sh: soffice missing (scripts/install-deps spreadsheet)" >&2
	exit 1
fi
py=/usr/bin/python3
[ -x "$py" ] || py=python3
scratch=$(mktemp -d "${TMPDIR:-/tmp}/to-xlsx-sheet.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
check="$top/tests/data/to-xlsx/check.py"
typed_cols=id,url,title,date,author,paragraph,sentence,text,PERSON,PERCENT,DATE,TIME,MONEY

soffice_run() {	# soffice ARGS...: headless, own profile, log kept
	soffice -env:UserInstallation="file://$scratch/profile" --headless \
	    "$@" >"$scratch/soffice.log" 2>&1 || {
		cat "$scratch/soffice.log" >&2
		return 1
	}
}

# the chain's output of the samples
for f in "$top"/samples/*.html; do
	strip-markup --article "$f"
done 2>/dev/null | split-sentences | tag-entities >"$scratch/news.stream"

# the workbooks: name|stream|options
cat >"$scratch/cases" <<CASES
typed|$top/tests/data/to-xlsx/typed.in|-c $typed_cols
tricky|$top/tests/data/to-csv/tricky.in|
hostile|$top/tests/data/to-json/hostile.in|-r document
news-line|$scratch/news.stream|-c id,title,date,url,author,paragraph,sentence,text,PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT
news-paragraph|$scratch/news.stream|-r paragraph
news-document|$scratch/news.stream|-r document -c id,url,title,date,author,source,lang,paragraphs,sentences,words,text,PERSON,LOCATION
news-entity|$scratch/news.stream|-r entity
CASES
books=
while IFS='|' read -r name stream opts; do
	# shellcheck disable=SC2086
	to-xlsx $opts -o "$scratch/$name.xlsx" "$stream" 2>/dev/null
	books="$books $scratch/$name.xlsx"
done <"$scratch/cases"
mkdir -p "$scratch/csv"
# shellcheck disable=SC2086
soffice_run --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' \
    --outdir "$scratch/csv" $books

failed=0
while IFS='|' read -r name stream opts; do
	rows=$(($(wc -l <"$scratch/csv/$name.csv")))
	# shellcheck disable=SC2086
	if "$py" "$check" csv "$stream" "$scratch/csv/$name.csv" \
	    --decodes-xescape $opts; then
		echo "to-xlsx.sh: $name: Calc gives back every cell, row for row ($rows CSV lines): ok"
	else
		echo "to-xlsx.sh: $name: FAILED"
		failed=1
	fi
done <"$scratch/cases"

# the CSV route of to-csv(1): every column imported as text
to-csv --no-formula-guard -c text "$top/tests/data/to-xlsx/typed.in" \
    >"$scratch/typed-csv.csv"
mkdir -p "$scratch/astext" "$scratch/default"
soffice_run --convert-to xlsx --infilter='CSV:44,34,76,1,1/2' \
    --outdir "$scratch/astext" "$scratch/typed-csv.csv"
soffice_run --convert-to xlsx --infilter='CSV:44,34,76,1' \
    --outdir "$scratch/default" "$scratch/typed-csv.csv"
"$py" - "$scratch/typed-csv.csv" "$scratch/astext/typed-csv.xlsx" \
    "$scratch/default/typed-csv.xlsx" <<'PY' || failed=1
import csv, sys, warnings
import openpyxl
warnings.simplefilter("ignore")
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
def changed(path):
    ws = openpyxl.load_workbook(path).active
    return [r[0] for i, r in enumerate(rows, 1)
            if ws.cell(i, 1).data_type != "s" or ws.cell(i, 1).value != r[0]]
astext, default = changed(sys.argv[2]), changed(sys.argv[3])
print("to-xlsx.sh: the typed CSV imported with text columns: %d of %d cells"
      " changed %s" % (len(astext), len(rows), astext[:5]))
print("to-xlsx.sh: the same CSV with Calc's default import: %d of %d cells"
      " changed (the control), e.g. %s" % (len(default), len(rows),
                                           default[:6]))
sys.exit(0 if not astext and default else 1)
PY
[ "$failed" -eq 0 ] || { echo "to-xlsx.sh: FAILED" >&2; exit 1; }
echo "to-xlsx.sh: LibreOffice Calc reads the workbooks back exactly"
