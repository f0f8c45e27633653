/* Unit tests of article mode (tables, lists of other stories, the JSON-LD
 * cross-check, furniture), of the text folding and NFC that feed it, and
 * of the element hash table against the binary search it replaces. */
#include <stdlib.h>

#include "../../tests/unit/check.h"
#include "article.h"
#include "elements.h"
#include "html.h"
#include "meta.h"
#include "text.h"

/* the article text of page, as strip-markup --article -n writes it */
static void
article(struct buf *out, const char *page)
{
	struct html_options opt = { .alt = 0, .article = 1 };
	struct text text;
	struct meta meta;
	struct html html;

	buf_clear(out);
	text_init(&text, out);
	meta_init(&meta);
	html_init(&html, &opt, &text, &meta);
	html.art_on = 1;
	text.sink = html_para;
	text.sink_ctx = &html;
	html_feed(&html, page, strlen(page));
	html_finish(&html);
	html_free(&html);
	meta_free(&meta);
	text_free(&text);
}

static int
has(const struct buf *b, const char *s)
{
	return b->len && strstr(b->data, s) != NULL;
}

#define PARA(s) "<p>" s ", which is long enough to count, with a comma, " \
	"and another one, and more.</p>"

static void
test_table_rows(void)
{
	struct buf out = BUF_INIT;

	article(&out, "<article>" PARA("One") PARA("Two") PARA("Three")
	    "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>"
	    "<tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>"
	    "</article>");
	CHECK(has(&out, "\nPos. Driver Points\n"));
	CHECK(has(&out, "\n1 Kyle Busch 5040\n"));
	buf_free(&out);
}

static void
test_teasers(void)
{
	struct buf out = BUF_INIT;
	const char *teaser = "<li><a href=/x>Headline of another story here"
	    "</a> Its first sentence, with commas, and more text, to make it "
	    "count, and more.</li>";
	char page[4096];

	snprintf(page, sizeof page, "<div><div class=story>%s%s%s%s</div>"
	    "</div><div class=more><ul>%s%s%s%s</ul></div>", PARA("One"),
	    PARA("Two"), PARA("Three"), PARA("Four"), teaser, teaser, teaser,
	    teaser);
	article(&out, page);
	CHECK(has(&out, "Four, which"));
	CHECK(!has(&out, "Headline of another"));
	buf_free(&out);
}

static void
test_jsonld(void)
{
	struct buf out = BUF_INIT;
	const char *p1 = "The committee met on Tuesday to discuss the new "
	    "budget, which includes funding for schools, roads and hospitals.";
	const char *p2 = "Members argued for hours about the size of the "
	    "increase, and in the end they agreed to a compromise.";
	const char *x = "Elsewhere this week, a new bakery opened on the high "
	    "street, and the local football club won its third game.";
	char page[4096];

	snprintf(page, sizeof page, "<head><script type=application/ld+json>"
	    "{\"@type\":\"NewsArticle\",\"articleBody\":\"%s %s\"}</script>"
	    "</head><body><div class=story><p>%s<p>%s<p>%s</div>", p1, p2,
	    p1, p2, x);
	article(&out, page);
	CHECK(has(&out, "committee met"));
	CHECK(has(&out, "Members argued"));
	CHECK(!has(&out, "bakery"));
	/* the articleBody only checks: its own text is never written */
	snprintf(page, sizeof page, "<head><script type=application/ld+json>"
	    "{\"articleBody\":\"%s %s Words only the data has, not the page, "
	    "one two three four five six.\"}</script></head><body><div>"
	    "<p>%s<p>%s</div>", p1, p2, p1, p2);
	article(&out, page);
	CHECK(has(&out, "Members argued"));
	CHECK(!has(&out, "Words only the data has"));
	buf_free(&out);
}

static void
test_furniture(void)
{
	CHECK(article_furniture("Advert", 6));
	CHECK(article_furniture("Anzeige", 7));
	CHECK(article_furniture("Share Tweet Email", 17));
	CHECK(article_furniture("Print Mail Large Medium Small", 29));
	CHECK(!article_furniture("Advert of the year is here", 26));
	CHECK(!article_furniture("The vote is next month.", 23));
}

static size_t
add(struct text *x, const char *s)
{
	return text_add(x, s, strlen(s));
}

static void
test_text(void)
{
	struct buf body = BUF_INIT;
	struct text x;

	text_init(&x, &body);
	/* spaces fold, a soft hyphen goes, a no-break space is a space */
	add(&x, "  two\t\n words ");
	add(&x, "soft\xC2\xADhyphen\xC2\xA0nbsp");
	text_break(&x);
	CHECK_MEM(body.data, body.len, "two words softhyphen nbsp\n");
	/* NFC: e + combining acute is one character; other words stay */
	buf_clear(&body);
	text_reset(&x);
	add(&x, "caf\x65\xCC\x81 \xE2\x80\x9Cquoted\xE2\x80\x9D plain");
	text_break(&x);
	CHECK_MEM(body.data, body.len,
	    "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D plain\n");
	/* visible bytes are counted, the spaces put between words are not */
	buf_clear(&body);
	text_reset(&x);
	CHECK(add(&x, " a  b ") == 2);
	text_free(&x);
	buf_free(&body);
}

static void
test_elements(void)
{
	static const char *const names[] = {
		"a", "abbr", "article", "b", "blockquote", "body", "br", "div",
		"figcaption", "h1", "h6", "html", "li", "noscript", "p", "pre",
		"script", "section", "span", "svg", "table", "td", "th", "tr",
		"ul", "xmp", "x-unknown", "DIV", "aa", "blockquotes", ""
	};
	struct element_index x;
	size_t i;

	element_index_init(&x);
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		CHECK(element_find(&x, names[i], strlen(names[i])) ==
		    element_lookup(names[i], strlen(names[i])));
	CHECK(element_find(&x, "div", 3) == EL_DIV);
	CHECK(element_find(&x, "x-unknown", 9) == EL_UNKNOWN);
}

