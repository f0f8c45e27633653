/* Unit tests of the tokenizer and of character references: each case is
 * tokenized whole and one byte at a time, which must agree. */
#include <stdlib.h>

#include "../../tests/unit/check.h"
#include "entities.h"
#include "tokenizer.h"

/* events as text: text as is, tags as [name a=v] or [/name], doctype [!] */
static void
on_text(void *ctx, const char *s, size_t n)
{
	buf_add(ctx, s, n);
}

static void
on_tag(void *ctx, const struct tok_tag *tag)
{
	struct buf *b = ctx;
	size_t i;

	buf_printf(b, "[%s%s", tag->end ? "/" : "", tag->name);
	for (i = 0; i < tag->nattrs; i++)
		buf_printf(b, " %s=%s", tag->attrs[i].name,
		    tag->attrs[i].value);
	buf_adds(b, tag->self_closing ? "/]" : "]");
}

static void
on_doctype(void *ctx)
{
	buf_adds(ctx, "[!]");
}

static void
run(struct buf *out, const char *html, int bytewise)
{
	struct tok_sink sink = { .text = on_text, .tag = on_tag,
	    .doctype = on_doctype, .ctx = out };
	struct tok t;
	size_t i, n = strlen(html);

	tok_init(&t, &sink);
	if (bytewise)
		for (i = 0; i < n; i++)
			tok_feed(&t, html + i, 1);
	else
		tok_feed(&t, html, n);
	tok_finish(&t);
	tok_free(&t);
}

static void
check_tok(int line, const char *html, const char *want)
{
	struct buf whole = BUF_INIT, bytes = BUF_INIT;

	run(&whole, html, 0);
	run(&bytes, html, 1);
	if (whole.len == strlen(want) && memcmp(whole.data, want,
	    whole.len) == 0) {
		checks_passed++;
	} else {
		checks_failed++;
		fprintf(stderr, "line %d: %s\n  got  %s\n  want %s\n", line,
		    html, whole.data ? whole.data : "", want);
	}
	if (whole.len == bytes.len && (!whole.len ||
	    memcmp(whole.data, bytes.data, whole.len) == 0)) {
		checks_passed++;
	} else {
		checks_failed++;
		fprintf(stderr, "line %d: byte-wise differs: %s\n", line,
		    bytes.data ? bytes.data : "");
	}
	buf_free(&whole);
	buf_free(&bytes);
}

#define T(html, want) check_tok(__LINE__, html, want)

static void
test_tags(void)
{
	T("<p>Hello</p>", "[p]Hello[/p]");
	T("<P CLASS=x>a</P>", "[p class=x]a[/p]");
	T("<a href=\"x>y\" title='it''s'>z</a>", "[a href=x>y title=it 's'=]z[/a]");
	T("<a href='a>b'>c", "[a href=a>b]c");
	T("<img src=a.png alt=\"A &amp; B\"/>", "[img src=a.png alt=A & B/]");
	T("<br/><br />", "[br/][br/]");
	T("<div a=1 a=2 b>x", "[div a=1 b=]x");
	T("a < b, 1<2, a<<b>", "a < b, 1<2, a<[b]");
	T("mail <me@example.com> now", "mail [me@example.com] now");
	T("</>x</ p>y", "xy");
	T("<p>unclosed <b", "[p]unclosed ");
	T("<p>unclosed <a href=\"x", "[p]unclosed ");
	T("x<", "x<");
	T("x</", "x</");
	T("<?xml version=\"1.0\"?>a", "a");
}

static void
test_comments(void)
{
	T("a<!-- b -->c", "ac");
	T("a<!-->b", "ab");
	T("a<!--->b", "ab");
	T("a<!-- x --!>b", "ab");
	T("a<!-- x -- y -->b", "ab");
	T("a<!-- <p> -->b", "ab");
	T("a<!-- unterminated", "a");
	T("a<!x>b", "ab");
	T("<!DOCTYPE html><p>x", "[!][p]x");
	T("<!doctype html PUBLIC \"x\">y", "[!]y");
	T("a<![CDATA[b]]>c", "ac");
	T("<svg><![CDATA[a<b]]]></svg>c", "[svg]a<b][/svg]c");
	T("<math><![CDATA[x]]><p>y", "[math]x[p]y");
}

static void
test_raw(void)
{
	T("<script>if (a<b) x='</p>';</script>c",
	    "[script]if (a<b) x='</p>';[/script]c");
	T("<script><!--<script>a</script>b</script>after",
	    "[script]<!--<script>a</script>b[/script]after");
	T("<script><!-- x --></script>y", "[script]<!-- x -->[/script]y");
	T("<style>p>a{}</STYLE>b", "[style]p>a{}[/style]b");
	T("<title>a &amp; <b>b</b></title>", "[title]a & <b>b</b>[/title]");
	T("<textarea>&lt;p&gt;</textarea>", "[textarea]<p>[/textarea]");
	T("<xmp><p>&amp;</xmp>", "[xmp]<p>&amp;[/xmp]");
	T("<plaintext><p>a</p>", "[plaintext]<p>a</p>");
	T("<svg><style>a</style></svg>", "[svg][style]a[/style][/svg]");
	T("<svg><p>x<script>a<b</script>", "[svg][p]x[script]a<b[/script]");
	T("<script>a</scriptx>b</script>", "[script]a</scriptx>b[/script]");
	T("<title>unterminated", "[title]unterminated");
}

