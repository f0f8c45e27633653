#!/usr/bin/env bats
# strip-markup --article: the fallback for an empty or tiny result, the
# labels of page furniture in several languages (data/labels.txt), and
# the author never taken from a form's label

load helpers

D="$TOP/tests/data/strip-markup-article"

# the article text of page NAME (no <doc> lines), in $output
article() {
	run --separate-stderr strip-markup --article --no-doc "$D/$1.html"
	assert_success
	[ -z "$stderr" ]
}

# none of the strings / every one of them is in the output
refute_any() {
	local x
	for x in "$@"; do refute_output --partial "$x"; done
}
assert_every() {
	local x
	for x in "$@"; do assert_output --partial "$x"; done
}

@test "strip-markup-article: golden files" {
	cd "$D"
	for f in *.html; do
		run --separate-stderr strip-markup --article "$f"
		assert_success
		diff -u "${f%.html}.exp" <(printf '%s\n' "$output") ||
		    fail "differs: $f"
	done
}

@test "strip-markup-article: picture credits and licence lines in five languages are dropped, a sentence about a licence stays" {
	article credits
	refute_any 'Foto:' 'Lizenz:' 'Bild:' 'Imagen:' 'Photo :' \
	    'Crédito da foto' 'fot. ' 'iStock' 'Shutterstock' 'Foto ©' 'pixelio'
	assert_line --index 0 --partial 'Der Stadtpark wird'
	assert_output --partial 'Anwohner können'
	# a sentence about a licence is text
	assert_output --partial 'Das Bild steht unter CC BY 4.0'
	[ "$(grep -c . <<<"$output")" -eq 5 ]
}

@test "strip-markup-article: reading-time labels in six languages are dropped, sentences about minutes stay" {
	article readtime
	refute_any 'Min Read' 'Lesezeit' 'min de lectura' \
	    'Temps de lecture' 'Tempo de leitura' 'Czas czytania' \
	    '8 min read'
	assert_output --partial 'La lectura de 5 minutos al día'
	# a short sentence is no label
	assert_line --index 0 'Leo 5 minutos de lectura al día.'
	[ "$(grep -c . <<<"$output")" -eq 5 ]
}

@test "strip-markup-article: bylines, datelines, share bars and calls to subscribe in five languages are dropped, sentences opening with the same words stay" {
	article bylines
	refute_any 'Par Jean' 'Von Anna' 'Por Ángel' 'Autor:' 'Mis à jour' \
	    'Aktualisiert' 'Publicado' 'Atualizado' 'Opublikowano' 'Teilen' \
	    'Compartir' 'Partager' 'Compartilhar' 'Udostępnij' \
	    'Jetzt abonnieren' 'Abonnez-vous'
	# a line that opens with "Par", "Von", "Por" and no name is text
	assert_output --partial 'Par la fenêtre'
	assert_line --index 0 'Von Montag an gilt die neue Regel.'
	assert_line --index 1 'Wer will, kann den Dienst abonnieren.'
	assert_line --index 2 'Por Dios, qué calor.'
	[ "$(grep -c . <<<"$output")" -eq 6 ]
}

@test "strip-markup-article: a post whose whole text is a link is not lost" {
	article all-links
	assert_line --index 0 --partial 'Bata os ovos'
	assert_output --partial 'Deixe esfriar'
}

@test "strip-markup-article: a crumb beside a page of short lines gives way to the page" {
	article tiny
	assert_line --index 0 'Morze szumi cicho,'
	[ "$(grep -c . <<<"$output")" -gt 50 ]
}

@test "strip-markup-article: a page of one short line is its own article" {
	article short
	assert_output 'Back on Monday.'
}

