#!/bin/sh
# valgrind.sh BIN: run each filter under valgrind on the samples and on
# the error paths of its command line (a bad option or value, a missing
# file, damaged input, a damaged model or word list, a full disk); any
# valgrind error, or memory still held at exit, fails, as does an exit
# status other than the one the case expects.  An error path must release
# what it holds before it exits (or not allocate before it knows).  Slow,
# so it is "make test-valgrind", not part of make test.
set -eu
bin=$1
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all"

"$bin/strip-markup" "$top"/samples/*.html "$top"/samples/*.txt >"$tmp/stripped"
"$bin/split-sentences" "$tmp/stripped" >"$tmp/split"
"$bin/tag-entities" "$tmp/split" >"$tmp/tagged"

# damaged inputs: invalid UTF-8, gzip cut short, corrupt and trailed by
# junk, a file that only starts like gzip, a stream with a broken <doc>
# line and an unclosed document, a page in a charset with invalid bytes
printf '<doc id="a">\nBad \377 byte. Paris is big.\n</doc>\n' >"$tmp/bad-utf8"
printf '<meta charset=utf-8><p>Caf\351 cr\350me</p>' >"$tmp/bad-utf8.html"
seq 1 20000 | sed 's/$/./' | gzip >"$tmp/full.gz"
head -c 20000 "$tmp/full.gz" >"$tmp/cut.gz"
cp "$tmp/full.gz" "$tmp/corrupt.gz"
printf '\377\377\377\377\377\377\377\377' |
    dd of="$tmp/corrupt.gz" bs=1 seek=5000 conv=notrunc 2>/dev/null
{ printf 'one\n' | gzip; printf 'junk'; } >"$tmp/trailing.gz"
printf '\037\213not gzip at all' >"$tmp/fake.gz"
printf '<doc id="a" title="x>\nText.\n<doc id="b">\nMore text.\n' >"$tmp/bad-stream"
# a tag-entities model: the start of a real one, and a text file
head -c 1000 "$top/filters/tag-entities/model.bin" >"$tmp/cut.bin"
: >"$tmp/empty.bin"
# split-sentences word lists with an unknown class or setting
printf '[nonsense]\nzyx\n' >"$tmp/bad-class.txt"
printf '[setting]\nordinals\n' >"$tmp/bad-setting.txt"
# a folder given as a file; JSON Lines with raw controls and NULs, a bad
# line and a last line cut short
mkdir "$tmp/folder"
printf '{"title": "A\000B", "text": "a\tb\001c"}\n{"a": 1 2}\n{"text": "cut' >"$tmp/odd.jsonl"

status=0
# check NAME WANT [OUT] CMD...: CMD must exit WANT with no valgrind error;
# its output goes to /dev/null, or to /dev/full when OUT is "full"
check() {
	name=$1
	want=$2
	shift 2
	out=/dev/null
	if [ "$1" = full ]; then
		out=/dev/full
		shift
	fi
	rc=0
	$vg "$@" >"$out" 2>"$tmp/log" || rc=$?
	if [ "$rc" -eq "$want" ]; then
		echo "ok: $name"
	else
		cat "$tmp/log"
		echo "FAILED: $name (exit $rc, want $want)"
		status=1
	fi
}

# ---- the samples, the dump readers ----
check strip-markup 0 "$bin/strip-markup" "$top"/samples/*.html "$top"/samples/*.txt
check split-sentences 0 "$bin/split-sentences" "$tmp/stripped"
check tag-entities 0 "$bin/tag-entities" "$tmp/split"
check to-csv 0 "$bin/to-csv" "$tmp/tagged"
check to-json 0 "$bin/to-json" "$tmp/tagged"
check to-xlsx 0 "$bin/to-xlsx" -o "$tmp/out.xlsx" "$tmp/tagged"
# the dump readers: gzip, WARC with a damaged record, JSON Lines
check "strip-markup dumps" 0 "$bin/strip-markup" --article \
    "$top"/tests/data/dumps/warc/warcio/example.warc.gz \
    "$top"/tests/data/dumps/warc/warcio/example-trunc.warc \
    "$top"/tests/data/dumps/jsonl/aeb20-html.jsonl

# ---- error paths, each filter ----
for f in strip-markup split-sentences tag-entities to-csv to-json to-xlsx; do
	bad_utf8=$tmp/bad-utf8
	case $f in
	strip-markup) takes_arg=-c bad_utf8=$tmp/bad-utf8.html ;;
	split-sentences) takes_arg=--lang ;;
	tag-entities) takes_arg=--types ;;
	*) takes_arg=-c ;;
	esac
	check "$f: a bad option" 2 "$bin/$f" --no-such-option
	check "$f: a missing argument" 2 "$bin/$f" "$takes_arg"
	check "$f: a missing file" 1 "$bin/$f" /no/such/file "$tmp/split"
	check "$f: --strict on invalid UTF-8" 1 "$bin/$f" --strict "$bad_utf8"
	check "$f: gzip cut short" 1 "$bin/$f" "$tmp/cut.gz"
	check "$f: corrupt gzip" 1 "$bin/$f" "$tmp/corrupt.gz"
	check "$f: junk after gzip" 1 "$bin/$f" "$tmp/trailing.gz"
	check "$f: not gzip" 1 "$bin/$f" "$tmp/fake.gz"
	check "$f: a full disk" 1 full "$bin/$f" "$tmp/split"
	check "$f: a folder as a file" 1 "$bin/$f" "$tmp/folder" "$tmp/split"
done
check "to-xlsx: a folder as -o" 1 "$bin/to-xlsx" -o "$tmp/folder" "$tmp/tagged"
check "strip-markup: odd JSON Lines (said)" 0 "$bin/strip-markup" "$tmp/odd.jsonl"
check "strip-markup: odd JSON Lines, --strict" 1 "$bin/strip-markup" --strict "$tmp/odd.jsonl"
check "to-xlsx: an unwritable -o" 1 "$bin/to-xlsx" -o /no/such/dir/b.xlsx "$tmp/tagged"
check "to-xlsx: an empty -o" 2 "$bin/to-xlsx" -o '' "$tmp/tagged"

# bad option values
check "strip-markup: a bad --max-doc-size" 2 "$bin/strip-markup" --max-doc-size=x
check "strip-markup: an unknown --charset" 2 "$bin/strip-markup" -c no-such-charset
check "strip-markup: an unknown --format" 2 "$bin/strip-markup" --format=pdf
check "strip-markup: --strict on a damaged WARC" 1 "$bin/strip-markup" --strict \
    "$top"/tests/data/dumps/warc/warcio/example-trunc.warc
check "strip-markup: binary data" 1 "$bin/strip-markup" "$tmp/cut.bin"
check "strip-markup: --format=warc on no WARC (an error)" 1 "$bin/strip-markup" --format=warc "$tmp/bad-utf8.html"
check "strip-markup: --format=jsonl on no JSON (said)" 0 "$bin/strip-markup" --format=jsonl "$tmp/bad-utf8.html"
check "split-sentences: an unknown --lang" 2 "$bin/split-sentences" --lang=xx-nope
check "split-sentences: a missing --abbrev" 1 "$bin/split-sentences" -a /no/such/file "$tmp/stripped"
check "split-sentences: --abbrev with a bad class" 1 "$bin/split-sentences" -a "$tmp/bad-class.txt" "$tmp/stripped"
check "split-sentences: --abbrev with a bad setting" 1 "$bin/split-sentences" -a "$tmp/bad-setting.txt" "$tmp/stripped"
check "split-sentences: --abbrev of a gzipped list" 1 "$bin/split-sentences" -a "$tmp/full.gz" "$tmp/stripped"
check "tag-entities: an unknown --types" 2 "$bin/tag-entities" --types=PER,NOPE
check "tag-entities: a bad --lang" 2 "$bin/tag-entities" -L 12
check "tag-entities: --model of an unknown language" 2 "$bin/tag-entities" -L xx -m "$tmp/cut.bin"
check "tag-entities: a missing --model" 1 "$bin/tag-entities" -L en -m /no/such/model "$tmp/split"
check "tag-entities: a damaged --model" 1 "$bin/tag-entities" -L en -m "$tmp/cut.bin" "$tmp/split"
check "tag-entities: an empty --model" 1 "$bin/tag-entities" -L en -m "$tmp/empty.bin" "$tmp/split"
check "tag-entities: a text file as --model" 1 "$bin/tag-entities" -L en -m "$tmp/split" "$tmp/split"
for f in to-csv to-json to-xlsx; do
	check "$f: an unknown column" 2 "$bin/$f" -c id,titel "$tmp/tagged"
	check "$f: an unknown row shape" 2 "$bin/$f" -r nope "$tmp/tagged"
	check "$f: a damaged stream (repaired, said)" 0 "$bin/$f" "$tmp/bad-stream"
done
check "to-json: a column twice" 2 "$bin/to-json" -c id,title,id "$tmp/tagged"
check "to-json: keys that differ only in case" 2 "$bin/to-json" -c title,@Title "$tmp/tagged"
check "to-csv: a bad --delimiter" 2 "$bin/to-csv" -d ab "$tmp/tagged"
check "to-csv: a bad --max-cell" 2 "$bin/to-csv" --max-cell=-1 "$tmp/tagged"
exit $status