static void
test_refs(void)
{
	T("&amp;&lt;&gt;&quot;&apos;", "&<>\"'");
	T("&copy2019 &notit; &lt3 &amp", "\xC2\xA9" "2019 \xC2\xAC" "it; <3 &");
	T("&NotNestedGreaterGreater;", "\xE2\xAA\xA2\xCC\xB8");
	T("&nosuch; & &; &#; &#x; &#xg", "&nosuch; & &; &#; &#x; &#xg");
	T("&#65;&#x42;&#X43", "ABC");
	T("&#0;&#xD800;&#x110000;&#99999999999999999999;",
	    "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	T("&#128;&#x81;&#150;", "\xE2\x82\xAC\xC2\x81\xE2\x80\x93");
	T("<a href=\"?a=1&copy=2&amp=3&lt;\">", "[a href=?a=1&copy=2&amp=3<]");
	T("<a title=\"&copy.\">", "[a title=\xC2\xA9.]");
	T("&CounterClockwiseContourIntegral;", "\xE2\x88\xB3");
	T("&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;",
	    "&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;");
}

static int
only_href(void *ctx, const char *name, size_t n)
{
	(void)ctx;
	return n == 4 && memcmp(name, "href", 4) == 0;
}

/* values the sink does not want are left empty, references and all */
static void
test_keep_attr(void)
{
	struct buf out = BUF_INIT;
	struct tok_sink sink = { .text = on_text, .tag = on_tag,
	    .keep_attr = only_href, .ctx = &out };
	struct tok t;
	const char *html = "<a title=\"x &amp; y\" href='/a?b&amp;c' "
	    "data-x=long&copy;>t</a>";

	tok_init(&t, &sink);
	tok_feed(&t, html, strlen(html));
	tok_finish(&t);
	tok_free(&t);
	CHECK_MEM(out.data, out.len, "[a title= href=/a?b&c data-x=]t[/a]");
	buf_free(&out);
}

static void
test_entities(void)
{
	int32_t cp[2];
	int n;

	CHECK(entity_match("amp;x", 5, cp, &n) == 4 && cp[0] == '&' &&
	    n == 1);
	CHECK(entity_match("ampx", 4, cp, &n) == 3 && cp[0] == '&');
	CHECK(entity_match("notin;", 6, cp, &n) == 6 && cp[0] == 0x2209);
	CHECK(entity_match("xyz", 3, cp, &n) == 0);
	CHECK(entity_match("acE;", 4, cp, &n) == 4 && n == 2 &&
	    cp[0] == 0x223E && cp[1] == 0x333);
	CHECK(entity_numeric(0) == 0xFFFD);
	CHECK(entity_numeric(0xDFFF) == 0xFFFD);
	CHECK(entity_numeric(0x110000) == 0xFFFD);
	CHECK(entity_numeric(0x80) == 0x20AC);
	CHECK(entity_numeric(0x9F) == 0x178);
	CHECK(entity_numeric(0x8D) == 0x8D);
	CHECK(entity_numeric(0x41) == 0x41);
}

/*
 * Page starts in s, found as strip-markup's reader finds them: the buffer
 * grows by step bytes, each call resumes at the safe offset, and a page
 * found is cut off the front.  Offsets into s, written to out as "a,b,".
 */
static void
page_starts(const char *s, size_t step, char *out, size_t outsize)
{
	struct tok_pages p;
	size_t n = strlen(s), base = 0, have = 0, scan = 0, safe = 0, split;
	int final;

	out[0] = '\0';
	tok_pages_reset(&p);
	for (;;) {
		have = have + step < n ? have + step : n;
		final = have == n;
		while ((split = tok_pages_split(&p, s + base, have - base,
		    scan, final, &safe))) {
			base += split;
			snprintf(out + strlen(out), outsize - strlen(out),
			    "%zu,", base);
			tok_pages_reset(&p);
			scan = 0;
		}
		scan = safe;
		if (final)
			break;
	}
}

static void
test_pages(void)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "<html><p>a</p></html><!DOCTYPE html><html>b</html>", "21," },
		{ "<html>a</html>\n<!-- c --!> x\n<script>1</script><html>b",
		  "47," },
		{ "<html>a</html><?xml version='1.0'?><html>", "14," },
		{ "<html><script>'</html><html>'</script></html>\n<html>",
		  "46," },
		{ "<html><!-- </html><!DOCTYPE html> --></html><!doctype x>",
		  "44," },
		{ "<html><!--></html><!DOCTYPE html>", "18," },
		{ "<html><textarea></html><html></textarea></html><html>",
		  "47," },
		{ "<html><a title='</html>'>x</a><html>", "" },
		{ "<html><a title=it's></html><html>", "27," },
		{ "<html></html><div>ad</div><html><body>", "" },
		{ "<html></html><div>ad</div><!DOCTYPE html><html>", "26," },
		{ "<p>no html end<!DOCTYPE html><html>", "" },
		{ "<html>a</html><html>b</html><html>c", "14,28," },
	};
	char whole[64], part[64];
	size_t i, step;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		page_starts(cases[i].in, strlen(cases[i].in), whole,
		    sizeof whole);
		CHECK_STR(whole, cases[i].want);
		/* the same wherever the chunks end */
		for (step = 1; step < 20; step++) {
			page_starts(cases[i].in, step, part, sizeof part);
			CHECK_STR(part, whole);
		}
	}
}

int
main(void)
{
	test_tags();
	test_comments();
	test_raw();
	test_refs();
	test_entities();
	test_keep_attr();
	test_pages();
	return check_report("test-tokenizer");
}
