/* Unit tests of the stream format: escapes, <doc> lines, tags, reader. */
#include <stdlib.h>

#include "check.h"
#include "input.h"
#include "stream.h"

static void
roundtrip(const char *text, const char *escaped)
{
	struct buf esc = BUF_INIT, back = BUF_INIT;

	stream_escape(&esc, text, strlen(text));
	CHECK_MEM(esc.data, esc.len, escaped);
	stream_unescape(&back, esc.data, esc.len);
	CHECK_MEM(back.data, back.len, text);
	buf_free(&esc);
	buf_free(&back);
}

static void
test_escape(void)
{
	roundtrip("plain text", "plain text");
	roundtrip("<PERSON>Bob</PERSON>", "&lt;PERSON>Bob&lt;/PERSON>");
	roundtrip("&lt;", "&amp;lt;");
	roundtrip("&amp;lt;", "&amp;amp;lt;");
	roundtrip("<doc id=\"x\">", "&lt;doc id=\"x\">");
	roundtrip("<doc>", "&lt;doc>");
	roundtrip("</doc>", "&lt;/doc>");
	roundtrip("<document> <PERSONS> <doc", "<document> <PERSONS> <doc");
	roundtrip("AT&T a < b x<y &gt; &", "AT&T a < b x<y &gt; &");
	roundtrip("&amp;&lt;<MONEY>", "&amp;amp;&amp;lt;&lt;MONEY>");
	roundtrip("", "");
}

static void
test_unescape_only_two(void)
{
	struct buf b = BUF_INIT;

	stream_unescape(&b, "&gt;&quot;&lt&amp", 17);
	CHECK_STR(b.data, "&gt;&quot;&lt&amp");
	buf_clear(&b);
	stream_unescape(&b, "&amp;lt;", 8);
	CHECK_STR(b.data, "&lt;");
	buf_free(&b);
}

static void
test_doc_lines(void)
{
	struct doc d = DOC_INIT;
	struct buf b = BUF_INIT;
	const char *line = "<doc id=\"a&amp;b\" title=\"x &lt;y&gt; &quot;z&quot;\""
	    " zz=\"unknown\" url=\"http://e.com/?a=1&amp;b=2\">";

	CHECK(doc_parse(&d, line, strlen(line)) == 0);
	CHECK(d.n == 4);
	CHECK_STR(doc_get(&d, "id"), "a&b");
	CHECK_STR(doc_get(&d, "title"), "x <y> \"z\"");
	CHECK_STR(doc_get(&d, "zz"), "unknown");
	CHECK(doc_get(&d, "author") == NULL);
	doc_format(&b, &d);
	CHECK_STR(b.data, "<doc id=\"a&amp;b\" title=\"x &lt;y&gt; &quot;z&quot;\""
	    " zz=\"unknown\" url=\"http://e.com/?a=1&amp;b=2\">");
	/* order kept, new attributes at the end, whitespace folded */
	doc_set(&d, "date", " 2015-09-18\tT07:40 \n", 20);
	doc_set(&d, "zz", "changed", 7);
	buf_clear(&b);
	doc_format(&b, &d);
	CHECK_STR(b.data, "<doc id=\"a&amp;b\" title=\"x &lt;y&gt; &quot;z&quot;\""
	    " zz=\"changed\" url=\"http://e.com/?a=1&amp;b=2\""
	    " date=\"2015-09-18 T07:40\">");

	/* whitespace folded in values with and without references, each
	 * ending where its quote is */
	line = "<doc t=\"  a \t b  \" u=\"c &amp;  d \" v=\"e\">";
	CHECK(doc_parse(&d, line, strlen(line)) == 0);
	CHECK_STR(doc_get(&d, "t"), "a b");
	CHECK_STR(doc_get(&d, "u"), "c & d");
	CHECK_STR(doc_get(&d, "v"), "e");

	CHECK(doc_parse(&d, "<doc>", 5) == 0 && d.n == 0);
	CHECK(doc_parse(&d, "<doc id='q'>", 12) == 0);
	CHECK_STR(doc_get(&d, "id"), "q");
	CHECK(doc_parse(&d, "<doc id=x>", 10) < 0);
	CHECK(doc_parse(&d, "<doc id=\"x>", 11) < 0);
	CHECK(doc_parse(&d, "<doc id=\"x\"y=\"z\">", 17) < 0);
	CHECK(doc_parse(&d, "<docid=\"x\">", 11) < 0);
	doc_free(&d);
	buf_free(&b);
}

