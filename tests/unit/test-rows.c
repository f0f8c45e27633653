/* Unit tests of the rows every table writer shares: columns, mentions,
 * and the row reader on a small stream. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "rows.h"
#include "xalloc.h"

static void
test_mentions(void)
{
	struct mentions m;
	int i;
	char name[16];

	mentions_init(&m, "; ");
	mentions_add(&m, ENT_PERSON, "Xi Jinping", 10);
	mentions_add(&m, ENT_LOCATION, "US", 2);
	mentions_add(&m, ENT_PERSON, "Obama", 5);
	mentions_add(&m, ENT_PERSON, "Xi Jinping", 10);
	mentions_add(&m, ENT_ORGANIZATION, "US", 2);
	mentions_add(&m, ENT_PERSON, "", 0);
	CHECK_STR(m.joined[ENT_PERSON].data, "Xi Jinping; Obama");
	/* one by one, for JSON arrays */
	CHECK_MEM(m.joined[ENT_PERSON].data + m.items[ENT_PERSON][1].off,
	    m.items[ENT_PERSON][1].len, "Obama");
	CHECK_MEM(m.joined[ENT_PERSON].data + m.items[ENT_PERSON][0].off,
	    m.items[ENT_PERSON][0].len, "Xi Jinping");
	CHECK_STR(m.joined[ENT_LOCATION].data, "US");
	CHECK_STR(m.joined[ENT_ORGANIZATION].data, "US");
	CHECK(m.count[ENT_PERSON] == 2);
	/* types says which have mentions (an empty one names nothing) */
	CHECK(m.types == (1u << ENT_PERSON | 1u << ENT_LOCATION |
	    1u << ENT_ORGANIZATION));
	mentions_clear(&m);
	CHECK(m.joined[ENT_PERSON].len == 0);
	CHECK(m.joined[ENT_LOCATION].len == 0);
	CHECK(m.count[ENT_ORGANIZATION] == 0);
	CHECK(m.types == 0);
	/* what a cleared row had may come again, once */
	mentions_add(&m, ENT_LOCATION, "US", 2);
	mentions_add(&m, ENT_LOCATION, "US", 2);
	CHECK_STR(m.joined[ENT_LOCATION].data, "US");
	CHECK(m.types == 1u << ENT_LOCATION);
	mentions_clear(&m);
	/* enough to grow the table, then shrink it back */
	for (i = 0; i < 500; i++) {
		snprintf(name, sizeof name, "n%d", i % 250);
		mentions_add(&m, ENT_MISC, name, strlen(name));
	}
	CHECK(m.count[ENT_MISC] == 250);
	CHECK_MEM(m.joined[ENT_MISC].data + m.items[ENT_MISC][249].off,
	    m.items[ENT_MISC][249].len, "n249");
	mentions_clear(&m);
	mentions_add(&m, ENT_MISC, "n1", 2);
	CHECK_STR(m.joined[ENT_MISC].data, "n1");
	mentions_free(&m);
}

/*
 * A mention of every length to 24 is the same mention wherever its bytes
 * lie (the hash reads its tail in fixed-size pieces, which must stay
 * inside it: what lies around it differs here), and a mention that
 * differs from it in any one byte is another.
 */
static void
test_mentions_every_length(void)
{
	struct mentions m;
	char a[40], b[40], c[40];
	size_t n, at;

	mentions_init(&m, "|");
	for (n = 1; n <= 24; n++) {
		memset(a, 'x', sizeof a);
		memset(b, 'y', sizeof b);
		for (at = 0; at < n; at++)
			a[8 + at] = b[3 + at] = (char)('A' + at);
		mentions_clear(&m);
		mentions_add(&m, ENT_PERSON, a + 8, n);
		mentions_add(&m, ENT_PERSON, b + 3, n);
		CHECK(m.count[ENT_PERSON] == 1);
		for (at = 0; at < n; at++) {
			memcpy(c, a, sizeof c);
			c[8 + at] = '#';
			mentions_add(&m, ENT_PERSON, c + 8, n);
			mentions_add(&m, ENT_PERSON, c + 8, n);
		}
		CHECK(m.count[ENT_PERSON] == 1 + n);
	}
	mentions_free(&m);
}

/* words one byte at a time, as the count was before it took 16 */
static size_t
words_by_byte(const char *s, size_t n)
{
	size_t i, words = 0;
	int in_word = 0, space;

	for (i = 0; i < n; i++) {
		space = s[i] == ' ' || s[i] == '\t' || s[i] == '\n';
		words += !space && !in_word;
		in_word = !space;
	}
	return words;
}

