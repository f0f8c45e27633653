#!/usr/bin/env bats
# strip-markup: the lang of each document, and ruby annotations

load helpers

D="$TOP/tests/data/strip-markup-lang"

# the lang attribute of the <doc> line number $2 (1-based) of output $1;
# empty if it has none
lang_of() {
	printf '%s\n' "$1" | grep '^<doc ' | sed -n "${2}p" |
	    sed -n 's/.* lang="\([^"]*\)".*/\1/p'
}

page() {	# lang-attribute text -> a page
	printf '<!DOCTYPE html><html%s><body><p>%s</p></body></html>\n' "$1" "$2"
}

DE='Nach monatelangen Diskussionen hat der Stadtrat am Dienstagabend mit knapper Mehrheit beschlossen, entlang der Hauptstraße einen durchgehenden Radweg anzulegen.'
EN='The library will stay open until nine in the evening during the exam weeks, the university said on Monday, after students complained.'

@test "lang: a German article under a template that declares en is de" {
	run --separate-stderr strip-markup "$D/de-declared-en.html"
	assert_success
	[ "$(lang_of "$output" 1)" = de ]
	run --separate-stderr strip-markup --article "$D/de-declared-en.html"
	assert_success
	[ "$(lang_of "$output" 1)" = de ]
}

@test "lang: a real German page declared en (an AEB page) is de" {
	run --separate-stderr strip-markup "$D/aeb-de-declared-en.html"
	assert_success
	[ "$(lang_of "$output" 1)" = de ]
	run --separate-stderr strip-markup --article "$D/aeb-de-declared-en.html"
	[ "$(lang_of "$output" 1)" = de ]
}

@test "lang: a right declaration is cut to its primary subtag" {
	for tag in de de-DE DE_at 'de-1996' ' de'; do
		run --separate-stderr strip-markup <(page " lang=\"$tag\"" "$DE")
		assert_success
		[ "$(lang_of "$output" 1)" = de ] || fail "lang=$tag"
	done
}

@test "lang: nothing declared: the text decides" {
	run --separate-stderr strip-markup <(page "" "$DE")
	[ "$(lang_of "$output" 1)" = de ]
	run --separate-stderr strip-markup <(page "" "$EN")
	[ "$(lang_of "$output" 1)" = en ]
	# plain text as well
	run --separate-stderr strip-markup <<<"$DE"
	[ "$(lang_of "$output" 1)" = de ]
}

@test "lang: too little text: the declaration stands; without one, no lang" {
	run --separate-stderr strip-markup <(page ' lang="pt-BR"' 'Bom dia.')
	[ "$(lang_of "$output" 1)" = pt ]
	run --separate-stderr strip-markup <(page '' '12 345 678')
	assert_success
	refute_output --partial 'lang='
	run --separate-stderr strip-markup </dev/null
	refute_output --partial 'lang='
}

@test "lang: what names no language is no declaration" {
	for tag in x-default und '' '*' mul zxx 'en-US-x' ; do
		run --separate-stderr strip-markup <(page " lang=\"$tag\"" '1 2 3')
		assert_success
		[ "$tag" = en-US-x ] && { [ "$(lang_of "$output" 1)" = en ] ||
		    fail "lang=$tag"; continue; }
		refute_output --partial 'lang=' || fail "lang=$tag"
	done
}

@test "lang: html lang, then content-language, then og:locale, then dc.language" {
	head='<meta name="dc.language" content="it"><meta property="og:locale" content="es_ES"><meta http-equiv="Content-Language" content="fr-CA, en">'
	mk() { printf '<html%s><head>%s</head><body><p>1 2 3</p></body></html>' "$1" "$2"; }
	run strip-markup <(mk ' lang="nl"' "$head")
	[ "$(lang_of "$output" 1)" = nl ]
	run strip-markup <(mk '' "$head")
	[ "$(lang_of "$output" 1)" = fr ]
	run strip-markup <(mk '' '<meta property="og:locale" content="es_ES"><meta name="dc.language" content="it">')
	[ "$(lang_of "$output" 1)" = es ]
	run strip-markup <(mk '' '<meta name="DC.Language" content="it">')
	[ "$(lang_of "$output" 1)" = it ]
	# deprecated codes are renamed
	run strip-markup <(mk ' lang="iw"' '')
	[ "$(lang_of "$output" 1)" = he ]
}

