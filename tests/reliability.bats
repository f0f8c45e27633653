#!/usr/bin/env bats
# reliability: what every filter must do on hostile or odd input, checked
# across the four filters (issue 12 and the option parser of issue 14).
load helpers

FILTERS="strip-markup split-sentences tag-entities to-csv"

@test "a bad option or a missing argument is reported once, in one wording" {
	local f
	for f in $FILTERS; do
		run --separate-stderr "$f" --lang
		assert_failure 2
		assert_equal "$stderr" "$f: bad option or missing argument: --lang
Try '$f --help' for more information."
		run --separate-stderr "$f" --no-such-option
		assert_failure 2
		assert_equal "$stderr" "$f: bad option or missing argument: --no-such-option
Try '$f --help' for more information."
		run --separate-stderr "$f" -q
		assert_failure 2
		assert_equal "$stderr" "$f: bad option or missing argument: -q
Try '$f --help' for more information."
	done
}

@test "a long option without its argument is named as typed" {
	run --separate-stderr split-sentences --la
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "split-sentences: bad option or missing argument: --la"
	run --separate-stderr split-sentences -l
	assert_equal "${stderr%%$'\n'*}" "split-sentences: bad option or missing argument: -l"
	run --separate-stderr strip-markup --max-doc-size
	assert_equal "${stderr%%$'\n'*}" "strip-markup: bad option or missing argument: --max-doc-size"
	run --separate-stderr tag-entities --types
	assert_equal "${stderr%%$'\n'*}" "tag-entities: bad option or missing argument: --types"
	run --separate-stderr to-csv -c
	assert_equal "${stderr%%$'\n'*}" "to-csv: bad option or missing argument: -c"
	# an argument given to a flag: the option as typed, not its letter
	# ("--article=3" was reported as "-a")
	run --separate-stderr strip-markup --article=3
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "strip-markup: option takes no argument: --article=3"
	run --separate-stderr to-csv --bom=yes
	assert_equal "${stderr%%$'\n'*}" "to-csv: option takes no argument: --bom=yes"
	run --separate-stderr tag-entities --list=x
	assert_equal "${stderr%%$'\n'*}" "tag-entities: option takes no argument: --list=x"
}

@test "an argument given to an option that takes none is named as such, in one wording" {
	local f
	# was "bad option or missing argument", which left the user to guess
	for f in $FILTERS to-json to-xlsx; do
		run --separate-stderr "$f" --help=yes
		assert_failure 2
		assert_equal "$stderr" "$f: option takes no argument: --help=yes
Try '$f --help' for more information."
		# abbreviated, as getopt allows
		run --separate-stderr "$f" --vers=1
		assert_failure 2
		assert_equal "${stderr%%$'\n'*}" "$f: option takes no argument: --vers=1"
	done
	run --separate-stderr strip-markup --art=3
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "strip-markup: option takes no argument: --art=3"
	# an unknown option with an argument is still a bad option
	run --separate-stderr strip-markup --no-such=3
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "strip-markup: bad option or missing argument: --no-such=3"
}

@test "every usage names the program as it was called" {
	local f dir
	dir=$(tmpfile bin)
	mkdir -p "$dir"
	for f in $FILTERS; do
		ln -s "$(command -v "$f")" "$dir/my-$f"
		run --separate-stderr "$dir/my-$f" --help
		assert_success
		assert_line --index 0 --regexp "^usage: my-$f "
	done
}

# ---- issue 12, 7: CR alone ends a line, for every reader ----

@test "CR alone ends a line: tag-entities" {
	run --separate-stderr tag-entities < <(printf 'Paris\rLondon\r')
	assert_success
	assert_output "<LOCATION>Paris</LOCATION>
<LOCATION>London</LOCATION>"
	assert_equal "$stderr" ""
}

@test "CR alone ends a line: split-sentences" {
	run --separate-stderr split-sentences < <(printf 'Paris is big\rLondon is old\r\r\nRome.\r\n')
	assert_success
	assert_output "Paris is big
London is old

Rome."
	assert_equal "$stderr" ""
}

@test "CR alone ends a line: to-csv, the <doc> lines included" {
	run --separate-stderr to-csv -c id,paragraph,text --lf < <(printf '<doc id="a">\rParis\r\rLondon\r</doc>\r')
	assert_success
	assert_output "id,paragraph,text
a,1,Paris
a,2,London"
	assert_equal "$stderr" ""
}

@test "CR alone ends a line: strip-markup's plain text keeps its paragraphs" {
	run --separate-stderr strip-markup -n < <(printf 'Paris is big.\rLondon is old.\r\rRome.\r\n\r\nEnd.')
	assert_success
	assert_output "Paris is big. London is old.

Rome.

End."
	assert_equal "$stderr" ""
}

# ---- issue 12, 5, 6, 8: strip-markup loses nothing without a word ----

