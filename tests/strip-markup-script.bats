#!/usr/bin/env bats
# strip-markup: a page whose HTML gives next to nothing takes its text from
# its script data (JSON-LD articleBody, then a framework's state), in plain
# mode and --article, marked in problem= and said on stderr; a page with
# an article in its HTML, a bot check and hostile script data do not

load helpers

D="$TOP/tests/data/strip-markup-script"

# strip-markup OPTIONS... PAGE, the page a fixture: output and stderr
page() {
	local name=$1
	shift
	run --separate-stderr strip-markup "$@" "$D/$name.html"
	assert_success
}

@test "strip-markup-script: the JSON-LD articleBody of an empty page, its lines as paragraphs, trusted before the state; both modes, marked json-ld-text" {
	for mode in "" --article; do
		page jsonld-body $mode
		assert_line --index 0 "<doc id=\"$D/jsonld-body.html\" title=\"Ferry timetable changes for the winter\" date=\"2024-11-02T08:00:00Z\" date_source=\"json-ld\" author=\"Ada Ferreira\" lang=\"en\" problem=\"json-ld-text\">"
		assert_line --index 1 --partial 'The island ferry will sail four times a day'
		assert_line --index 2 --partial 'Commuters who take the 7.30 boat'
		# paragraphs apart by one empty line (bats' lines skips it)
		[[ $output == *$'second vessel.\n\nThe summer'* ]]
		assert_line --index 3 'The summer timetable returns on 1 April. Tickets bought for cancelled crossings are refunded at the kiosk & online, and season passes stay valid on every boat that still sails.'
		assert_line --index 4 '</doc>'
		refute_output --partial 'A state string'
		[ "$stderr" = "strip-markup: $D/jsonld-body.html: next to no text in its HTML: written from its JSON-LD articleBody" ]
	done
}

@test "strip-markup-script: __NEXT_DATA__ of a page whose HTML says Loading: the string under a body key, its markup as paragraphs; not a longer string under another key" {
	for mode in "" --article; do
		page next-data $mode -n
		assert_line --index 0 --partial 'When the town cut the library'
		assert_line --index 1 --partial '"People come for the newspapers and stay for the heating," said Ruth Okafor, who drew up the rota & keeps'
		assert_line --index 2 'What comes next'
		assert_line --index 3 --partial 'The council will look at the hours again'
		[ "${#lines[@]}" -eq 4 ]
		refute_output --partial 'cookies'
		refute_output --partial 'Loading'
		[ "$stderr" = "strip-markup: $D/next-data.html: next to no text in its HTML: written from its scripts' data" ]
	done
	page next-data
	assert_line --index 0 --partial 'problem="script-text"'
}

@test "strip-markup-script: window.__APOLLO_STATE__ holding the story as a document tree: its text nodes, a paragraph per block, linked words in their sentence; the tree of the object the page's title names, not a longer next story's" {
	page dom-tree --article -n
	refute_output --partial "Bus fares"
	assert_line --index 0 'The night train between the coast and the valley towns will run again from December, the rail company said, three times a week in each direction.'
	assert_line --index 1 'Sleeping cars, not seats'
	assert_line --index 2 --partial 'Each train will have two sleeping cars'
	assert_line --index 3 --partial 'Tickets go on sale next month.'
	[ "${#lines[@]}" -eq 4 ]
	stderr_has "written from its scripts' data"
}

@test "strip-markup-script: the HTML's article wins over a JSON-LD articleBody four times as long" {
	for mode in "" --article; do
		page dom-article $mode
		assert_line --partial 'and the first customers were waiting at the door before seven.'
		refute_output --partial 'nineteen-eighties'
		refute_output --partial 'problem='
		[ -z "$stderr" ]
	done
}

@test "strip-markup-script: a bot check (scripts that set a challenge's parameters, JSON-LD without an article) still has no text" {
	page bot-check
	assert_output "<doc id=\"$D/bot-check.html\" title=\"Just a moment...\" problem=\"no-text\">
</doc>"
	[ "$stderr" = "strip-markup: $D/bot-check.html: no text" ]
	page bot-check --article
	assert_line --index 0 --partial 'problem="empty-article"'
	[ "$stderr" = "strip-markup: $D/bot-check.html: article mode found no text" ]
}