/* a name given twice keeps its first place and its last value, as with
 * doc_set; many attributes and many repeats (the sort-based merge) */
static void
test_doc_repeats(void)
{
	struct doc d = DOC_INIT;
	struct buf line = BUF_INIT, b = BUF_INIT;
	char name[32];
	size_t i;

	CHECK(doc_parse(&d, "<doc b=\"1\" a=\"2\" b=\"3\" c=\"4\" a=\"5\""
	    " b=\" 6 \">", 43) == 0);
	doc_format(&b, &d);
	CHECK_STR(b.data, "<doc b=\"6\" a=\"5\" c=\"4\">");
	buf_adds(&line, "<doc");
	for (i = 0; i < 3000; i++) {
		snprintf(name, sizeof name, "a%zu", i % 1000);
		buf_printf(&line, " %s=\"%zu\"", name, i);
	}
	buf_addc(&line, '>');
	CHECK(doc_parse(&d, line.data, line.len) == 0);
	CHECK(d.n == 1000);
	CHECK_STR(d.attrs[0].name, "a0");
	CHECK_STR(d.attrs[0].value, "2000");
	CHECK_STR(d.attrs[999].name, "a999");
	CHECK_STR(doc_get(&d, "a999"), "2999");
	doc_free(&d);
	buf_free(&line);
	buf_free(&b);
}

static void
test_line_kinds(void)
{
	CHECK(stream_line_kind("", 0) == LINE_BLANK);
	CHECK(stream_line_kind(" \t", 2) == LINE_BLANK);
	CHECK(stream_line_kind("</doc>", 6) == LINE_DOC_CLOSE);
	CHECK(stream_line_kind("</doc> ", 7) == LINE_DOC_CLOSE);
	CHECK(stream_line_kind("<doc id=\"1\">", 12) == LINE_DOC_OPEN);
	CHECK(stream_line_kind("<doc>", 5) == LINE_DOC_OPEN);
	CHECK(stream_line_kind("<document>", 10) == LINE_TEXT);
	CHECK(stream_line_kind("&lt;doc id=\"1\">", 15) == LINE_TEXT);
	CHECK(stream_line_kind("<PERSON>A</PERSON>", 18) == LINE_TEXT);
}

static void
test_tags(void)
{
	const char *s = "Mr <PERSON>Zheng Zeguang</PERSON> of <LOCATION>China"
	    "</LOCATION>, &lt;PERSON>not a tag, <PERSON>open only";
	struct tag_span t;
	struct buf b = BUF_INIT;
	size_t n = strlen(s);

	CHECK(stream_next_tag(s, n, 0, &t));
	CHECK(t.type == ENT_PERSON);
	CHECK_MEM(s + t.text_start, t.text_end - t.text_start, "Zheng Zeguang");
	CHECK_MEM(s + t.start, t.end - t.start, "<PERSON>Zheng Zeguang</PERSON>");
	CHECK(stream_next_tag(s, n, t.end, &t));
	CHECK(t.type == ENT_LOCATION);
	CHECK_MEM(s + t.text_start, t.text_end - t.text_start, "China");
	CHECK(!stream_next_tag(s, n, t.end, &t));
	stream_strip_tags(&b, s, n);
	CHECK_STR(b.data, "Mr Zheng Zeguang of China, &lt;PERSON>not a tag,"
	    " <PERSON>open only");
	/* what is left of tags once the pairs are gone: one stray */
	CHECK(stream_stray_tags(b.data, b.len) == 1);
	CHECK(stream_stray_tags("a </DATE> b <TIME>", 18) == 2);
	CHECK(stream_stray_tags("<doc id=\"x\"> </doc> <PERSONS> <Person>",
	    38) == 0);
	CHECK(stream_stray_tags("x <", 3) == 0);
	buf_clear(&b);
	stream_add_tag(&b, ENT_MONEY, "$5", 2);
	CHECK_STR(b.data, "<MONEY>$5</MONEY>");
	CHECK(entity_type_lookup("PERCENT", 7) == ENT_PERCENT);
	for (int type = 0; type < ENT_NTYPES; type++) {
		const char *name = entity_type_names[type];
		char line[64];
		int len = snprintf(line, sizeof line, "x <%s>y</%s>", name, name);

		CHECK(entity_type_lookup(name, strlen(name)) == type);
		CHECK(stream_next_tag(line, (size_t)len, 0, &t) &&
		    t.type == type && t.end == (size_t)len);
	}
	CHECK(entity_type_lookup("PERSONS", 7) == -1);
	buf_free(&b);
}

