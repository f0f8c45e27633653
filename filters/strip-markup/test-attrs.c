/* Unit tests of attrs.c: the attributes the HTML path reads, the first of
 * duplicates counting, on tags as the tokenizer gives them and on tags
 * with duplicates left in (the tokenizer drops them, the reader must not
 * depend on it). */
#include "../../tests/unit/check.h"
#include "attrs.h"

static const char *
or_none(const char *v)
{
	return v ? v : "(none)";
}

/* a tag built by hand: name=value pairs, duplicates and all */
static void
test_duplicates_by_hand(void)
{
	struct tok_attr list[] = {
		{ "content", "first", 7, 5 },
		{ "name", "author", 4, 6 },
		{ "style", "color: red", 5, 10 },
		{ "content", "second one", 7, 10 },
		{ "style", "display: none", 5, 13 },
		{ "name", "description", 4, 11 },
		{ "itemprop", "datePublished", 8, 13 },
		{ "property", "og:title", 8, 8 },
		{ "http-equiv", "content-language", 10, 16 },
		{ "aria-hidden", "false", 11, 5 },
		{ "aria-hidden", "true", 11, 4 },
		{ "title", "2013-04-04", 5, 10 },
		{ "title", "2014-01-01", 5, 10 },
	};
	struct tok_tag tag = { .name = "meta", .name_len = 4, .el = EL_META,
	    .nattrs = sizeof list / sizeof list[0], .attrs = list };
	struct tag_attrs a;

	tag_attrs_read(&tag, &a);
	CHECK_STR(or_none(a.content), "first");
	CHECK_STR(or_none(a.name), "author");
	CHECK_STR(or_none(a.style), "color: red");
	CHECK_STR(or_none(a.aria_hidden), "false");
	CHECK_STR(or_none(a.itemprop), "datePublished");
	CHECK_STR(or_none(a.property), "og:title");
	CHECK_STR(or_none(a.http_equiv), "content-language");
	CHECK_STR(or_none(a.title), "2013-04-04");
	CHECK(!a.class && !a.id && !a.hidden && !a.rel);
	/* an end tag's attributes are none */
	tag.end = 1;
	tag_attrs_read(&tag, &a);
	CHECK(!a.content && !a.name && !a.style && !a.title);
}

/* the attributes read, as "name=value ..." in the struct's order */
static void
describe(struct buf *b, const struct tag_attrs *a)
{
	const struct { const char *name, *value; } slots[] = {
		{ "class", a->class }, { "id", a->id }, { "style", a->style },
		{ "hidden", a->hidden }, { "aria-hidden", a->aria_hidden },
		{ "rel", a->rel }, { "itemprop", a->itemprop },
		{ "content", a->content }, { "name", a->name },
		{ "property", a->property }, { "http-equiv", a->http_equiv },
		{ "title", a->title },
	};
	size_t i;

	buf_clear(b);
	for (i = 0; i < sizeof slots / sizeof slots[0]; i++)
		if (slots[i].value)
			buf_printf(b, "%s%s=%s", b->len ? " " : "",
			    slots[i].name, slots[i].value);
	buf_addc(b, '\0');
}

static void
on_text(void *ctx, const char *s, size_t n)
{
	(void)ctx, (void)s, (void)n;
}

/* the values point into the tokenizer's buffer: described at once */
static void
on_tag(void *ctx, const struct tok_tag *tag)
{
	struct tag_attrs a;

	tag_attrs_read(tag, &a);
	describe(ctx, &a);
}

/* html, one tag, through the tokenizer: what the reader finds in it */
static void
check_tag(int line, const char *html, const char *want)
{
	struct buf got = BUF_INIT;
	struct tok_sink sink = { .text = on_text, .tag = on_tag,
	    .ctx = &got };
	struct tok t;

	tok_init(&t, &sink);
	tok_feed(&t, html, strlen(html));
	tok_finish(&t);
	tok_free(&t);
	if (got.data && strcmp(got.data, want) == 0) {
		checks_passed++;
	} else {
		checks_failed++;
		fprintf(stderr, "line %d: %s\n  got  %s\n  want %s\n", line,
		    html, got.data ? got.data : "(no tag)", want);
	}
	buf_free(&got);
}

#define T(html, want) check_tag(__LINE__, html, want)

static void
test_tokenized(void)
{
	T("<div CLASS=byline class=\"comments\" id=a ID=b hidden"
	    " rel=author data-x=1>", "class=byline id=a hidden= rel=author");
	T("<meta property=og:locale content=de_DE content=fr_FR>",
	    "content=de_DE property=og:locale");
	T("<meta http-equiv=a name=b itemprop=c content=\"x&amp;y\">",
	    "itemprop=c content=x&y name=b http-equiv=a");
	/* a longer or shorter name of the same first letters is another */
	T("<p names=x nam=y contents=z classes=w>", "");
	T("<p style='display: none' aria-hidden=true>",
	    "style=display: none aria-hidden=true");
	T("<abbr class=published title=\"2013-04-04T18:52\" title=x>",
	    "class=published title=2013-04-04T18:52");
	/* an end tag's are none */
	T("</p class=x>", "");
}

int
main(void)
{
	test_duplicates_by_hand();
	test_tokenized();
	return check_report("test-attrs");
}
