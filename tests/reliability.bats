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
