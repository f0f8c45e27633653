#!/usr/bin/env bats
# strip-markup: command line, golden files, charsets, documents

load helpers

D="$TOP/tests/data/strip-markup"

@test "strip-markup: golden files" {
	for f in "$D"/*.in; do
		run --separate-stderr strip-markup <"$f"
		assert_success
		diff -u "${f%.in}.exp" <(printf '%s\n' "$output") ||
		    fail "differs: $f"
	done
}

@test "strip-markup: golden files fed from a file name" {
	cd "$D"
	run --separate-stderr strip-markup basic.in
	assert_success
	assert_line --index 0 --partial '<doc id="basic.in" '
	diff <(sed 1d basic.exp) <(printf '%s\n' "$output" | sed 1d)
}

@test "strip-markup: --help prints the usage on stdout" {
	run --separate-stderr strip-markup --help
	assert_success
	assert_line --index 0 --partial 'usage: strip-markup'
	[ -z "$stderr" ]
	run strip-markup -h
	assert_success
}

@test "strip-markup: --version" {
	run strip-markup --version
	assert_success
	assert_output --regexp '^strip-markup \(copydesk\) [0-9]'
}

@test "strip-markup: a bad option or size is a usage error" {
	run --separate-stderr strip-markup --bogus
	[ "$status" -eq 2 ]
	run --separate-stderr strip-markup --max-doc-size=abc
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"invalid size"* ]]
	run --separate-stderr strip-markup --charset=klingon
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"unknown charset"* ]]
}

@test "strip-markup: stdin and - give the id -" {
	run strip-markup <<<'<p>x</p>'
	assert_output $'<doc id="-">\nx\n</doc>'
	run strip-markup - <<<'<p>x</p>'
	assert_output $'<doc id="-">\nx\n</doc>'
}

@test "strip-markup: several files, one document each, in order" {
	printf '<p>one</p>' >"$(tmpfile a.html)"
	printf 'two' >"$(tmpfile b.txt)"
	cd "$BATS_TEST_TMPDIR"
	run strip-markup a.html b.txt
	assert_success
	assert_output $'<doc id="a.html">\none\n</doc>\n<doc id="b.txt">\ntwo\n</doc>'
}

@test "strip-markup: a missing file is reported, skipped, exit 1" {
	printf '<p>one</p>' >"$(tmpfile a.html)"
	cd "$BATS_TEST_TMPDIR"
	run --separate-stderr strip-markup nope.html a.html
	[ "$status" -eq 1 ]
	[ "$stderr" = "strip-markup: nope.html: No such file or directory" ]
	assert_output $'<doc id="a.html">\none\n</doc>'
}

@test "strip-markup: --no-doc writes bare paragraphs" {
	printf '<p>one</p><p>two</p>' >"$(tmpfile a.html)"
	run strip-markup --no-doc "$(tmpfile a.html)" "$(tmpfile a.html)"
	assert_output $'one\n\ntwo\n\none\n\ntwo'
	run strip-markup -n "$D/concat.in"
	assert_output $'first page\n\nsecond page\n\nthird page'
}

@test "strip-markup: an empty input is an empty document, said and marked no-text" {
	run --separate-stderr strip-markup </dev/null
	assert_success
	assert_output $'<doc id="-" problem="no-text">\n</doc>'
	[ "$stderr" = "strip-markup: -: no text" ]
	run --separate-stderr strip-markup -n </dev/null
	assert_output ''
	[ "$stderr" = "strip-markup: -: no text" ]
}

@test "strip-markup: a page of scripts only (a bot wall) says it has no text; rows per document show it" {
	printf '<html><head><title>Just a moment</title><script>check()</script></head><body><script>go()</script><noscript></noscript></body></html>' >"$(tmpfile wall.html)"
	printf '<p>A page with text.</p>' >"$(tmpfile text.html)"
	run --separate-stderr strip-markup "$(tmpfile wall.html)" "$(tmpfile text.html)"
	assert_success
	assert_line --index 0 "<doc id=\"$(tmpfile wall.html)\" title=\"Just a moment\" problem=\"no-text\">"
	refute_line --index 2 --partial problem
	[ "$stderr" = "strip-markup: $(tmpfile wall.html): no text" ]
	run --separate-stderr sh -c "strip-markup '$(tmpfile wall.html)' | to-csv --lf -r document -c title,words,problem"
	assert_line --index 1 'Just a moment,0,no-text'
}

@test "strip-markup: | head -1 ends quietly" {
	f=$(tmpfile big.html)
	printf '<p>paragraph %d</p>\n' $(seq 2000) >"$f"
	for i in 1 2 3 4 5 6; do cat "$f" "$f" >"$f.2"; mv "$f.2" "$f"; done
	run --separate-stderr bash -c "strip-markup '$f' | head -1"
	assert_success
	assert_output '<doc id="'"$f"'">'
	[ -z "$stderr" ]
}

@test "strip-markup: valid UTF-8 wins over a wrong label" {
	printf '<meta charset="iso-8859-1"><p>caf\xc3\xa9 \xe4\xb8\xad</p>' |
	    strip-markup -n >"$(tmpfile out)"
	[ "$(cat "$(tmpfile out)")" = "café 中" ]
}

@test "strip-markup: invalid UTF-8 after a UTF-8 BOM is repaired and reported" {
	run --separate-stderr strip-markup -n < <(printf '\xef\xbb\xbfa\xffb')
	assert_success
	assert_output "a�b"
	[[ "$stderr" == *"replaced 1 invalid UTF-8 sequence"* ]]
	run --separate-stderr strip-markup -n --strict < <(printf '\xef\xbb\xbfa\xffb')
	[ "$status" -eq 1 ]
}

@test "strip-markup: undeclared UTF-8 with a stray Latin-1 byte keeps its UTF-8, reads the byte as windows-1252, and says so" {
	# was CafÃ© naïve (all windows-1252), exit 0, nothing said
	printf 'Caf\xc3\xa9 na\xefve\n' >"$(tmpfile m.txt)"
	run --separate-stderr strip-markup "$(tmpfile m.txt)"
	assert_success
	assert_line --index 0 --partial 'problem="charset-replaced"'
	assert_line --index 1 'Café naïve'
	[ "$stderr" = "strip-markup: $(tmpfile m.txt): read 1 stray byte in UTF-8 text as windows-1252" ]
	run --separate-stderr strip-markup --strict "$(tmpfile m.txt)"
	assert_failure 1
	assert_line --index 1 'Café naïve'
	# stdin, HTML, counted per input: 0x92 is windows-1252's quote
	run --separate-stderr strip-markup -n < <(printf '<p>\xc3\xa9t\xc3\xa9 \x92x\x92 \xc3\xa0</p>')
	assert_success
	assert_output 'été ’x’ à'
	[ "$stderr" = "strip-markup: <stdin>: read 2 stray bytes in UTF-8 text as windows-1252" ]
	run --separate-stderr strip-markup -n "$(tmpfile m.txt)" "$(tmpfile m.txt)"
	assert_success
	[ "$(printf '%s\n' "$stderr" | grep -c 'm.txt: read 1 stray byte')" -eq 2 ]
}

@test "strip-markup: mostly windows-1252, or declared, stays as before without a word" {
	# more stray bytes than UTF-8 characters: windows-1252 text ("É»" is
	# well-formed UTF-8 by accident)
	run --separate-stderr strip-markup -n < <(printf '\xc9T\xc9\xbb \xe9t\xe9')
	assert_success
	assert_output 'ÉTÉ» été'
	[ -z "$stderr" ]
	# a label is honoured: latin1 stays latin1, UTF-8 keeps U+FFFD
	run --separate-stderr strip-markup -n < <(printf '<meta charset=latin1><p>Caf\xc3\xa9 na\xefve</p>')
	assert_output 'CafÃ© naïve'
	[ -z "$stderr" ]
	run --separate-stderr strip-markup -n < <(printf '<meta charset=utf-8><p>Caf\xc3\xa9 na\xefve</p>')
	assert_output 'Café na�ve'
	[[ "$stderr" == *"replaced 1 invalid UTF-8 sequence with U+FFFD" ]]
}

@test "strip-markup: a stray byte after the part of a streamed document the charset was chosen from is read as windows-1252 and counted" {
	f=$(tmpfile stream.txt)
	{ printf 'Caf\xc3\xa9\n\n'
	  for i in $(seq 5000); do printf 'line %d of ASCII text to pad it out\n\n' "$i"; done
	  printf 'na\xefve end\n'; } >"$f"
	# was na�ve, said as an invalid UTF-8 sequence
	run --separate-stderr strip-markup -n --max-doc-size=4k "$f"
	assert_success
	assert_line 'Café'
	assert_line 'naïve end'
	stderr_has "$f: read 1 stray byte in UTF-8 text as windows-1252"
	run --separate-stderr strip-markup -n --strict --max-doc-size=4k "$f"
	assert_failure 1
}

@test "strip-markup: UTF-16 with a BOM" {
	printf '\xff\xfe<\0p\0>\0h\0\xe9\0<\0/\0p\0>\0' | strip-markup -n >"$(tmpfile out)"
	[ "$(cat "$(tmpfile out)")" = "hé" ]
}

@test "strip-markup: --charset forces the decoding" {
	printf '<p>caf\xc3\xa9</p>' | strip-markup -n --charset=latin1 >"$(tmpfile out)"
	[ "$(cat "$(tmpfile out)")" = "cafÃ©" ]
}

@test "strip-markup: a document over --max-doc-size is streamed, same text" {
	f=$(tmpfile big.html)
	{ printf '<html><head><title>Big</title></head><body>'
	  printf '<p>paragraph &amp; %d caf\xc3\xa9</p>\n' $(seq 500)
	  printf '</body></html>'; } >"$f"
	strip-markup "$f" >"$(tmpfile whole)"
	run --separate-stderr strip-markup --max-doc-size=2k "$f"
	assert_success
	[[ "$stderr" == *"document over 2048 bytes"* ]]
	diff "$(tmpfile whole)" <(printf '%s\n' "$output")
}

# peak RSS in MB of a command (python3 is a test dependency; ru_maxrss is KB)
peak_mb() {
	python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)' "$@"
}

@test "strip-markup: a big page costs its size once in memory, decoded or streamed (issue 13)" {
	f=$(tmpfile big.html)
	# one 28 MB paragraph (was 86 MB held whole, 120 MB decoded, 34 MB
	# streamed at 8 MB: raw, decoded and text copies of all of it)
	python3 -c 'import sys
sys.stdout.buffer.write(b"<p>" + b"caf\xc3\xa9 lorem ipsum dolor sit amet " * 1000000)' >"$f"
	size=$(($(wc -c <"$f") / 1048576))
	held=$(peak_mb strip-markup "$f")
	decoded=$(peak_mb strip-markup -c latin1 "$f")
	streamed=$(peak_mb strip-markup --max-doc-size=8M "$f")
	echo "size $size MB, peak held $held, decoded $decoded, streamed $streamed"
	# under the sanitizers (make test-sanitize sets ASAN_OPTIONS) memory
	# is ASan's quarantine and shadow, not ours: only the text is checked
	if [ -z "${ASAN_OPTIONS:-}" ]; then
		[ "$held" -lt $((size + 12)) ]
		[ "$decoded" -lt $((size + 12)) ]
		[ "$streamed" -lt $((8 + 12)) ]
	fi
	# and the text is the same, whole and in chunks
	strip-markup "$f" | md5sum >"$(tmpfile whole)"
	strip-markup --max-doc-size=8M "$f" 2>/dev/null | md5sum >"$(tmpfile streamed)"
	diff "$(tmpfile whole)" "$(tmpfile streamed)"
}

@test "strip-markup: output keeps the stream's escape rule" {
	run strip-markup -n <<<'<p>&lt;doc id=1&gt; &lt;/doc&gt; &lt;MONEY&gt; &amp;lt; &amp;amp; a&lt;b AT&amp;T</p>'
	assert_output '&lt;doc id=1> &lt;/doc> &lt;MONEY> &amp;lt; &amp;amp; a<b AT&T'
}

@test "strip-markup: attributes in the <doc> line are escaped and folded" {
	run strip-markup <<<'<title>A &quot;q&quot; &amp; &lt;b&gt;
	  two</title><p>x'
	assert_line --index 0 '<doc id="-" title="A &quot;q&quot; &amp; &lt;b&gt; two">'
}

@test "strip-markup: output is NFC" {
	run strip-markup -n <<<$'<p>cafe\xcc\x81 A\xcc\x8a</p>'
	assert_output $'caf\xc3\xa9 \xc3\x85'
}

@test "strip-markup: --article on plain text drops furniture, keeps date, author, source" {
	run --separate-stderr strip-markup --article "$TOP/samples/china-daily-2015-09-18.txt"
	assert_success
	assert_line --index 0 '<doc id="'"$TOP"'/samples/china-daily-2015-09-18.txt" title="China '"'"'open to'"'"' cybersecurity teamwork" date="2015-09-18T07:40" date_source="text" author="Wang Xu" lang="en" source="China Daily">'
	refute_output --partial 'Print Mail'
	refute_output --partial 'Updated:'
	assert_line --index 1 --partial 'China has always firmly opposed'
}

@test "strip-markup: --article keeps the body of a page, not its furniture" {
	f=$(tmpfile page.html)
	{ printf '<html><head><title>Big news today - Site</title></head><body>'
	  printf '<nav><ul><li><a href="/">Home</a><li><a href="/w">World</a></ul></nav>'
	  printf '<div class="sidebar"><p>Most read: a long list of other stories, with commas, many, many.</p></div>'
	  printf '<article><h1>Big news today</h1><p>Updated 5:27 am CST, Wednesday, November 20, 2019</p>'
	  printf '<figure><img src=a.jpg><p>A boat in the harbour. (Photo: Jane Doe/AP)</p></figure>'
	  for i in 1 2 3 4 5; do printf '<p>Paragraph %d of the story, which is long enough to count, with a comma, and another one.</p>' "$i"; done
	  printf '<div class="share">Share Tweet Email</div></article>'
	  printf '<footer><p>Copyright 2019, Example Media, all rights reserved.</p></footer></body></html>'; } >"$f"
	run strip-markup --article -n "$f"
	assert_success
	assert_line --index 0 'Paragraph 1 of the story, which is long enough to count, with a comma, and another one.'
	assert_line --index 4 'Paragraph 5 of the story, which is long enough to count, with a comma, and another one.'
	refute_output --partial 'Home'
	refute_output --partial 'Most read'
	refute_output --partial 'Copyright'
	refute_output --partial 'Share'
	refute_output --partial 'Big news today'
	refute_output --partial 'Updated'
	refute_output --partial 'Photo'
}

@test "strip-markup: --article writes a table row as one paragraph, numbers and all" {
	f=$(tmpfile table.html)
	{ printf '<html><body><article>'
	  for i in 1 2 3; do printf '<p>Paragraph %d of the report on the season, long enough to count, with a comma, and another.</p>' "$i"; done
	  printf '<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>'
	  printf '<tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr>'
	  printf '<tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table>'
	  printf '</article></body></html>'; } >"$f"
	run strip-markup --article -n "$f"
	assert_success
	assert_line 'Pos. Driver Points'
	assert_line '1 Kyle Busch 5040'
	assert_line '2 Martin Truex Jr. 5035'
}

@test "strip-markup: --article follows itemprop=articleBody over a longer block elsewhere" {
	f=$(tmpfile itemprop.html)
	{ printf '<html><body><div class="top"><div class="list"><ul>'
	  for i in 1 2 3 4 5 6 7 8; do printf '<li>Slide %d: a long caption of a picture gallery, with commas, many, many of them, here.</li>' "$i"; done
	  printf '</ul></div></div><div class="page"><div class="main"><div itemprop="articleBody">'
	  for i in 1 2 3 4 5; do printf '<p>Body paragraph %d, the story the page marks as its article body, with commas, and more words.</p>' "$i"; done
	  printf '</div></div></div></body></html>'; } >"$f"
	run strip-markup --article -n "$f"
	assert_success
	assert_line --index 0 --partial 'Body paragraph 1'
	assert_line --index 4 --partial 'Body paragraph 5'
	refute_output --partial 'Slide'
	# unmarked, the longer list wins
	sed 's/itemprop=/data-x=/' "$f" >"$f.2"
	run strip-markup --article -n "$f.2"
	assert_line --partial 'Slide 1'
}

@test "strip-markup: --article checks the body against the JSON-LD articleBody" {
	f=$(tmpfile ld.html)
	p1='The committee met on Tuesday to discuss the new budget, which includes funding for schools, roads and hospitals across the region.'
	p2='Members argued for hours about the size of the increase, and in the end they agreed to a compromise that pleased nobody entirely.'
	p3='The vote is expected next month, after a period of public consultation that will run until the end of the summer holidays.'
	x='Elsewhere this week, a new bakery opened on the high street, and the local football club won its third game in a row.'
	{ printf '<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"%s %s %s"}</script></head><body>' "$p1" "$p2" "$p3"
	  printf '<div class="story"><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div></body></html>' "$p1" "$p2" "$p3" "$x"; } >"$f"
	run strip-markup --article -n "$f"
	assert_success
	assert_line --index 0 "$p1"
	assert_line --index 2 "$p3"
	refute_output --partial 'bakery'
	# without the articleBody the last paragraph stays: the check decided
	sed 's/"articleBody"/"description"/' "$f" >"$f.2"
	run strip-markup --article -n "$f.2"
	assert_line --partial 'bakery'
}

@test "strip-markup: --article leaves out a list of other stories (linked headline, then a sentence)" {
	f=$(tmpfile teaser.html)
	{ printf '<html><body><div class="page"><div class="story">'
	  for i in 1 2 3 4 5; do printf '<p>Paragraph %d of the story, which is long enough to count, with a comma, and another one, and more.</p>' "$i"; done
	  printf '</div></div><div class="more"><ul>'
	  for i in 1 2 3 4 5; do printf '<li><a href="/s%d">Headline of another story number %d</a> Its first sentence, with commas, and more text, to make it count, and more.</li>' "$i" "$i"; done
	  printf '</ul></div></body></html>'; } >"$f"
	run strip-markup --article -n "$f"
	assert_success
	assert_line --index 4 --partial 'Paragraph 5 of the story'
	refute_output --partial 'Headline of another story'
}

@test "strip-markup: --article leaves out a feed of short <article> teasers beside the story" {
	f=$(tmpfile feed.html)
	{ printf '<html><body><main><article class="post">'
	  for i in 1 2 3; do printf '<p>Paragraph %d of the story, which is long enough to count, with a comma, and another one, and more.</p>' "$i"; done
	  printf '</article><article class="post"><h3>You may also like</h3>'
	  for i in 1 2 3 4 5; do printf '<article class="post"><h2><a href="/s%d">Another story %d</a></h2><p>Teaser %d, a first sentence of it, with commas, and more, and more, and more, and more, and more.</p><p>Second sentence of teaser %d, with commas, and more, and more, and more, and more.</p></article>' "$i" "$i" "$i" "$i"; done
	  printf '</article></main></body></html>'; } >"$f"
	run strip-markup --article -n "$f"
	assert_success
	assert_line --index 2 --partial 'Paragraph 3 of the story'
	refute_output --partial 'Teaser'
}

@test "strip-markup: --article drops the label over an ad, in several languages" {
	f=$(tmpfile ad.html)
	{ printf '<html><body><article>'
	  for w in Advert Anzeige Publicidad; do printf '<p>Paragraph of the story, which is long enough to count, with a comma, and another one, and more.</p><p>%s</p>' "$w"; done
	  printf '</article></body></html>'; } >"$f"
	run strip-markup --article -n "$f"
	assert_success
	assert_line --index 2 --partial 'Paragraph of the story'
	refute_output --partial 'Advert'
	refute_output --partial 'Anzeige'
	refute_output --partial 'Publicidad'
}

@test "strip-markup: --article reads a long id as a heading's anchor, not a layout name" {
	f=$(tmpfile slug.html)
	{ printf '<html><body><div class="body">'
	  for id in setting-up-the-server sharing-with-other-developers keeping-the-history-clean; do
		printf '<div class="section" id="%s"><h2>%s</h2>' "$id" "$id"
		for i in 1 2 3; do printf '<p>Paragraph %d of %s, which is long enough to count, with a comma, and another one.</p>' "$i" "$id"; done
		printf '</div>'
	  done
	  printf '</div></body></html>'; } >"$f"
	run strip-markup --article -n "$f"
	assert_success
	assert_line --partial 'Paragraph 3 of setting-up-the-server'
	assert_line --partial 'Paragraph 3 of sharing-with-other-developers'
}

@test "strip-markup: --article: a hidden element in the body does not cut the body short" {
	f=$(tmpfile hidden.html)
	{ printf '<html><body><div class="wrap"><div class="nav"><p>Home, World, Politics, Sport, Culture, Science, Tech, more, more.</p></div><div class="story">'
	  for i in 1 2 3; do printf '<p>Paragraph %d of the story, which is long enough to count, with a comma, and another one, and more.</p>' "$i"; done
	  printf '<div class="pull-quote" aria-hidden="true"><span>A quote pulled out of the story, with a comma, shown twice.</span></div>'
	  for i in 4 5 6; do printf '<p>Paragraph %d of the story, which is long enough to count, with a comma, and another one, and more.</p>' "$i"; done
	  printf '</div></div><div id="jp-relatedposts" class="jp-relatedposts"><p>Another story, with a comma, and a few more words, to count.</p></div></body></html>'; } >"$f"
	run strip-markup --article -n "$f"
	assert_success
	assert_line --index 0 --partial 'Paragraph 1 of the story'
	assert_line --index 5 --partial 'Paragraph 6 of the story'
	refute_output --partial 'quote pulled'
	refute_output --partial 'Home'
	refute_output --partial 'Another story'
}

@test "strip-markup: --article keeps a post embedded in the story (class social-media-embed)" {
	f=$(tmpfile embed.html)
	{ printf '<html><body><article>'
	  for i in 1 2 3; do printf '<p>Paragraph %d of the story, which is long enough to count, with a comma, and another one, and more.</p>' "$i"; done
	  printf '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>A post quoted in the story, with a comma, and a link: <a href="https://t.co/x">https://t.co/x</a></p></blockquote></div>'
	  printf '<div class="social-share"><p>Share this story on Facebook, Twitter, and by email, now, today.</p></div>'
	  printf '</article></body></html>'; } >"$f"
	run strip-markup --article -n "$f"
	assert_success
	assert_line --partial 'A post quoted in the story'
	refute_output --partial 'Share this story'
}

# ---- publication dates (issue 16; more in strip-markup-lang.bats) ----

# "date date_source" of the first <doc> line strip-markup writes for a
# page in language $1 with head $2 and body $3
page_date() {
	date_of "$(printf '<!DOCTYPE html><html lang="%s"><head>%s</head><body>%s<p>The council met on Tuesday evening and voted to build a cycle lane along the high street.</p></body></html>' "$1" "$2" "$3" |
	    strip-markup)"
}

@test "strip-markup: dates in URLs with a one-digit month or day, or a time after the day" {
	canon() { printf '<link rel="canonical" href="%s">' "$1"; }
	[ "$(page_date en "$(canon https://example.com/2020/6/24/123/a-story)" '')" = "2020-06-24 url" ]
	[ "$(page_date ar "$(canon https://example.com/story/2020/8/4/x)" '')" = "2020-08-04 url" ]
	[ "$(page_date es "$(canon https://example.com/nota/2020-4-15-16-5-0-a-story)" '')" = "2020-04-15 url" ]
	# a year and a month alone, or a longer number, are no date
	[ "$(page_date en "$(canon https://example.com/2020/06/a-story)" '')" = " " ]
	[ "$(page_date en "$(canon https://example.com/2020/6/245/a-story)" '')" = " " ]
}

@test "strip-markup: a dateline's time is no day, and the masthead's date of today is no dateline" {
	[ "$(page_date en '' '<p>Posted 22:30, 9 MAY 2020</p>')" = "2020-05-09 text" ]
	[ "$(page_date en '' '<p>Sunday, July 19, 2020 | Today'"'"'s Paper</p><p>By Ann Lee, July 18, 2020</p>')" = "2020-07-18 text" ]
	[ "$(page_date ko '' '<p>2020. 08. 27. 20:27</p>')" = "2020-08-27 text" ]
}

@test "strip-markup: publication dates under the names CMSs give them in <meta>" {
	for k in 'name="publish-date"' 'name="publication_date"' 'name="dcterms.created"' 'name="citation_publication_date"' 'itemprop="dateCreated"' 'property="og:article:published_time"'; do
		[ "$(page_date en "<meta $k content=\"2020-04-13\">" '')" = "2020-04-13 meta" ] || fail "$k"
	done
	# a modification is no publication
	[ "$(page_date en '<meta property="article:modified_time" content="2020-04-13">' '')" = " " ]
}

@test "strip-markup: of duplicate attributes the first counts, in the head and in the body (the HTML standard's tokenizer)" {
	local f
	f=$(tmpfile dup.html)
	{ printf '<!DOCTYPE html><html lang="en"><head><title>A story</title>'
	  printf '<meta name="author" content="Ann Lee" content="Bob Ray">'
	  printf '<meta name="author" name="description" content="Cy Dee">'
	  printf '<link rel="canonical" rel="alternate" href="https://example.com/2019/05/06/x" href="https://example.com/2018/01/02/y">'
	  printf '</head><body><p style="color: red" style="display: none">Shown: the first style is no hiding.</p>'
	  printf '<p style="display: none" style="color: red">Hidden: the first style hides.</p>'
	  printf '<p aria-hidden="true" aria-hidden="false">Hidden by aria.</p>'
	  printf '<span itemprop="datePublished" itemprop="x" content="2020-04-27" content="2021-01-01"></span>'
	  printf '<p>The council met on Tuesday evening and voted to build a cycle lane.</p></body></html>'
	} >"$f"
	run --separate-stderr strip-markup "$f"
	assert_success
	assert_line --index 0 "<doc id=\"$f\" url=\"https://example.com/2019/05/06/x\" title=\"A story\" date=\"2020-04-27\" date_source=\"meta\" author=\"Ann Lee\" lang=\"en\">"
	assert_line --index 1 'Shown: the first style is no hiding.'
	refute_output --partial 'Hidden'
	refute_output --partial 'Bob Ray'
	refute_output --partial 'Cy Dee'
}

@test "strip-markup: a script's data dates a page that gives no other date" {
	local shop='<script>var meta = {"product":{"title":"Sidamo","published_at":"2019-03-02T06:22:28+01:00","updated_at":"2020-02-21T10:00:00+01:00"}};</script>'
	[ "$(page_date de '' "$shop")" = "2019-03-02T06:22:28+01:00 script" ]
	# escaped inside a string, as page builders write their state
	[ "$(page_date de '' '<script>self.__next_f.push("{\"name\":null,\"createdAt\":\"2022-01-31T15:58:43+01:00\"}")</script>')" = "2022-01-31T15:58:43+01:00 script" ]
	# any other source is stronger: the URL, a dateline
	[ "$(page_date de '<link rel="canonical" href="https://example.com/2020/04/13/a-story">' "$shop")" = "2020-04-13 url" ]
	[ "$(page_date de '' "$shop<p>13.04.2020</p>")" = "2020-04-13 text" ]
	# an update, a future date or a key that only ends so is no publication
	[ "$(page_date de '' '<script>x = {"updated_at":"2020-02-21"};</script>')" = " " ]
	[ "$(page_date de '' '<script>x = {"published_at":"2099-01-01"};</script>')" = " " ]
	[ "$(page_date de '' '<script>x = {"unpublished_at":"2020-02-21"};</script>')" = " " ]
}

@test "strip-markup: the line of a page's last change dates it when nothing else does" {
	[ "$(page_date de '' '<footer><p>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</p></footer>')" = "2020-01-29 text" ]
	[ "$(page_date de '' '<p>Quelle: Landeshauptstadt Musterstadt - Startseite Ihr Pfad: musterstadt.de [Stand: 09.10.2017, 01:40 Uhr]</p>')" = "2017-10-09 text" ]
	[ "$(page_date en '' '<p>This page was last modified on 4 November 2020, at 19:23. Content is available under a licence.</p>')" = "2020-11-04 text" ]
	# any other source is stronger, wherever it is on the page
	[ "$(page_date de '' '<p>Stand: 09.10.2017</p><p>Posted by Ann</p><time datetime="2017-09-01">1. September</time>')" = "2017-09-01 time" ]
	# a sentence with a date but no word of a change is no such line
	[ "$(page_date de '' '<p>Die nächste Saison beginnt am 6. Oktober 2017 und dauert bis zum Frühjahr, sagte die Stadt heute.</p>')" = " " ]
}

@test "strip-markup: a page that prints its data's modification day, not its publication's, is dated by the modification" {
	local ld='<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-01-01T08:00:00+01:00","dateModified":"2023-04-01T09:30:00+02:00"}</script>'
	[ "$(page_date de "$ld" '<p>01.04.2023</p>')" = "2023-04-01T09:30:00+02:00 json-ld" ]
	# Open Graph's pair likewise
	[ "$(page_date en '<meta property="article:published_time" content="2017-08-21"><meta property="article:modified_time" content="2019-04-03">' '<p>April 3, 2019</p>')" = "2019-04-03 meta" ]
	# printed as published, or not printed: the publication stays
	[ "$(page_date de "$ld" '<p>01.01.2021</p>')" = "2021-01-01T08:00:00+01:00 json-ld" ]
	[ "$(page_date de "$ld" '')" = "2021-01-01T08:00:00+01:00 json-ld" ]
	# printed as an update ("Aktualisiert am"): the publication stays
	[ "$(page_date de "$ld" '<p>Aktualisiert am 01.04.2023</p>')" = "2021-01-01T08:00:00+01:00 json-ld" ]
}

@test "strip-markup: a <meta name=date> on another day than the printed date gives way to it" {
	[ "$(page_date de '<meta name="date" content="2020-02-12">' '<p>05.02.2020</p>')" = "2020-02-05 text" ]
	[ "$(page_date de '<meta name="DCTERMS.date" content="2020-04-30T11:52:23">' '<p>Mittwoch, 29. April 2020</p>')" = "2020-04-29 text" ]
	# a date of a named event (published, issued) stays
	[ "$(page_date de '<meta name="pubdate" content="2020-02-12">' '<p>05.02.2020</p>')" = "2020-02-12 meta" ]
	[ "$(page_date de '<meta name="dc.date.issued" content="2020-02-12">' '<p>05.02.2020</p>')" = "2020-02-12 meta" ]
	# a printed day later than it is the date too (a first version's day
	# in the <meta>)
	[ "$(page_date de '<meta name="date" content="2021-12-20T11:02:44+01:00">' '<p>27.01.2022</p>')" = "2022-01-27 text" ]
	# the same day printed: the machine date, with its time
	[ "$(page_date de '<meta name="date" content="2020-02-05T10:00:00+01:00">' '<p>05.02.2020</p>')" = "2020-02-05T10:00:00+01:00 meta" ]
	# and one a stronger source stands behind
	[ "$(page_date de '<meta name="date" content="2020-02-12"><meta property="article:published_time" content="2020-02-12">' '<p>05.02.2020</p>')" = "2020-02-12 meta" ]
}

@test "strip-markup: a machine date with a zone other than UTC's tells the zone of a UTC date of the same instant" {
	local ld='<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-10-31T04:41:58.000Z"}</script>'
	# without it, a dateline of the day before at 04:41Z would mend the day
	[ "$(page_date de "$ld" '<p>30.10.2023</p>')" = "2023-10-30 text" ]
	[ "$(page_date de "$ld" '<p><time datetime="2023-10-31T05:41:58+01:00">31.10.2023</time></p><p>30.10.2023</p>')" = "2023-10-31T05:41:58+01:00 json-ld" ]
	[ "$(page_date de "$ld" '<p><time datetime="2023-10-31T05:41:58.000+0100">x</time></p><p>30.10.2023</p>')" = "2023-10-31T05:41:58+01:00 json-ld" ]
	# UTC's own zone tells nothing
	[ "$(page_date de "$ld" '<p><time datetime="2023-10-31T04:41:58+00:00">x</time></p><p>30.10.2023</p>')" = "2023-10-30 text" ]
}

@test "strip-markup: hAtom's machine date in title= dates a page that gives no other" {
	[ "$(page_date de '' '<div class="hentry"><abbr class="published" title="2013-04-04T18:52:11+00:00">vor 7 Jahren</abbr></div>')" = "2013-04-04T18:52:11+00:00 time" ]
	[ "$(page_date de '' '<span class="entry-date updated" title="2013-04-04T18:52:11+00:00"></span>')" = "2013-04-04T18:52:11+00:00 time" ]
	# a title that is no date, or another class: nothing
	[ "$(page_date de '' '<abbr class="published" title="Donnerstag">vor 7 Jahren</abbr>')" = " " ]
	[ "$(page_date de '' '<a class="unpublished-draft" title="2013-04-04">x</a>')" = " " ]
	# the URL is stronger
	[ "$(page_date de '<link rel="canonical" href="https://example.com/2013/11/10/x">' '<abbr class="published" title="2013-04-04">x</abbr>')" = "2013-11-10 url" ]
}

@test "strip-markup: the description's date is the last resort" {
	local desc='<meta name="description" content="ORSO MARSICANO: 2019 UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)">'
	[ "$(page_date it "$desc" '')" = "2020-01-14 meta" ]
	[ "$(page_date en '<meta property="og:description" content="The festival returns on 5 June 2021 with forty bands.">' '')" = "2021-06-05 meta" ]
	# every other source is stronger, the weakest too
	[ "$(page_date de "$desc" '<p>Diese Seite wurde zuletzt am 3. Februar 2020 um 10:00 Uhr von der Redaktion geändert.</p>')" = "2020-02-03 text" ]
	[ "$(page_date it "$desc<link rel=\"canonical\" href=\"https://example.com/2020/01/15/x\">" '')" = "2020-01-15 url" ]
}

@test "strip-markup: the last resorts rank among themselves, whichever the page gives first" {
	local changed='<p>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</p>'
	[ "$(page_date de '' "$changed"'<abbr class="published" title="2020-01-02">x</abbr>')" = "2020-01-02 time" ]
	[ "$(page_date de '' "$changed"'<script>x = {"published_at":"2020-01-03"};</script>')" = "2020-01-03 script" ]
	[ "$(page_date de '' '<abbr class="published" title="2020-01-02">x</abbr><script>x = {"published_at":"2020-01-03"};</script>')" = "2020-01-03 script" ]
}