@test "strip-markup: invalid bytes under a UTF-8 label are U+FFFD, counted" {
	run --separate-stderr strip-markup -n < <(printf '<meta charset=utf-8><p>Caf\xe9 cr\xe8me')
	assert_success
	assert_output "Caf� cr�me"
	assert_equal "$stderr" "strip-markup: <stdin>: replaced 2 invalid UTF-8 sequences with U+FFFD"
	run --separate-stderr strip-markup -n --strict < <(printf '<meta charset=utf-8><p>Caf\xe9 cr\xe8me')
	assert_failure 1
	# plain text with the label in a <meta> is the same
	run --separate-stderr strip-markup -n < <(printf '<html><head><meta charset="UTF-8"></head><body>na\xefve</body></html>')
	assert_output "na�ve"
	assert_equal "$stderr" "strip-markup: <stdin>: replaced 1 invalid UTF-8 sequence with U+FFFD"
}

@test "strip-markup: -c windows-1252 reads a page mislabelled UTF-8" {
	run --separate-stderr strip-markup -n -c windows-1252 < <(printf '<meta charset=utf-8><p>Caf\xe9 cr\xe8me')
	assert_success
	assert_output "Café crème"
	assert_equal "$stderr" ""
}

@test "strip-markup: a declared ISO-2022-JP is honoured though the bytes are valid UTF-8" {
	run --separate-stderr strip-markup -n < <(printf '<meta charset="iso-2022-jp"><title>x</title><p>\x1b$BF|K\\8l\x1b(B \x1b$B$G$9\x1b(B</p>')
	assert_success
	assert_output "日本語 です"
	assert_equal "$stderr" ""
	# the same via http-equiv, and a replacement encoding: one U+FFFD
	run --separate-stderr strip-markup -n < <(printf '<meta http-equiv="Content-Type" content="text/html; charset=ISO-2022-JP"><p>\x1b$BF|K\\8l\x1b(B</p>')
	assert_output "日本語"
	run --separate-stderr strip-markup -n < <(printf '<meta charset="iso-2022-kr"><p>\x1b$)C\x0e\x21\x21\x0f</p>')
	assert_output "�"
	assert_equal "$stderr" "strip-markup: <stdin>: replaced 1 invalid UTF-8 sequence with U+FFFD"
}

@test "strip-markup: a label on ASCII bytes is honoured; valid UTF-8 beyond ASCII wins over a stale one" {
	run strip-markup -n < <(printf '<meta charset="shift_jis"><p>C:\\temp</p>')
	assert_output 'C:\temp'
	run strip-markup -n < <(printf '<meta charset="iso-8859-1"><p>caf\xc3\xa9</p>')
	assert_output "café"
	run strip-markup -n < <(printf '<meta charset="iso-8859-1"><p>caf\xe9</p>')
	assert_output "café"
}

@test "strip-markup: NUL and other control characters are counted, in HTML and in text" {
	run --separate-stderr strip-markup -n < <(printf '<p>a\0b\x01c\x7fd\xc2\x85e</p>')
	assert_success
	assert_output "abcde"
	assert_equal "$stderr" "strip-markup: <stdin>: dropped 4 control characters"
	run --separate-stderr strip-markup -n < <(printf 'plain a\0b\n')
	assert_output "plain ab"
	assert_equal "$stderr" "strip-markup: <stdin>: dropped 1 control character"
	run --separate-stderr strip-markup -n --strict < <(printf 'plain a\0b\n')
	assert_failure 1
	# whitespace controls are whitespace, not losses
	run --separate-stderr strip-markup -n < <(printf '<p>a\tb\fc\r\nd</p>')
	assert_output "a b c d"
	assert_equal "$stderr" ""
}

# ---- issue 12, 12: a paragraph longer than 1 MiB is cut at a space ----

@test "strip-markup: a paragraph over 1 MiB is cut at a space, counted, nothing lost" {
	local in out
	in=$(tmpfile long.html)
	out=$(tmpfile long.txt)
	{ printf '<p>'; head -c 3000000 /dev/zero | tr '\0' 'a' | fold -w 9 | tr '\n' ' '; printf '</p>'; } >"$in"
	run --separate-stderr strip-markup -n "$in"
	assert_success
	# 3.3 MB of nine-letter words: four paragraphs
	assert_equal "$stderr" "strip-markup: $in: cut 3 lines longer than 1048576 bytes"
	printf '%s\n' "$output" >"$out"
	# none over the bound, each ending at a word's end
	[ "$(grep -c . "$out")" -eq 4 ]
	[ "$(awk '{ if (length($0) > m) m = length($0) } END { print m }' "$out")" -le 1048576 ]
	! grep -qE '(^| )a{1,8}( |$)' "$out"
	# the words are all there
	[ "$(tr -cd a <"$out" | wc -c)" -eq 3000000 ]
	# one word longer than the bound is cut inside, and said so
	head -c 1100000 /dev/zero | tr '\0' 'b' >"$in"
	run --separate-stderr strip-markup -n "$in"
	assert_equal "$stderr" "strip-markup: $in: cut 1 line longer than 1048576 bytes"
	[ "$(printf '%s' "$output" | tr -cd b | wc -c)" -eq 1100000 ]
}