/* every length to 70 (16-byte steps, a word across their edges), of
 * words, spaces, TABs, LFs, CRs and non-ASCII bytes drawn at random */
static void
test_count_words(void)
{
	static const char pool[] = "ab  \t\n\r\xC3\xA9x.";
	char s[70];
	unsigned seed = 1;
	size_t n, i;
	int round, same = 1;

	CHECK(rows_count_words("", 0) == 0);
	CHECK(rows_count_words("  one two\tthree\nfour  ", 22) == 4);
	for (round = 0; round < 200; round++) {
		for (n = 0; n <= sizeof s; n++) {
			for (i = 0; i < n; i++) {
				seed = seed * 1103515245u + 12345u;
				s[i] = pool[(seed >> 16) % (sizeof pool - 1)];
			}
			if (rows_count_words(s, n) != words_by_byte(s, n))
				same = 0;
		}
	}
	CHECK(same);
}

static void
test_columns(void)
{
	struct columns c;
	struct buf err = BUF_INIT;

	columns_default(&c, ROWS_LINE);
	CHECK(c.n == 13);
	CHECK(c.v[0].kind == COL_ATTR);
	CHECK_STR(c.v[2].name, "date");
	CHECK(c.v[2].kind == COL_ATTR);
	CHECK(c.v[9].kind == COL_MENTIONS && c.v[9].type == ENT_DATE);
	columns_free(&c);

	CHECK(columns_parse(&c, "url,text,MISC,@x-custom,@text,problem",
	    ROWS_LINE, &err) == 0);
	CHECK(c.n == 6 && c.v[0].kind == COL_ATTR && c.v[1].kind == COL_TEXT);
	CHECK(c.v[2].kind == COL_MENTIONS && c.v[2].type == ENT_MISC);
	CHECK(c.v[3].kind == COL_ATTR);
	CHECK_STR(c.v[3].name, "x-custom");
	/* '@' names the attribute even where a computed column has the name */
	CHECK(c.v[4].kind == COL_ATTR);
	CHECK_STR(c.v[4].name, "text");
	CHECK(c.v[5].kind == COL_ATTR);
	columns_free(&c);

	/* an unknown name is an error, with the nearest name if close */
	CHECK(columns_parse(&c, "id,titel", ROWS_LINE, &err) < 0);
	CHECK_STR(err.data, "unknown column 'titel' (did you mean 'title'?"
	    " another <doc> attribute is written '@titel')");
	buf_clear(&err);
	CHECK(columns_parse(&c, "person", ROWS_LINE, &err) < 0);
	CHECK(strstr(err.data, "did you mean 'PERSON'?") != NULL);
	buf_clear(&err);
	CHECK(columns_parse(&c, "x-custom", ROWS_LINE, &err) < 0);
	CHECK_STR(err.data, "unknown column 'x-custom' (another <doc>"
	    " attribute is written '@x-custom')");
	buf_clear(&err);
	CHECK(columns_parse(&c, "@", ROWS_LINE, &err) < 0);
	buf_clear(&err);

	CHECK(columns_parse(&c, "id,,text", ROWS_LINE, &err) < 0);
	buf_clear(&err);
	CHECK(columns_parse(&c, "type", ROWS_LINE, &err) < 0);
	CHECK_STR(err.data, "no column 'type' in rows per line");
	buf_clear(&err);
	CHECK(columns_parse(&c, "a b", ROWS_LINE, &err) < 0);
	CHECK(columns_parse(&c, "type,start", ROWS_ENTITY, &err) == 0);
	columns_free(&c);
	CHECK(rows_lookup("document") == ROWS_DOCUMENT);
	CHECK(rows_lookup("doc") == -1);
	buf_free(&err);
}

/* the row reader on a stream: every row as "p/s/ps/ss/w|text|PERSONs" */
struct seen {
	struct buf log;
};

static void
seen_doc(void *arg, const struct doc *d)
{
	struct seen *s = arg;

	buf_printf(&s->log, "[%s]", doc_get(d, "id"));
}

static void
seen_row(void *arg, const struct row *r)
{
	struct seen *s = arg;

	buf_printf(&s->log, "%zu/%zu/%zu/%zu/%zu|%.*s|%s", r->paragraph,
	    r->sentence, r->paragraphs, r->sentences, r->words,
	    (int)r->textlen, r->text, r->m->joined[ENT_PERSON].data ?
	    r->m->joined[ENT_PERSON].data : "");
	if (r->entity)
		buf_printf(&s->log, "|%s %.*s %zu-%zu",
		    entity_type_names[r->type], (int)r->entitylen, r->entity,
		    r->start, r->end);
	buf_addc(&s->log, ';');
}