# the ferry story's JSON-LD, a script that may follow hostile data
ferry_jsonld() {
	sed -n '/application\/ld+json/p' "$D/jsonld-body.html"
}

@test "strip-markup-script: hostile script data (an unterminated 6 MB string, nesting 300,000 deep, a state past its 4 MiB bound) is passed over: the good data after it is read" {
	f=$(tmpfile open.html)
	{
		printf '<title>x</title><script>window.__PRELOADED_STATE__={"body":"'
		head -c 6000000 /dev/zero | tr '\0' 'w'
		printf '</script>'
		ferry_jsonld
	} >"$f"
	run --separate-stderr strip-markup --article -n "$f"
	assert_success
	assert_line --index 0 --partial 'The island ferry will sail'
	[ "${#lines[@]}" -eq 3 ]
	f=$(tmpfile deep.html)
	{
		printf '<title>x</title><script type="application/json">'
		head -c 300000 /dev/zero | tr '\0' '['
		printf '{"body":"%s"}' "$(printf 'deep text %.0s' $(seq 200))"
		printf '</script><script type="application/json">{"body":"%s"}</script>' \
		    "$(printf 'shallow text %.0s' $(seq 100))"
	} >"$f"
	run --separate-stderr strip-markup -n "$f"
	assert_success
	assert_output --partial 'shallow text shallow'
	refute_output --partial 'deep text'
	f=$(tmpfile big.html)
	{
		printf '<title>x</title><script>window.__NUXT__={"pad":"'
		head -c 4200000 /dev/zero | tr '\0' 'p'
		printf '","body":"%s"}</script>' "$(printf 'late text %.0s' $(seq 200))"
		ferry_jsonld
	} >"$f"
	run --separate-stderr strip-markup -n "$f"
	assert_success
	assert_line --index 0 --partial 'The island ferry will sail'
	refute_output --partial 'late text'
	f=$(tmpfile cut.html)
	{
		printf '<title>x</title><script>window.__NUXT__={"pad":"'
		head -c 4200000 /dev/zero | tr '\0' 'p'
		printf '","body":"%s"}</script>' "$(printf 'late text %.0s' $(seq 200))"
	} >"$f"
	run --separate-stderr strip-markup "$f"
	assert_success
	assert_line --index 0 --partial 'problem="no-text"'
}

@test "strip-markup-script: a state in a script the page ends in (no </script>) is read; a script that assigns something else is not" {
	f=$(tmpfile end.html)
	{
		printf '<title>t</title><body><div id="app"></div><script>var cfg = {"text":"%s"};</script>' \
		    "$(printf 'config words %.0s' $(seq 100))"
		printf '<script>window.__INITIAL_STATE__ = {"article":{"content":"%s"}};' \
		    "$(printf 'state words %.0s' $(seq 100))"
	} >"$f"
	run --separate-stderr strip-markup -n "$f"
	assert_success
	assert_output --partial 'state words state words'
	refute_output --partial 'config words'
	[ "${#lines[@]}" -eq 1 ]
	stderr_has "written from its scripts' data"
}

@test "strip-markup-script: the same from a JSON Lines dump's page, and from a page over 1 MiB (read once: its script data kept as it is read)" {
	f=$(tmpfile pages.jsonl)
	python3 -c 'import json, sys; print(json.dumps({"url": "https://example.org/ferry", "html": open(sys.argv[1]).read()}))' \
	    "$D/jsonld-body.html" >"$f"
	run --separate-stderr strip-markup --article "$f"
	assert_success
	assert_line --index 0 --partial 'url="https://example.org/ferry"'
	assert_line --index 0 --partial 'problem="json-ld-text"'
	assert_line --index 1 --partial 'The island ferry will sail'
	f=$(tmpfile big.html)
	{
		printf '<!-- '
		head -c 1200000 /dev/zero | tr '\0' 'c'
		printf ' -->'
		cat "$D/jsonld-body.html"
	} >"$f"
	run --separate-stderr strip-markup -n "$f"
	assert_success
	assert_line --index 0 --partial 'The island ferry will sail'
	[ "${#lines[@]}" -eq 3 ]
}