/* every span found in s, as "[text]" pieces, and the stripped line */
static void
check_pairs(const char *s, const char *want_spans, const char *want_strip)
{
	struct buf spans = BUF_INIT, strip = BUF_INIT;
	struct tag_span t;
	size_t pos, n = strlen(s);

	for (pos = 0; stream_next_tag(s, n, pos, &t); pos = t.end) {
		CHECK(t.start >= pos && t.end <= n);
		buf_printf(&spans, "[%s:%.*s]", entity_type_names[t.type],
		    (int)(t.text_end - t.text_start), s + t.text_start);
	}
	stream_strip_tags(&strip, s, n);
	CHECK_MEM(spans.data ? spans.data : "", spans.len, want_spans);
	CHECK_MEM(strip.data, strip.len, want_strip);
	buf_free(&spans);
	buf_free(&strip);
}

/* tags never nest or overlap: an open tag that another follows is a stray */
static void
test_pairs(void)
{
	check_pairs("<PERSON>a</PERSON> <DATE>b</DATE>", "[PERSON:a][DATE:b]",
	    "a b");
	check_pairs("<PERSON>x <PERSON>a</PERSON>", "[PERSON:a]",
	    "<PERSON>x a");
	check_pairs("<PERSON>a <DATE>b</DATE> c</PERSON>", "[DATE:b]",
	    "<PERSON>a b c</PERSON>");
	check_pairs("<PERSON>a </DATE>b</PERSON>", "",
	    "<PERSON>a </DATE>b</PERSON>");
	check_pairs("</PERSON><PERSON></PERSON>", "[PERSON:]", "</PERSON>");
	check_pairs("<PERSON>a <doc b</PERSON>", "[PERSON:a <doc b]",
	    "a <doc b");
	check_pairs("<PERSON>a &lt;DATE>b</PERSON>", "[PERSON:a &lt;DATE>b]",
	    "a &lt;DATE>b");
	check_pairs("<PERSON>x <PERSON>y <PERSON>z", "",
	    "<PERSON>x <PERSON>y <PERSON>z");
	check_pairs("<PERSONX>a</PERSON> <MISC>b</MISC>", "[MISC:b]",
	    "<PERSONX>a</PERSON> b");
}

/* read a stream from memory and describe its events */
static void
events(const char *text, const char *want)
{
	struct input_options opt = { 0, 0 };
	struct input in;
	struct stream_reader r;
	struct buf got = BUF_INIT;
	enum stream_event ev;
	char *block = malloc(INPUT_BLOCK);
	FILE *fp = fmemopen((void *)text, strlen(text), "r");

	memset(&in, 0, sizeof in);
	in.name = "mem";
	in.id = "mem";
	in.fp = fp;
	in.opt = &opt;
	in.block = block;
	stream_reader_init(&r, &in);
	while ((ev = stream_read(&r)) != EV_END) {
		switch (ev) {
		case EV_DOC_BEGIN:
			buf_printf(&got, "[%s%s]", r.explicit_doc ? "doc " : "anon ",
			    doc_get(&r.doc, "id") ? doc_get(&r.doc, "id") : "");
			break;
		case EV_TEXT:
			buf_printf(&got, "(%s)", r.line.data);
			break;
		case EV_BREAK:
			buf_adds(&got, "|");
			break;
		case EV_DOC_END:
			buf_adds(&got, "[/]");
			break;
		case EV_END:
			break;
		}
	}
	CHECK_STR(got.data ? got.data : "", want);
	stream_reader_free(&r);
	buf_free(&in.raw);
	buf_free(&in.fixed);
	buf_free(&got);
	fclose(fp);
	free(block);
}