/* LONG: some 560 bytes of prose, enough to pass SCRIPT_MIN */
#define LONG8 "The ferry sails at six, at noon and at eight; "
#define LONG LONG8 LONG8 LONG8 LONG8 LONG8 LONG8 LONG8 LONG8 LONG8 LONG8 \
	LONG8 LONG8 "the end."

/*
 * What script_data_text gives for one script of kind whose text arrives
 * in pieces of step bytes (0: at once), the HTML having given html
 * bytes; out holds the paragraphs.
 */
static enum script_kind
script_text(enum script_kind kind, const char *script, size_t step,
    size_t html, const char *title, struct buf *out)
{
	struct script_data sd;
	size_t n = strlen(script), i, k;
	enum script_kind got;

	memset(&sd, 0, sizeof sd);
	script_data_reset(&sd);
	script_data_begin(&sd, kind);
	for (i = 0; i < n; i += k) {
		k = step && n - i > step ? step : n - i;
		script_data_add(&sd, script + i, k);
	}
	script_data_end(&sd);
	buf_clear(out);
	got = script_data_text(&sd, title, html, out);
	script_data_free(&sd);
	return got;
}

static void
test_script_data(void)
{
	struct buf out = BUF_INIT;
	size_t step;

	/* a JavaScript literal: unquoted keys, single quotes, code around */
	CHECK(script_text(SCRIPT_MAYBE, "window.__NUXT__=(function(a){return "
	    "{data:[{post:{title:'x',content:\"<p>" LONG "</p><p>Two.</p>\"}}]}"
	    "}(1));", 0, 0, NULL, &out) == SCRIPT_STATE);
	CHECK(has(&out, "The ferry sails at six") && has(&out, "\nTwo.\n"));
	/* the opening cut in pieces of 1 and 7 bytes: the same */
	for (step = 1; step <= 7; step += 6) {
		CHECK(script_text(SCRIPT_MAYBE, "  window.__INITIAL_STATE__ "
		    "= {\"body\":\"" LONG "\"}", step, 0, NULL, &out) ==
		    SCRIPT_STATE);
		CHECK(has(&out, "the end.\n"));
	}
	/* a comparison is no assignment; a name without double underscores
	 * is none either */
	CHECK(script_text(SCRIPT_MAYBE, "if (window.__X__ == 1) {var a = "
	    "{\"body\":\"" LONG "\"};}", 0, 0, NULL, &out) == SCRIPT_NONE);
	CHECK(script_text(SCRIPT_MAYBE, "var _state = {\"body\":\"" LONG
	    "\"};", 0, 0, NULL, &out) == SCRIPT_NONE);
	CHECK(out.len == 0);
	/* escaped quotes and backslashes inside the string */
	CHECK(script_text(SCRIPT_STATE, "{\"text\":\"He said \\\"no\\\\\\\" "
	    LONG "\"}", 0, 0, NULL, &out) == SCRIPT_STATE);
	CHECK(has(&out, "He said \"no\\\" The ferry"));
	/* under SCRIPT_MIN, or under four times the HTML's: nothing */
	CHECK(script_text(SCRIPT_STATE, "{\"body\":\"" LONG8 LONG8 "\"}", 0,
	    0, NULL, &out) == SCRIPT_NONE);
	CHECK(script_text(SCRIPT_STATE, "{\"body\":\"" LONG "\"}", 0, 150,
	    NULL, &out) == SCRIPT_NONE);
	CHECK(script_text(SCRIPT_STATE, "{\"body\":\"" LONG "\"}", 0, 100,
	    NULL, &out) == SCRIPT_STATE);
	/* a key that names no body (the longest string is a cookie note) */
	CHECK(script_text(SCRIPT_STATE, "{\"legal\":\"" LONG "\",\"summary\":"
	    "\"short\"}", 0, 0, NULL, &out) == SCRIPT_NONE);
	/* JSON-LD: only articleBody, its lines paragraphs */
	CHECK(script_text(SCRIPT_JSONLD, "{\"@type\":\"NewsArticle\",\"text\":"
	    "\"" LONG "\",\"articleBody\":\"" LONG8 "\\n\\n" LONG "\"}", 0, 0,
	    NULL, &out) == SCRIPT_JSONLD);
	CHECK(has(&out, "eight; \n") || has(&out, "eight;\n"));
	/* a tree: the one whose object the page's title names, even when it
	 * is cut short ("..."), not a longer one */
	CHECK(script_text(SCRIPT_STATE, "{\"a\":{\"headline\":\"Night trains "
	    "return to the valley line\",\"body\":[{\"type\":\"p\",\"children\":"
	    "[{\"type\":\"text\",\"data\":\"" LONG "\"}]}]},\"b\":{\"headline\":"
	    "\"Bus fares rise\",\"body\":[{\"type\":\"p\",\"children\":[{\"type\":"
	    "\"text\",\"data\":\"Bus " LONG LONG "\"}]}]}}", 0, 0,
	    "Night trains return to the valley...", &out) == SCRIPT_STATE);
	CHECK(!has(&out, "Bus "));
	CHECK(has(&out, "The ferry sails"));
	buf_free(&out);
}

int
main(void)
{
	test_table_rows();
	test_teasers();
	test_jsonld();
	test_furniture();
	test_text();
	test_elements();
	test_script_data();
	return check_report("test-article");
}
