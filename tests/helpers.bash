# helpers.bash: loaded by every bats suite
bats_require_minimum_version 1.5.0
bats_load_library bats-support
# bats-assert's own load.bash runs a command substitution for each of its
# dozen files, and under bats each costs about 17 ms: 0.2 s of every test,
# a minute of make test.  Its files are sourced here directly; where it is
# laid out otherwise, its loader does it
load_bats_assert() {
	local dir f
	for dir in ${BATS_LIB_PATH//:/ }; do
		[ -r "$dir/bats-assert/src/assert.bash" ] || continue
		for f in "$dir"/bats-assert/src/*.bash; do
			source "$f"
		done
		return 0
	done
	bats_load_library bats-assert
}
load_bats_assert

TOP=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
PATH="${COPYDESK_BIN:-$TOP/build/bin}:$PATH"
export TOP PATH
export LC_ALL=C.UTF-8

# a file in the test's own temporary folder
tmpfile() {
	printf '%s/%s' "$BATS_TEST_TMPDIR" "$1"
}

# the date and date_source of the first <doc> line of $1, as "date source"
# (strip-markup's suites)
date_of() {
	local line
	line=$(printf '%s\n' "$1" | grep -m1 '^<doc ')
	printf '%s %s' "$(sed -n 's/.* date="\([^"]*\)".*/\1/p' <<<"$line")" \
	    "$(sed -n 's/.* date_source="\([^"]*\)".*/\1/p' <<<"$line")"
}

# the stderr of "run --separate-stderr" holds this text
stderr_has() {
	[[ $stderr == *"$1"* ]] || fail "stderr lacks: $1
stderr: $stderr"
}