static void
rows_of(const char *stream, enum rows shape, const char *want)
{
	struct seen s = { BUF_INIT };
	struct row_writer w = { seen_doc, seen_row, &s };
	struct row_reader_options o = { shape, "+", "//" };
	struct columns cols;
	struct row_reader r;
	char path[] = "/tmp/test-rows.XXXXXX";
	char *argv[1];
	FILE *fp;
	int fd;

	fd = mkstemp(path);
	CHECK(fd >= 0);
	fp = fdopen(fd, "w");
	fputs(stream, fp);
	fclose(fp);
	columns_parse(&cols, "text,PERSON,words", shape, &s.log);
	row_reader_init(&r, &o, &cols, &w);
	argv[0] = path;
	input_each(1, argv, NULL, row_reader_input, &r);
	CHECK_STR(s.log.data ? s.log.data : "", want);
	row_reader_free(&r);
	columns_free(&cols);
	buf_free(&s.log);
	unlink(path);
}

static void
test_reader(void)
{
	const char *in = "<doc id=\"a\">\n<PERSON>Xi</PERSON> met"
	    " <PERSON>Bo</PERSON>.\nThen &lt;PERSON> left.\n\n"
	    "<PERSON>Xi</PERSON> again.\n</doc>\n<doc id=\"e\">\n</doc>\n";

	rows_of(in, ROWS_LINE, "[a]1/1/0/1/3|Xi met Bo.|Xi+Bo;"
	    "1/2/0/1/3|Then <PERSON> left.|;2/3/0/1/2|Xi again.|Xi;[e]");
	rows_of(in, ROWS_PARAGRAPH, "[a]1/1/0/2/6|Xi met Bo. Then <PERSON>"
	    " left.|Xi+Bo;2/3/0/1/2|Xi again.|Xi;[e]");
	/* the paragraph separator is the writer's; an empty document
	 * has its row */
	rows_of(in, ROWS_DOCUMENT, "[a]2/3/2/3/8|Xi met Bo. Then <PERSON>"
	    " left.//Xi again.|Xi+Bo;[e]0/0/0/0/0||;");
	/* an escape before the first tag, after it, in a mention, alone */
	rows_of("<doc id=\"b\">\nA &amp; <PERSON>B</PERSON>.\n"
	    "<PERSON>C</PERSON> &lt;D\n<PERSON>E&amp;F</PERSON> G\n"
	    "H &amp;amp; I\n</doc>\n", ROWS_LINE,
	    "[b]1/1/0/1/3|A & B.|B;1/2/0/1/2|C <D|C;1/3/0/1/2|E&F G|E&F;"
	    "1/4/0/1/3|H &amp; I|;");
	rows_of(in, ROWS_ENTITY, "[a]1/1/0/1/3|Xi met Bo.|Xi+Bo|PERSON Xi"
	    " 0-2;1/1/0/1/3|Xi met Bo.|Xi+Bo|PERSON Bo 7-9;"
	    "2/3/0/1/2|Xi again.|Xi|PERSON Xi 0-2;[e]");
}

/*
 * A tag at every place of lines of many lengths, around mentions of many
 * lengths: the text of a tagged line is copied piece by piece, 16 bytes
 * at a time where the line goes on 16 bytes past a piece, so each piece
 * length ends on both sides of a chunk and of the line's end.  Every
 * byte differs from its neighbours, so a byte out of place shows.
 */
static void
test_reader_every_piece(void)
{
	struct buf in = BUF_INIT, want = BUF_INIT;
	char text[80];
	size_t before, len, after, k, sent = 0;

	buf_adds(&in, "<doc id=\"p\">\n");
	buf_adds(&want, "[p]");
	for (before = 0; before <= 33; before++)
		for (len = 1; len <= 17; len++)
			for (after = 0; after <= 17; after++) {
				/* and from the byte at its place in the
				 * line before (the text's buffer is reused) */
				for (k = 0; k < before + len + after; k++)
					text[k] = (char)('A' + (k + sent) % 26);
				buf_printf(&in, "%.*s<PERSON>%.*s</PERSON>"
				    "%.*s\n", (int)before, text, (int)len,
				    text + before, (int)after,
				    text + before + len);
				buf_printf(&want, "1/%zu/0/1/1|%.*s|%.*s;",
				    ++sent, (int)(before + len + after), text,
				    (int)len, text + before);
			}
	buf_adds(&in, "</doc>\n");
	rows_of(in.data, ROWS_LINE, want.data);
	buf_free(&in);
	buf_free(&want);
}

int
main(void)
{
	test_mentions();
	test_mentions_every_length();
	test_count_words();
	test_columns();
	test_reader();
	test_reader_every_piece();
	return check_report("test-rows");
}