static void
test_reader(void)
{
	events("", "");
	events("a\nb\n\n\n c\n\n", "[anon mem](a)(b)|( c)[/]");
	events("\n\na", "[anon mem](a)[/]");
	events("<doc id=\"1\">\n\nx\n\ny\n\n</doc>\n<doc id=\"2\">\n</doc>\n",
	    "[doc 1](x)|(y)[/][doc 2][/]");
	/* missing </doc>, a new <doc> closes the one before */
	events("<doc id=\"1\">\nx\n<doc id=\"2\">\ny", "[doc 1](x)[/][doc 2](y)[/]");
	/* text before a document is an anonymous document */
	events("pre\n<doc id=\"d\">\nx\n</doc>\npost\n",
	    "[anon mem](pre)[/][doc d](x)[/][anon mem](post)[/]");
	/* CRLF, BOM, escaped doc lines are text */
	events("\xEF\xBB\xBF<doc id=\"c\">\r\n&lt;doc id=\"no\">\r\n</doc>\r\n",
	    "[doc c](&lt;doc id=\"no\">)[/]");
	/* a malformed doc line is kept as text */
	events("<doc id=x>\n", "[anon mem](<doc id=x>)[/]");
}

static void
test_input_repair(void)
{
	struct input_options opt = { 0, 0 };
	struct input in;
	struct line_view line;
	char *block = malloc(INPUT_BLOCK);
	const char text[] = "ok\xff\x01z\tq\n\xe2\x82\n\xf0\x9f\x98\x80";
	FILE *fp = fmemopen((void *)text, sizeof text - 1, "r");

	memset(&in, 0, sizeof in);
	in.name = in.id = "mem";
	in.fp = fp;
	in.opt = &opt;
	in.block = block;
	CHECK(input_line_view(&in, &line));
	CHECK_STR(line.data, "ok\xEF\xBF\xBDz\tq");
	CHECK(input_line_view(&in, &line));
	CHECK_STR(line.data, "\xEF\xBF\xBD");
	CHECK(input_line_view(&in, &line));
	CHECK_STR(line.data, "\xf0\x9f\x98\x80");
	CHECK(!input_line_view(&in, &line));
	CHECK(in.repairs.invalid == 2);
	CHECK(in.repairs.controls == 1);
	CHECK(in.lineno == 3);
	fclose(fp);
	buf_free(&in.raw);
	buf_free(&in.fixed);
	free(block);
}

static void
test_long_lines(void)
{
	struct input_options opt = { 0, 8 };
	struct input in;
	struct line_view line;
	char *block = malloc(INPUT_BLOCK);
	/* 7 ASCII bytes and a 3-byte character straddle the cut at 8 */
	const char text[] = "abcdefg\xe2\x82\xacxyz\n12345678\nend";
	FILE *fp = fmemopen((void *)text, sizeof text - 1, "r");

	memset(&in, 0, sizeof in);
	in.name = in.id = "mem";
	in.fp = fp;
	in.opt = &opt;
	in.block = block;
	CHECK(input_line_view(&in, &line));
	CHECK_STR(line.data, "abcdefg\xe2\x82\xac");
	CHECK(input_line_view(&in, &line));
	CHECK_STR(line.data, "xyz");
	CHECK(input_line_view(&in, &line));
	CHECK_STR(line.data, "12345678");
	CHECK(input_line_view(&in, &line));
	CHECK_STR(line.data, "end");
	CHECK(!input_line_view(&in, &line));
	CHECK(in.cut_lines == 1);
	CHECK(in.repairs.invalid == 0);
	fclose(fp);
	buf_free(&in.raw);
	buf_free(&in.fixed);
	free(block);
}

int
main(void)
{
	test_escape();
	test_unescape_only_two();
	test_doc_lines();
	test_doc_repeats();
	test_line_kinds();
	test_tags();
	test_pairs();
	test_reader();
	test_input_repair();
	test_long_lines();
	return check_report("test-stream");
}