@test "lang: a declaration that is no ISO 639 code (Content-Language: UTF-8) is ignored: the next one or detection decides" {
	# was lang="utf" (pages of warcfile.warc.gz), and tag-entities said "utf 1"
	mk() { printf '<html><head>%s</head><body><p>%s</p></body></html>' "$1" "$2"; }
	run --separate-stderr strip-markup <(mk '<meta http-equiv="Content-Language" content="UTF-8">' '1 2 3')
	assert_success
	[ -z "$(lang_of "$output" 1)" ]
	[ -z "$stderr" ]
	run --separate-stderr strip-markup <(mk '<meta http-equiv="Content-Language" content="UTF-8"><meta property="og:locale" content="es_ES">' '1 2 3')
	[ "$(lang_of "$output" 1)" = es ]
	run --separate-stderr strip-markup <(mk '' '1 2 3' | sed 's/<html>/<html lang="xx">/')
	[ -z "$(lang_of "$output" 1)" ]
	# a JSON record's language field, and stdin
	run --separate-stderr strip-markup < <(printf '{"text": "1 2 3", "language": "utf-8"}\n{"text": "1 2 3", "language": "pt-BR"}\n')
	assert_success
	[ -z "$(lang_of "$output" 1)" ]
	[ "$(lang_of "$output" 2)" = pt ]
	# the German text decides
	run --separate-stderr bash -c "printf '<meta http-equiv=Content-Language content=UTF-8><p>%s</p>' '$DE' | strip-markup | tag-entities"
	assert_success
	[ "$(lang_of "$output" 1)" = de ]
	[[ "$stderr" != *utf* ]]
}

@test "lang: each page of a concatenated input has its own" {
	run --separate-stderr strip-markup "$D/concat.html"
	assert_success
	[ "$(lang_of "$output" 1)" = de ]
	[ "$(lang_of "$output" 2)" = en ]
	[ "$(lang_of "$output" 3)" = pt ]
}

@test "lang: --no-doc output is unchanged (no lang to write)" {
	run --separate-stderr strip-markup --no-doc "$D/de-declared-en.html"
	assert_success
	assert_line --index 0 'Home News Sport'
}

@test "ruby: rt and rp are left out of the text (furigana)" {
	run --separate-stderr strip-markup --no-doc "$D/ruby.html"
	assert_success
	assert_line --index 0 '子への虐待を防ぐ'
	assert_line --index 1 '漢字の読み方'
	# an rt left open ends at the block, not later
	assert_line --index 2 'The end of rt at a block:語'
	assert_line --index 3 'next paragraph'
	run --separate-stderr strip-markup --no-doc --article "$D/ruby.html"
	assert_success
	assert_line --index 0 '子への虐待を防ぐ'
}

# ---- pages concatenated on one input (issue 13) ----

# a page with title $1 and text $2
pg() {
	printf '<!DOCTYPE html>\n<html><head><title>%s</title></head><body><article><p>%s</p></article></body></html>' "$1" "$2"
}
ONE='The council met on Tuesday evening and voted to build a cycle lane along the whole of the high street next spring.'
TWO='Firefighters were called to a warehouse fire early in the morning; nobody was hurt, the police said at noon.'

@test "pages: a comment after </html> stays with its page; the next page is a document" {
	for mode in "" --article; do
		run --separate-stderr strip-markup $mode <(pg One "$ONE";
		    printf '\n<!-- page cached in 0.2 s -->\n'; pg Two "$TWO")
		assert_success
		[ "$(grep -c '^<doc ' <<<"$output")" = 2 ] || fail "mode $mode: $output"
		assert_line --index 0 --regexp '^<doc id="[^"]*" title="One"'
		assert_line --index 1 "$ONE"
		assert_line --index 3 --regexp '^<doc id="[^"]*#2" title="Two"'
		assert_line --index 4 "$TWO"
	done
}

@test "pages: scripts, blanks and stray text after </html> belong to the page that ended" {
	run --separate-stderr strip-markup <(pg One "$ONE";
	    printf '\n\n<script>var t = 1;</script>\n<img src="/pixel.gif">stray words\n<!-- a --><!--b-->\n\n';
	    pg Two "$TWO")
	assert_success
	[ "$(grep -c '^<doc ' <<<"$output")" = 2 ]
	assert_line --index 2 'stray words'
	assert_line --index 4 --regexp '^<doc id="[^"]*#2" title="Two"'
	refute_output --partial 'var t'
}

