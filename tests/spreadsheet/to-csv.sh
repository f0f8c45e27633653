#!/bin/sh
# tests/spreadsheet/to-csv.sh BIN: open to-csv's output in LibreOffice Calc
# (headless, converted to xlsx with the CSV import filter) and read the
# cells back with openpyxl: UTF-8 intact, every column in its place, no
# cell run as a formula, long cells cut as promised, numbers as numbers.
# A control run without the formula guard must show =1+1 as a formula, so
# the check is known to be able to fail.  Run by make check-spreadsheet.
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v soffice >/dev/null 2>&1; then
	echo "to-csv.sh: soffice missing (scripts/install-deps spreadsheet)" >&2
	exit 1
fi
py=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import openpyxl' 2>/dev/null; then
		py=$p
		break
	fi
done
if [ -z "$py" ]; then
	echo "to-csv.sh: python3-openpyxl missing" \
	    "(scripts/install-deps spreadsheet)" >&2
	exit 1
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/to-csv-sheet.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM

# the input: what news text holds, and what attacks a spreadsheet
in=$scratch/in.stream
{
	cat "$top/tests/data/to-csv/basic.in" "$top/tests/data/to-csv/tricky.in"
	printf '<doc id="sheet" title="Ümlaut, “quotes” & 😀" date="2015-09-18" lang="zh">\n'
	printf '%s\n' '中国外交部说，<PERSON>习近平</PERSON>将访问<LOCATION>美国</LOCATION>。' \
	    'Emoji 👩‍👩‍👧 and "quotes", commas; semicolons.' \
	    '=1+1' '-3.5' '42' '@SUM(A1:A2)' '-cmd' '+2' '1e5' \
	    'Before, after, "and" done' '2015-09-18' \
	    '  Print Mail Large Medium  Small 分享按钮 0  '
	"$py" -c 'print("é" * 40000)'
	printf '\nA paragraph of its own.\n</doc>\n'
} >"$in"

# convert FILE.csv into FILE.xlsx with LibreOffice's CSV import filter:
# comma, double quote, UTF-8 (76), from line 1
to_xlsx() {
	soffice -env:UserInstallation="file://$scratch/profile" --headless \
	    --convert-to xlsx --infilter="CSV:44,34,76,1" \
	    --outdir "$scratch" "$1" >"$scratch/soffice.log" 2>&1 || {
		cat "$scratch/soffice.log" >&2
		return 1
	}
	[ -s "${1%.csv}.xlsx" ] || { cat "$scratch/soffice.log" >&2; return 1; }
}

failed=0
for shape in line document entity bom; do
	case $shape in
	bom)	opts="--bom" ;;		# rows per line with Excel's BOM
	*)	opts="-r $shape" ;;
	esac
	# shellcheck disable=SC2086
	"$bin/to-csv" $opts "$in" >"$scratch/$shape.csv" 2>/dev/null
	to_xlsx "$scratch/$shape.csv"
	"$py" - "$scratch/$shape.csv" "$scratch/$shape.xlsx" "$shape" <<'PY' || failed=1
import csv, datetime, io, re, sys
import openpyxl
csv_path, xlsx_path, shape = sys.argv[1:4]
# utf-8-sig: the BOM is no part of the first cell, in Calc either
rows = list(csv.reader(io.open(csv_path, encoding="utf-8-sig", newline="")))
ws = openpyxl.load_workbook(xlsx_path).active
bad = []
number = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\Z")
if ws.max_row != len(rows):
    bad.append("%d rows in Calc, %d in the CSV" % (ws.max_row, len(rows)))
cells = formulas = long_cells = dates = 0
units = lambda s: sum(2 if ord(ch) > 0xFFFF else 1 for ch in s)
for i, row in enumerate(rows, 1):
    width = max(len(row), 1)
    for j in range(1, ws.max_column + 1):
        want = row[j - 1] if j <= len(row) else ""
        c = ws.cell(row=i, column=j)
        v = c.value
        cells += 1
        if c.data_type == "f" or (isinstance(v, str) and v.startswith("=")):
            formulas += 1
            bad.append("R%dC%d is a formula: %r" % (i, j, v))
            continue
        if want == "":
            if v not in (None, ""):
                bad.append("R%dC%d: %r where the CSV is empty" % (i, j, v))
            continue
        if number.match(want):
            # numbers are numbers, with their value
            if isinstance(v, bool) or not isinstance(v, (int, float)) or \
                    abs(v - float(want)) > 1e-9 * max(1, abs(float(want))):
                bad.append("R%dC%d: %r, want the number %s" % (i, j, v, want))
            continue
        if isinstance(v, datetime.datetime):
            # an ISO date may become a date: it must be the same one
            dates += 1
            if not want.startswith(v.strftime("%Y-%m-%d")):
                bad.append("R%dC%d: date %r for %r" % (i, j, v, want))
            continue
        if isinstance(v, datetime.time):
            # a TIME mention such as "10 am" may become a time of day
            dates += 1
            m = re.match(r"(\d{1,2})(?::(\d\d))?\s*([ap]\.?m\.?)?", want,
                         re.I)
            h = int(m[1]) % 12 + (12 if m[3] and m[3][0] in "pP" else 0) \
                if m else -1
            if not m or v.hour != h or v.minute != int(m[2] or 0):
                bad.append("R%dC%d: time %r for %r" % (i, j, v, want))
            continue
        if v != want:
            bad.append("R%dC%d: %r, want %r" % (i, j, str(v)[:60],
                                                   want[:60]))
        if units(want) == 32767:
            long_cells += 1
        if units(want) > 32767:
            bad.append("R%dC%d: %d characters" % (i, j, units(want)))
for b in bad[:15]:
    print("to-csv.sh: %s: %s" % (shape, b))
print("to-csv.sh: %-8s %3d rows, %4d cells checked in Calc, "
      "%d formulas, %d cut to 32767, %d read as dates/times: %s"
      % (shape, len(rows), cells, formulas, long_cells, dates,
         "ok" if not bad else "FAILED"))
sys.exit(1 if bad else 0)
PY
done

# the control: without the guard, Calc does run =1+1 (so the check bites)
printf '=1+1\n' >"$scratch/control.stream"
"$bin/to-csv" -H --no-formula-guard -c text "$scratch/control.stream" \
    >"$scratch/control.csv"
to_xlsx "$scratch/control.csv"
"$py" - "$scratch/control.xlsx" <<'PY' || failed=1
import sys, openpyxl
c = openpyxl.load_workbook(sys.argv[1]).active.cell(row=1, column=1)
ok = c.data_type == "f" and c.value == "=1+1"
print("to-csv.sh: control without the guard: Calc holds %r (%s)"
      % (c.value, "a formula, as expected" if ok else "NOT a formula?"))
sys.exit(0 if ok else 1)
PY
[ "$failed" -eq 0 ] || { echo "to-csv.sh: FAILED" >&2; exit 1; }
echo "to-csv.sh: the CSV opens right in LibreOffice Calc"