@test "strip-markup-article: no page with text comes out empty" {
	for f in "$D"/*.html; do
		run --separate-stderr strip-markup --article --no-doc "$f"
		assert_success
		[ -n "$output" ] || fail "empty: $f"
	done
}

@test "strip-markup-article: a comment form's name label is no author" {
	for page in comment-form comment-form-label; do
		run --separate-stderr strip-markup --article "$D/$page.html"
		assert_success
		refute_line --index 0 --partial 'author='
	done
	# nor in plain mode
	run --separate-stderr strip-markup "$D/comment-form.html"
	refute_line --index 0 --partial 'author='
}

@test "strip-markup-article: a byline before a comment form still gives the author" {
	run --separate-stderr strip-markup --article "$D/comment-form-byline.html"
	assert_success
	assert_line --index 0 --partial 'author="Ann Lee"'
	refute_output --partial 'By Ann Lee'
}

@test "strip-markup-article: rel=author, itemprop=author and JSON-LD still name the author" {
	p='<article><p>A paragraph long enough to count, with a comma, and more words.</p></article>'
	run strip-markup <<<"<a rel=author href=/a>Ann Lee</a>$p"
	assert_line --index 0 --partial 'author="Ann Lee"'
	run strip-markup <<<"<span itemprop=author>Bo Chen</span>$p"
	assert_line --index 0 --partial 'author="Bo Chen"'
	run strip-markup <<<'<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Cy Dale"}}</script>'"$p"
	assert_line --index 0 --partial 'author="Cy Dale"'
	# a label element marked as the author field is never the byline
	run strip-markup <<<"<label class=author>Full Name</label>$p"
	refute_line --index 0 --partial 'author='
}

@test "strip-markup-article: the labels' generator rejects an entry before any section" {
	run sh "$TOP/filters/strip-markup/gen-labels.sh" /dev/stdin <<<'stray'
	assert_failure
	assert_output --partial 'entry before any section'
	run sh "$TOP/filters/strip-markup/gen-labels.sh" /dev/stdin <<<$'[a]\nx\n[a]\ny'
	assert_failure
	assert_output --partial 'section [a] twice'
}

@test "strip-markup-article: a <main> cut in short sections is kept whole, not only its longest section" {
	article sections
	assert_line --index 0 'Boils in four minutes'
	assert_every 'It weighs 300 grams' 'Its wide base' 'ten years, free.'
	refute_output --partial 'Privacy'
	refute_output --partial 'Shop'
}

@test "strip-markup-article: the steps of a recipe in sibling blocks of one class come along, a bio of that class does not" {
	article recipe
	assert_line --index 0 --partial 'Cette tarte aux pommes'
	assert_every 'Étape 1' 'Étalez la pâte' 'Étape 4' 'laissez tiédir.'
	refute_any 'Marie Durand' 'Tarte au citron' 'Mentions'
}

@test "strip-markup-article: an encyclopaedia page's infobox and table of contents are dropped" {
	article encyclopaedia
	refute_any 'Comprimento' '1007 km' 'Índice' '1 Curso'
	assert_line --index 0 --partial 'O rio Tejo é o mais longo'
	assert_output --partial 'comércio fluvial.'
}

@test "strip-markup-article: a lead paragraph in a block of its own above the body opens the article; header, byline box, key points and a repeated highlight do not" {
	article lead
	assert_line --index 0 --partial 'Nach drei Jahren Bauzeit'
	assert_output --partial 'Im Herbst soll auch der Uferweg'
	refute_any 'Ein Satz im Kopf' 'Ein Kasten über die Autorin' \
	    'Die Brücke ist 240 Meter lang'
	# the highlight is not written twice
	[ "$(grep -c 'Die alte Brücke wird' <<<"$output")" -eq 1 ]
}

@test "strip-markup-article: a JSON-LD articleBody that is only the summary does not replace the body" {
	article ld-summary
	assert_output --partial 'The first crossing left at seven'
	assert_output --partial 'could hear the gulls again'
}

@test "strip-markup-article: the paragraph just before a JSON-LD articleBody's first is its standfirst and stays; a short line there, and a call after its last, go" {
	article ld-standfirst
	assert_line --index 0 --partial 'Twelve years after the last sleeper ran'
	assert_output --partial 'bicycles travel free'
	refute_output --partial 'Share your own stories'
	# a line under LD_STANDFIRST_MIN (80) characters there is a label or
	# a dateline, not a standfirst: still dropped
	run --separate-stderr strip-markup --article --no-doc < <(sed \
	    's/Twelve years after.*serves\./By the travel desk, with pictures from the first night/' \
	    "$D/ld-standfirst.html")
	assert_success
	refute_output --partial 'By the travel desk'
	assert_line --index 0 --partial 'The first sleeper left'
}

@test "strip-markup-article: a heading whose section keeps nothing (over a list of related links) is dropped; one over kept text, or with nothing after it, stays" {
	article orphan-heading
	refute_output --partial 'Temas relacionados'
	assert_line 'Horario y servicios'
	assert_output --partial 'cuando las salas se llenan.'
	# nothing dropped after it: the heading is kept (a page of headings
	# and pictures)
	run strip-markup --article --no-doc <<<'<div><p>Una frase larga del texto, con comas, y palabras, y más palabras para contar.</p><h2>Fotos del barrio</h2></div>'
	assert_line 'Fotos del barrio'
}

@test "strip-markup-article: labels of the boxes around a post in five languages are dropped, sentences opening with the same words stay" {
	article box-labels
	refute_any 'Kategorie:' 'Über den Autor' 'Zum Weiterlesen' \
	    'War der Artikel' 'Erstellt am' 'Lee también' 'À lire aussi' \
	    'Leia também' 'Zobacz także' 'Filed under' 'Quelle:' \
	    'abgelegt' 'Bookmark the permalink' 'Veröffentlichung'
	assert_line --index 0 --partial 'Im Stadtgarten blühen'
	assert_line 'Über den Winter haben die Freiwilligen Nistkästen gebaut.'
	assert_output --partial 'Lesen Sie auch in Zukunft, wie'
	[ "$(grep -c . <<<"$output")" -eq 4 ]
}

@test "strip-markup-article: calls to subscribe, log in, follow and share in four languages are dropped, a sentence about following stays" {
	article calls
	refute_any 'please subscribe' 'already a subscriber' 'Follow us' \
	    'einloggen' 'Síguenos' 'Suivez-nous' 'Be sociable'
	assert_line --index 0 --partial 'The roof of the town hall'
	assert_output --partial "Residents who follow the council's meetings"
	[ "$(grep -c . <<<"$output")" -eq 3 ]
}

@test "strip-markup-article: a news story's signature line (initials/agency) is dropped; lines in capitals and sentences with a slash stay" {
	body='<p>Der Rat hat am Montag den Haushalt beschlossen, mit zwei Gegenstimmen, nach einer langen Debatte über die Schulden.</p>'
	for sig in 'aja/PAP' 'jj / AFP' '(dpa/lno)'; do
		run --separate-stderr strip-markup --article --no-doc <<<"<div>$body<p>$sig</p></div>"
		assert_success
		refute_output --partial "$sig"
		assert_output --partial 'Der Rat hat am Montag'
	done
	run --separate-stderr strip-markup --article --no-doc <<<"<div>$body<p>GPS</p><p>Tempo 30 km/h gilt ab Mai.</p></div>"
	assert_line 'GPS'
	assert_line 'Tempo 30 km/h gilt ab Mai.'
}

@test "strip-markup-article: a metadata line with the date before a box label is dropped; a sentence with a year and the same word stays" {
	article dated-labels
	refute_output --partial 'Kategorie: Vereinsleben'
	refute_output --partial 'Category : Club news'
	assert_line --index 0 --partial 'Am Badesee steht'
	assert_line 'Seit 2019 gilt für die Schwimmer eine neue Kategorie: die Jugendliga.'
	[ "$(grep -c . <<<"$output")" -eq 3 ]
}

@test "strip-markup-article: placeholders of embeds waiting for consent, calls to read on and box labels are dropped; a sentence naming the original article stays" {
	article embeds
	refute_any 'Empfohlener redaktioneller Inhalt' 'Klicken Sie auf den unteren' \
	    'Click the button below' 'Zusatzinformationen' 'Originalartikel:' \
	    'Entdecke weitere' 'If you enjoyed'
	assert_line --index 0 --partial 'Die Wanderung zum Kesselsee'
	assert_line --partial 'Wer den Originalartikel über die Hütte'
	[ "$(grep -c . <<<"$output")" -eq 3 ]
}

@test "strip-markup-article: the labels of a contact box are dropped; a sentence opening with the same word stays" {
	article contact
	refute_any 'Kontakt:' 'Ansprechpartnerin:' 'Contact:' \
	    'Ansprechpartnerin zum Thema' 'Empfehlungen aus dem'
	assert_line --index 0 --partial 'Das Repair-Café im Bürgerhaus'
	assert_line --partial 'Kontakt zu den Nachbarschaftsvereinen'
	assert_line --partial 'Ihr Ansprechpartner im Rathaus hat das Café'
	[ "$(grep -c . <<<"$output")" -eq 3 ]
}

@test "strip-markup-article: an <a> left open before the next link is closed by it (links never nest): the share links go, the article stays" {
	article nested-links
	refute_output --partial 'Teilen'
	refute_output --partial 'Twitter'
	assert_line --index 0 --partial 'Der erste Absatz dieses Artikels'
	assert_line 'Fazit'
	[ "$(grep -c . <<<"$output")" -eq 4 ]
}

@test "strip-markup-article: sections that are numbered targets of the table of contents (id=TOC_TITLE_1) are the body; the table goes" {
	article toc-sections
	refute_output --partial 'In this article'
	assert_line --index 0 'Freezing'
	assert_line --partial 'Sliced bread keeps for months'
	assert_line --partial 'Wash the bag now and then'
	[ "$(grep -c . <<<"$output")" -eq 9 ]
}

@test "strip-markup-article: when only orphan headings are left, the result falls back to the densest text instead of coming out empty" {
	article headings-only
	assert_line --index 0 --partial 'Sliced bread keeps for months'
	refute_output --partial 'Freezing'
}

@test "strip-markup-article: a page builder's post: the rows of the same class family beside the best block come along, even under a wrapper named as a sidebar" {
	article builder
	assert_line --index 0 --partial 'The village bakery opened in 1952'
	assert_line --partial 'Today the bakery employs eleven people'
	refute_output --partial 'Riverside 4'
	[ "$(grep -c . <<<"$output")" -eq 8 ]
}

@test "strip-markup-article: pleas for donations and to follow the writer, longer than a call to subscribe, are dropped; sentences with the same verbs stay" {
	article pleas
	refute_any 'Wesprzyj nas' 'consider supporting' 'Folgt mir gerne'
	assert_line --index 0 --partial 'Nowa biblioteka'
	assert_line --partial 'sígueme en este blog'
	assert_line --partial 'Der Hund folgt mir auf Schritt und Tritt'
	[ "$(grep -c . <<<"$output")" -eq 4 ]
}

@test "strip-markup-article: figure captions set as paragraphs (a caption word and a number) are dropped; a sentence opening with the same word stays" {
	article captions
	refute_any 'Abbildung 4' 'Fig. 2' 'Rys. 3'
	assert_line --index 0 --partial 'Die meisten Lawinen'
	assert_line --partial 'Abbildungen zeigen das oft besser'
	[ "$(grep -c . <<<"$output")" -eq 3 ]
}

@test "strip-markup-article: a subheading that is a long sentence above the body is its lead; a short heading there is not" {
	article standfirst-heading
	assert_line --index 0 --partial 'Nach drei Jahren Bauzeit ist die neue Brücke'
	assert_line --index 1 --partial 'Die Stadt hatte den Bau'
	refute_output --partial 'Bilder vom Fest'
}

@test "strip-markup-article: a long lead farther from the body (a byline and a date between) comes along; a pull quote in its place does not" {
	article far-lead
	assert_line --index 0 --partial 'Nach drei Jahren Bauzeit'
	assert_line --index 1 --partial 'Die Stadt hatte den Bau'
	refute_any 'Von Anna Schmidt' 'Weitere Nachrichten'
	article pull-quote
	assert_line --index 0 --partial 'Die Stadt hatte den Bau'
	refute_output --partial 'Oberbürgermeisterin'
}

@test "strip-markup-article: a lead in a teaser-text block (no links) above the body comes along; teasers of other stories do not" {
	article teaser-lead
	assert_line --index 0 --partial 'Tausende Fahrgäste passieren'
	refute_any 'Nachwuchs bei den Pinguinen' 'Zwei Küken'
}

@test "strip-markup-article: the link to read on that ends a paragraph is cut from it; the same words as text stay" {
	article readmore
	refute_any 'czytaj więcej' 'Weiterlesen' '(mehr)'
	assert_line 'Nach der Sitzung sagte die Vorsitzende: Wir wollen mehr Mitglieder, aber auch mehr.'
	assert_line 'Auf der Tafel am Bootshaus steht jetzt in großen Buchstaben: Read more'
	assert_line --index 0 --partial 'getauft wurden.'
}

@test "strip-markup-article: a lead said again outside the body (a share box at the foot) is still the lead" {
	article lead-repeated
	assert_line --index 0 --partial 'Nach drei Jahren Bauzeit'
	[ "$(grep -c 'Nach drei Jahren Bauzeit' <<<"$output")" -eq 1 ]
}

@test "strip-markup-article: a consent banner's cookie notice in five languages is dropped; sentences about cookies that ask nobody to agree stay" {
	article cookies
	refute_any 'Diese Website verwendet Cookies' 'We use cookies' \
	    'Utilizamos cookies' 'Nous utilisons des cookies' 'Używamy plików'
	assert_line --index 0 --partial 'Seit Montag fährt eine neue Fähre'
	assert_line --partial 'Das Fahrkartensystem der Reederei verwendet Cookies'
	assert_line --partial 'Cookies aus der Inselbäckerei, die Kinder akzeptieren'
	[ "$(grep -c . <<<"$output")" -eq 4 ]
}

@test "strip-markup-article: calls to get the publisher's app (an app store and a call in one short line) are dropped; sentences naming a store or a download alone stay" {
	article app-calls
	refute_any 'download our apps' 'Lesen Sie die Zeitung digital' \
	    'Descarga nuestra aplicación'
	assert_line --index 0 --partial 'The harbour bridge reopened'
	assert_line --partial 'was removed from Google Play last year'
	assert_line --partial 'Drivers who download the timetable'
	[ "$(grep -c . <<<"$output")" -eq 4 ]
}

@test "strip-markup-article: a page of pictures whose text is in their captions keeps the captions (not their credits); an article with a few captions beside its text does not" {
	article gallery
	assert_line --index 0 --partial 'Sylt is more than its beaches'
	assert_every 'Built in 1907' 'The cliff glows' 'waves break over the wall'
	refute_output --partial 'Photo: Jan Muster'
	[ "$(grep -c . <<<"$output")" -eq 7 ]
	article gallery-not
	refute_any 'The loading station at Niebüll' 'shuttle trains could run'
	[ "$(grep -c . <<<"$output")" -eq 5 ]
}

@test "strip-markup-article: a line that opens with a call to follow on a social platform is dropped; sentences that tell of following stay" {
	article follow
	refute_any 'Follow The Harbour Times' 'Folge mir auf Instagram' \
	    'Síguenos en Facebook'
	assert_line --index 0 --partial 'Ferry fares to the islands'
	assert_line --partial "Passengers can follow the crossing on the operator's Twitter"
	assert_line --partial 'Follow the signs to the new waiting room'
	[ "$(grep -c . <<<"$output")" -eq 4 ]
}

@test "strip-markup-article: of several stories on one page, the one whose heading is the page's headline is the article, though a longer one follows" {
	article scroll
	assert_line --index 0 --partial 'The night buses between the city'
	assert_every 'Tickets cost the same as in the day'
}

@test "strip-markup-article: a table or a listing set in a <figure> is text; the figure's caption and credit are not" {
	article figure-table
	assert_line 'Island pass 40 pounds a month Unlimited on foot'
	assert_line 'Example: 10 crossings x 6 pounds = 60 pounds, against 40 for the pass'
	refute_any "Prices from the operator's list" 'Photo: Jan Muster'
}

@test "strip-markup-article: a lead in the page's <header>, in a block named as the lead (article-intro), comes along; the same paragraph in an unnamed block does not" {
	article header-lead
	assert_line --index 0 --partial 'Der Landesbetrieb will den Deich'
	refute_any 'Dieser Text wurde aus dem Archiv' '8. November 2021'
	article header-lead-not
	assert_line --index 0 --partial 'Seit der Sturmflut'
	refute_output --partial 'Der Landesbetrieb will den Deich'
}

@test "strip-markup-article: a lead of 150 characters or more in a block named as the lead comes along from farther up; a shorter dek there does not" {
	article short-lead
	assert_line --index 0 --partial 'Der Landesbetrieb will den Deich'
	article short-dek
	assert_line --index 0 --partial 'Seit der Sturmflut'
	refute_output --partial 'Der Landesbetrieb will den Deich'
}

@test "strip-markup-article: a lead in a block named as the lead comes along past a byline, a date and a picture with its credit" {
	article named-lead-far
	assert_line --index 0 --partial 'Der Landesbetrieb will den Deich'
	refute_any 'Von Anna Schmidt' 'Foto: Jan Muster' 'Der alte Deich bei Husum'
}

@test "strip-markup-article: a lead below a share bar inside the body's container comes along: it is looked for above the first paragraph written, past what the filters drop" {
	article crumb-lead
	assert_line --index 0 --partial 'Der Fährhafen in Dagebüll bekommt'
	refute_any 'Teilen' 'Drucken'
}

@test "strip-markup-article: a subheading that is a sentence of 150 characters or more, farther above the body (a date between), is its lead" {
	article heading-lead-far
	assert_line --index 0 --partial 'Der Landesbetrieb will den Deich'
	assert_line --index 1 --partial 'Seit der Sturmflut'
}

@test "strip-markup-article: a question and its answers marked itemprop=text (schema.org) are kept together; comments under an answer are not" {
	article question
	assert_line --index 0 --partial 'Every morning the ferry sounds its horn twice'
	assert_every 'Two short blasts mean' 'In fog the rules are different'
	refute_output --partial 'Thanks, that explains'
}

@test "strip-markup-article: a section under an author box's heading (Über den Autor) does not score: a short article beside a longer portrait of its writer is still the article" {
	article author-box
	assert_line --index 0 --partial 'Weil es zu viele sind'
	refute_any 'Geboren 1983' 'Sprachwissenschaft'
}

@test "strip-markup-article: the text an embedded post leaves (View this post on Instagram, Ein Beitrag geteilt von) and its consent placeholder are dropped; a sentence with the same words in another order stays" {
	article embed-posts
	refute_any 'Sieh dir diesen Beitrag' 'Ein Beitrag geteilt von Nationalpark' \
	    'externen Inhalt' 'View this post' 'A post shared by'
	assert_line --partial 'Ein Beitrag im Gemeindeblatt, geteilt von vielen Lesern'
	[ "$(grep -c . <<<"$output")" -eq 3 ]
}

@test "strip-markup-article: disclosures of affiliate links and editorial disclaimers are dropped; a sentence about links and money stays" {
	article disclosure
	refute_any 'Affiliate-Links' 'Editorial Disclaimer' 'Amazon Associate' \
	    'Alle Angaben ohne Gewähr'
	assert_line --index 0 --partial 'Wer an der Nordsee wandert'
	assert_line --partial 'Ein Leser fragte, ob wir für Links Geld bekommen'
	assert_line --partial 'ohne Gewähr sind sie trotzdem nicht'
	[ "$(grep -c . <<<"$output")" -eq 4 ]
}

@test "strip-markup-article: a page its scripts write (the HTML a browser hint, the story in data-react-props): the text of the object the title names, its markup as paragraphs; not the banner's or the related project's" {
	article react-props
	assert_line --index 0 'Ein Nistkasten am Gartenhaus hilft Meisen & Kleibern, die im Frühjahr kaum noch alte Bäume mit Höhlen finden. Mit etwas Holz, acht Schrauben und einem Nachmittag Zeit ist er fertig.'
	assert_line 'Säge aus einem unbehandelten Brett von 20 mm Stärke die sechs Teile zu: Boden, Rückwand, Front, zwei Seiten und das Dach.'
	assert_line 'Für Kohlmeisen darf es 32 mm sein.'
	refute_any 'neueren Browser' 'Insektenhotel' 'Cookies' 'Schritt 1' 'https:' '<p>' 'Jana Beispiel'
	[ "$(grep -c . <<<"$output")" -eq 5 ]
}

@test "strip-markup-article: script data is not read when the HTML has the article, nor when it holds another story than the title's" {
	article react-props-dom
	assert_line --index 0 --partial 'Am Deich bei Kleinwarft'
	refute_output --partial 'nur die Daten des Skripts'
	article react-props-other
	assert_output 'Lade für ein besseres Erlebnis einen neueren Browser herunter.'
}

@test "strip-markup-article: a caption opening with a picture's zoom link (Vergrößern, Click to enlarge) is dropped; a sentence that goes on from the same linked word stays" {
	article zoom-caption
	refute_any 'am ersten Betriebstag' 'room for bicycles'
	assert_every 'Vergrößern Sie die Karte' 'Zoom in on the harbour map' \
	    'Vergrößern will die Reederei'
	[ "$(grep -c . <<<"$output")" -eq 5 ]
}

@test "strip-markup-article: a box whose class names other posts (related_post) is dropped even when its teasers outweigh the story; a related word beside the post's own class is not" {
	article related-posts
	assert_line --index 0 --partial 'After three weeks in the yard'
	refute_any 'More on this' 'new pier' 'No bridge' 'fares go up'
	[ "$(grep -c . <<<"$output")" -eq 2 ]
}

@test "strip-markup-article: the post's meta line and author box (entry-meta, entry-author-info: a positive word before a negative one in one class name) are dropped; a negative class name beside the body's own is not, nor a post's bio line" {
	article post-parts
	assert_line --index 0 --partial 'Meisen finden in jungen Gärten'
	refute_any 'Eingetragen unter' 'Über Jana Beispiel' 'Gärtnerin aus Leidenschaft'
	# a one-line bio (post-bio) stays: Readability's gold keeps it
	assert_line --index 3 --partial 'Jana Beispiel schreibt'
	[ "$(grep -c . <<<"$output")" -eq 4 ]
}

@test "strip-markup-article: a recipe's ingredients in a box of their own (class ingredients, itemprop=recipeIngredient), linked or not, come along with the steps; an ingredients box in the sidebar does not" {
	article ingredients
	assert_line --index 0 'Zutaten'
	assert_every '250 g Weizenmehl' '1 Pck. Backpulver' '3 Eier' 'Belag:' \
	    '1 kg Äpfel' '1 TL Zimt' 'Den Backofen auf 180 Grad'
	refute_any 'Kürbis' 'Quitten'
	[ "$(grep -c . <<<"$output")" -eq 13 ]
}

@test "strip-markup-article: labels of related-story boxes (Artikel und Videos zum Thema, Audios et vidéos sur le sujet, Related videos) are dropped; a sentence opening with such words stays" {
	article related-labels
	refute_any 'Artikel und Videos' 'könnten dich' 'Weiterführende' \
	    'Audios et vidéos' 'Related videos' 'Vídeos relacionados'
	assert_line --index 1 --partial 'Videos zum Thema Hochwasser zeigt'
	[ "$(grep -c . <<<"$output")" -eq 3 ]
}