@test "pages: </html> or <!DOCTYPE in a script string or a comment starts no page" {
	for mode in "" --article; do
		run --separate-stderr strip-markup $mode <(printf '<!DOCTYPE html><html><head><title>One</title><script>var s = "</html>\\n<!DOCTYPE html><html>";</script></head><body><p>%s</p><!-- </html>\n<!DOCTYPE html>\n<html> --><p>%s</p></body></html>\n' "$ONE" "$TWO")
		assert_success
		[ "$(grep -c '^<doc ' <<<"$output")" = 1 ] || fail "mode $mode: $output"
		refute_output --partial '";'
		refute_output --partial -- '-->'
		assert_output --partial "$TWO"
	done
	# a comment ended by "--!>", a textarea holding a page
	run --separate-stderr strip-markup <(printf '<html><body><p>%s</p><!-- x --!></body></html><!-- </html> --!>\n<textarea></html><!DOCTYPE html></textarea>' "$ONE"; pg Two "$TWO")
	assert_success
	[ "$(grep -c '^<doc ' <<<"$output")" = 2 ]
}

@test "pages: a stray </html> inside a page (an ad's whole markup) cuts nothing" {
	run --separate-stderr strip-markup <(printf '<!DOCTYPE html><html><head><title>One</title></head><body><p>%s</p><div><html><head></head><body>Ad</body></html></div><div><html><body>Ad 2</body></html></div><p>%s</p></body></html>\n' "$ONE" "$TWO")
	assert_success
	[ "$(grep -c '^<doc ' <<<"$output")" = 1 ]
	assert_output --partial "$TWO"
}

@test "pages: an XHTML page's XML declaration starts it" {
	run --separate-stderr strip-markup <(pg One "$ONE"; printf '\n<!-- end -->\n<?xml version="1.0" encoding="iso-8859-1"?>\n<html><head><title>Caf\xe9</title></head><body><p>%s</p></body></html>' "$TWO")
	assert_success
	assert_line --index 3 --regexp '^<doc id="[^"]*#2" title="Café"'
}

@test "pages: the boundary is found wherever the input's chunks end" {
	# the comment after </html> and the next doctype fall across the
	# reader's 64 KiB chunks at every offset around the edge
	pad=$(head -c 65400 /dev/zero | tr '\0' 'x')
	for k in 0 10 20 30 40 50 60 70 80 90 100 110 120 130 140 150; do
		f=$(tmpfile "p$k.html")
		{ printf '<html><body><p>%s</p>' "$pad"; head -c "$k" /dev/zero | tr '\0' ' ';
		  printf '</body></html><!-- cache -->'; pg Two "$TWO"; } >"$f"
		run --separate-stderr strip-markup "$f"
		assert_success
		[ "$(grep -c '^<doc ' <<<"$output")" = 2 ] || fail "offset $k"
		assert_line --index 3 --regexp '^<doc id="[^"]*#2" title="Two"'
	done
}

@test "pages: a tag in a quoted attribute value is no tag" {
	# a real page's embed code: an <iframe> whose end is never seen
	run --separate-stderr strip-markup <(printf '<html><head><meta itemprop="embedHTML" href='"'"'<iframe src="/p?h="640"</iframe>'"'"' /><title>One</title></head><body><p title="a <script> b">%s</p></body></html>\n<!-- x -->\n' "$ONE"; pg Two "$TWO")
	assert_success
	[ "$(grep -c '^<doc ' <<<"$output")" = 2 ]
	assert_line --index 3 --regexp '^<doc id="[^"]*#2" title="Two"'
	# "<svg><title/>" is no raw text
	run --separate-stderr strip-markup <(printf '<html><body><svg><title/><path d="M0"/></svg><p>%s</p></body></html>' "$ONE"; pg Two "$TWO")
	[ "$(grep -c '^<doc ' <<<"$output")" = 2 ]
}

# ---- publication dates (issue 16) ----

dpage() {	# lang head body
	printf '<!DOCTYPE html><html lang="%s"><head>%s</head><body>%s<p>%s</p></body></html>' "$1" "$2" "$3" "$ONE"
}

# the "date source" strip-markup gives the dpage of lang, head and body
dpage_date() {
	date_of "$(strip-markup <(dpage "$@") 2>/dev/null)"
}

@test "dates: a dateline near the headline, in the page's language" {
	[ "$(dpage_date es '' '<h1>Precio</h1><p>/ martes 17 de marzo de 2020</p>')" = "2020-03-17 text" ]
	[ "$(dpage_date pt '' '<p class="tagline">22/11/2020 - 04:30 - Fonte: Agência Brasil</p>')" = "2020-11-22 text" ]
	[ "$(dpage_date nl '' '<p>9 oktober 2020 11:12 Bron: 112 Den Haag</p>')" = "2020-10-09 text" ]
	[ "$(dpage_date en '' '<div>August 06, 2019</div>')" = "2019-08-06 text" ]
	# in --article mode too, though the line is not kept
	run strip-markup --article <(dpage ro '' '<div class="meta">duminică, 20 septembrie 2020</div>')
	[ "$(date_of "$output")" = "2020-09-20 text" ]
}

@test "dates: a dateline of first publication beats one of an update" {
	[ "$(dpage_date de '' '<p>Aktualisiert am 5. März 2020</p><p>Veröffentlicht am 3. März 2020</p>')" = "2020-03-03 text" ]
	[ "$(dpage_date fr '' '<p>Mis à jour le 4 mars 2020 à 10h30</p>')" = "2020-03-04 text" ]
	# the update's word after the date is of a second date: the first is
	# of publication, and a later teaser's date does not beat it
	[ "$(dpage_date en '' '<p>Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46</p><p>Music Bank lineup</p><p>2023-11-03</p>')" = "2023-11-07 text" ]
	[ "$(dpage_date fr '' '<p>4 mars 2020, mis à jour à 12h</p><p>2 mars 2020</p>')" = "2020-03-04 text" ]
}

@test "dates: numbers are read day first unless the page is English and could be either" {
	[ "$(dpage_date en '' '<p>12/25/2020</p>')" = "2020-12-25 text" ]
	[ "$(dpage_date en '' '<p>03/04/2020</p>')" = " " ]
	[ "$(dpage_date fr '' '<p>03/04/2020</p>')" = "2020-04-03 text" ]
	[ "$(dpage_date de '' '<p>Stand: 03.04.2020</p>')" = "2020-04-03 text" ]
	[ "$(dpage_date de '' '<p>Von Deutscher Tennis Bund 4. 2. 2022.</p>')" = "2022-02-04 text" ]
	# a two-digit year
	[ "$(dpage_date de '' '<div class="article-meta">Von: Björn Jahner <span>|</span> <span>31.10.23</span></div>')" = "2023-10-31 text" ]
	[ "$(dpage_date de '' '<p>Version 1.10.23.4</p>')" = " " ]
	# long numbers are no date (and overflow nothing)
	[ "$(dpage_date en '' '<p>12345678901234567890 5 May 2020</p>')" = "2020-05-05 text" ]
	# a sentence that holds a date is no dateline
	[ "$(dpage_date en '' '<p>On 17 March 2020 the council met to talk about the budget for the year</p>')" = " " ]
}

@test "dates: the URL's date when nothing else says one" {
	[ "$(dpage_date en '<link rel="canonical" href="https://example.com/news/20200413/a-story">' '')" = "2020-04-13 url" ]
	[ "$(dpage_date en '<link rel="canonical" href="https://example.com/2020/04/13/a-story/">' '')" = "2020-04-13 url" ]
	# a month's English abbreviation
	[ "$(dpage_date en '<link rel="canonical" href="https://example.com/education/2020/oct/02/halls-too-full">' '')" = "2020-10-02 url" ]
	[ "$(dpage_date en '<link rel="canonical" href="https://example.com/2020/okt/02/x">' '')" = " " ]
	# an id is no date
	[ "$(dpage_date en '<link rel="canonical" href="https://example.com/News/120200622120908039/x">' '')" = " " ]
	# a dateline beats the URL
	[ "$(dpage_date en '<link rel="canonical" href="https://example.com/2020/04/13/a-story/">' '<p>April 12, 2020</p>')" = "2020-04-12 text" ]
}

@test "dates: JSON-LD, then meta, then <time>, then the text; each source named" {
	ld='<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01T10:00:00Z"}</script>'
	meta='<meta property="article:published_time" content="2020-01-02">'
	tm='<time datetime="2020-01-03">3 January</time>'
	[ "$(dpage_date en "$meta$ld" "$tm<p>4 January 2020</p>")" = "2020-01-01T10:00:00Z json-ld" ]
	[ "$(dpage_date en "$meta" "$tm<p>4 January 2020</p>")" = "2020-01-02 meta" ]
	[ "$(dpage_date en "" "$tm<p>4 January 2020</p>")" = "2020-01-03 time" ]
	# a script's type is a MIME type: its case does not matter
	ld='<script type="Application/LD+JSON">{"@type":"NewsArticle","datePublished":"2020-01-01T10:00:00Z"}</script>'
	[ "$(dpage_date en "$meta$ld" "$tm")" = "2020-01-01T10:00:00Z json-ld" ]
}

@test "dates: a UTC date is read in the zone of a local time of the same instant on the page" {
	# JSON-LD 01:09:55Z and <time> 18:09:55 without a zone: 18:09:55-07:00,
	# the 8th, whatever the masthead says
	run --separate-stderr strip-markup "$D/dates-local-time.html"
	assert_success
	[ "$(date_of "$output")" = "2023-11-08T18:09:55-07:00 json-ld" ]
	# the same day in both zones: the masthead's next day does not mend it
	run --separate-stderr strip-markup "$D/dates-local-time-utc.html"
	[ "$(date_of "$output")" = "2023-11-08T16:56:18-05:00 meta" ]
}

@test "dates: a masthead's next day does not mend a UTC date from an hour no zone where news is written reaches" {
	# 14:54Z is 4 February only from UTC+9:06: the page's day is the 3rd
	run --separate-stderr strip-markup "$D/dates-masthead.html"
	assert_success
	[ "$(date_of "$output")" = "2022-02-03T14:54:56+00:00 meta" ]
}

@test "dates: a quoted post's and the comments' dates are not the page's" {
	# an embedded tweet's <time> gives way to the page's own dateline
	run --separate-stderr strip-markup "$D/dates-asides.html"
	assert_success
	[ "$(date_of "$output")" = "2019-01-29 text" ]
	# a comment's <time> and its dateline: no date rather than its date
	run --separate-stderr strip-markup "$D/dates-comments.html"
	assert_success
	[ "$(date_of "$output")" = " " ]
	# the text stays
	assert_output --partial 'Tolle Folge, danke!'
}

@test "dates: a paragraph that is one link's text is a dateline only as the date alone" {
	# a menu's entries are other pages' dates
	run --separate-stderr strip-markup "$D/dates-links.html"
	assert_success
	[ "$(date_of "$output")" = "2018-07-03 text" ]
	# a post's own line of links: its date, author and section
	run --separate-stderr strip-markup "$D/dates-links-own.html"
	[ "$(date_of "$output")" = "2021-11-05 text" ]
	# a blog's date linked to its archive, alone in its paragraph
	[ "$(dpage_date en '' '<div class="date"><a href="/2020/04/">April 13, 2020</a></div><p>May 1, 2020</p>')" = "2020-04-13 text" ]
	[ "$(dpage_date en '' '<div class="date"><a href="/2020/04/">Monday, April 13, 2020</a></div><p>May 1, 2020</p>')" = "2020-04-13 text" ]
	[ "$(dpage_date en '' '<p><a href="/other/">Council budget, April 13, 2020</a></p>')" = " " ]
}

@test "dates: a line that starts with a publication label gives its date, however long" {
	[ "$(dpage_date de '' '<p>Veröffentlicht am 16.08.2019<br> Dauer: 1 Stunde 4 Minuten<br>Lizenz: CC BY 4.0, Helmholtz-Gemeinschaft</p>')" = "2019-08-16 text" ]
	[ "$(dpage_date de '' '<p>Veröffentlichung: <a href="/music/">04.02.2022</a><br> Label: House of Clio (Sony Music)<br> Album › Genre: Pop</p>')" = "2022-02-04 text" ]
	# without the label, a long line is no dateline
	[ "$(dpage_date de '' '<p>Am 16.08.2019<br> Dauer: 1 Stunde 4 Minuten<br>Lizenz: CC BY 4.0, Helmholtz-Gemeinschaft</p>')" = " " ]
}

@test "dates: a line of items separated by dots or bars: the dated item" {
	[ "$(dpage_date en '' '<p class="meta">&sdot; November 22, 2011 &sdot; <a href="#mail">Email this post</a> &sdot; <a href="#print">Diese Seite ausdrucken</a> &sdot; <a href="#c">Kommentieren</a></p>')" = "2011-11-22 text" ]
	# a masthead's line of items is still the masthead's
	[ "$(dpage_date en '' '<p>Sunday, July 19, 2020 | Today&#39;s Paper | Subscribe | Sign in | Newsletters | Events | Jobs</p>')" = " " ]
}

@test "dates: a lead that starts with its date" {
	[ "$(dpage_date de '' '<h1>Erinnerung an lesbische Opfer</h1><p>Von Claudia Lindner</p><p>27.1.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland waren queere Opfer oft unsichtbar.</p>')" = "2022-01-27 text" ]
	[ "$(dpage_date de '' '<p><strong>Karlsruhe, (12.11.2021). Traditionell gedenken evangelische Christinnen und Christen am Ewigkeitssonntag der Verstorbenen.</strong></p>')" = "2021-11-12 text" ]
	# a date further into the sentence is no lead's
	[ "$(dpage_date de '' '<p>Die Konferenz vom 27.1.2022 - so der Veranstalter - war ein Erfolg für alle Beteiligten und die Stadt.</p>')" = " " ]
}

@test "dates: microdata and RDFa dates in the body" {
	[ "$(dpage_date de '' '<p class="date">Freitag, 21. Januar 2022</p><p class="date" itemprop="datePublished" content="2022-01-14 10:31:00">Januar 2022</p>')" = "2022-01-14T10:31:00 meta" ]
	[ "$(dpage_date de '' '<span class="post-created">Januar 2022</span><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>')" = "2022-01-28T12:45:46+00:00 meta" ]
	# a comment's microdata is the comment's; names are not taken from the body
	run strip-markup <(dpage de '' '<div class="comments"><span itemprop="dateCreated" content="2022-02-01"></span></div><span itemprop="author" content="Jemand"></span>')
	[ "$(date_of "$output")" = " " ]
	refute_output --partial 'author="Jemand"'
}

@test "dates: implausible dates are no dates (before 1995, after tomorrow)" {
	[ "$(dpage_date en '<meta property="article:published_time" content="2999-01-01">' '<p>4 January 2020</p>')" = "2020-01-04 text" ]
	[ "$(dpage_date en '<meta name="date" content="1970-01-01">' '')" = " " ]
}

@test "dates: a WARC page's date after its fetch is no date" {
	warc() {	# WARC-Date published-date
		local body
		body=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><meta property="article:published_time" content="%s"></head><body><p>%s</p></body></html>' "$2" "$ONE")
		printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/a\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "$1" "${#body}" "$body"
	}
	warc 2020-05-01T10:00:00Z 2020-05-02 >"$(tmpfile a.warc)"
	run --separate-stderr strip-markup "$(tmpfile a.warc)"
	assert_success
	assert_line --index 0 --partial 'fetched="2020-05-01T10:00:00Z"'
	[ "$(date_of "$output")" = " " ]
	warc 2020-05-01T10:00:00Z 2020-05-01 >"$(tmpfile b.warc)"
	run --separate-stderr strip-markup "$(tmpfile b.warc)"
	[ "$(date_of "$output")" = "2020-05-01 meta" ]
}

GL='O goberno galego aprobou onte unha nova lei sobre a protección do litoral, que segundo os ecoloxistas non chega para frear a construción de vivendas na costa, e a oposición xa anunciou que vai recorrer ao tribunal.'

@test "lang: function words decide the languages they cover; relatives go to CLD2" {
	# COPYDESK_LANG_TRACE: a line a document, the stage that decided
	COPYDESK_LANG_TRACE=1 run --separate-stderr strip-markup <(page "" "$DE")
	assert_success
	[ "$(lang_of "$output" 1)" = de ]
	[[ "$stderr" == $'lang-trace\twords\tde\tde\tNach monatelangen'* ]] ||
	    fail "stderr: $stderr"
	# Galician shares most of its function words with Portuguese
	COPYDESK_LANG_TRACE=1 run --separate-stderr strip-markup <(page "" "$GL")
	assert_success
	[ "$(lang_of "$output" 1)" = gl ]
	[[ "$stderr" == $'lang-trace\tcld2\tgl\t\tO goberno'* ]] ||
	    fail "stderr: $stderr"
	# and without the variable, stderr stays quiet
	run --separate-stderr strip-markup <(page "" "$DE")
	[ -z "$stderr" ]
}
