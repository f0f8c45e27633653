/*
 * to-csv: the copydesk stream as CSV for spreadsheets and scripts.
 *
 * A row per text line (the default), per paragraph, per document or per
 * entity mention.  Text comes out with the entity tags removed and the
 * stream's escapes undone, in that order; entity columns hold the distinct
 * mentions of the row.  Paragraph and sentence numbers count from 1 inside
 * each document, so outputs of split batches concatenate.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cell.h"
#include "cli.h"
#include "columns.h"
#include "err.h"
#include "input.h"
#include "mentions.h"
#include "stream.h"
#include "utf8.h"
#include "xalloc.h"

#define OUT_FLUSH (64 * 1024)
#define SHEET_MAX_ROWS 1048576	/* Excel's and LibreOffice's */

struct options {
	enum rows rows;
	const char *columns;	/* NULL: the defaults of the row shape */
	char delim;
	const char *sep;	/* between mentions in an entity column */
	int header, crlf, bom, guard;
	size_t max_cell;
};

/* what a row shows, besides the document's attributes */
struct row {
	const char *text;
	size_t textlen;
	size_t paragraph, sentence, paragraphs, sentences, words;
	const struct mentions *m;
	/* rows per entity mention */
	int type;
	const char *entity;
	size_t entitylen, start, end;
};

struct ctx {
	const struct options *opt;
	struct columns cols;
	struct cell_writer cw;
	struct buf out;
	size_t rows;		/* rows written, the header included */
	int need_mentions, need_words;

	/* per document */
	struct buf *attr;	/* per column: the encoded attribute cell */
	size_t para, sent;	/* current paragraph and line numbers */
	size_t para_sent;	/* lines in the current paragraph */
	size_t first_sent;	/* the paragraph's first line number */
	size_t words;		/* words in the accumulated text */
	int doc_has_text;

	/* scratch, reused from line to line */
	struct buf stripped, text, acc, mention;
	struct mentions m;
};

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: %s [-bHhV] [-c columns] [-d delimiter]"
	    " [-e separator] [-r rows]\n"
	    "%*s[--lf] [--max-cell n] [--no-formula-guard]"
	    " [--strict] [file ...]\n"
	    "  -b, --bom               begin with a UTF-8 byte order mark"
	    " (for Excel)\n"
	    "  -c, --columns LIST      columns, comma-separated: any <doc>"
	    " attribute,\n"
	    "                          paragraph sentence text paragraphs"
	    " sentences words\n"
	    "                          type entity start end, or an entity"
	    " type (PERSON ...)\n"
	    "  -d, --delimiter C       ',' (default), ';', '|' or tab\n"
	    "  -e, --entity-separator S  between mentions in an entity"
	    " column (default '; ')\n"
	    "  -H, --no-header         no header row\n"
	    "  -r, --rows SHAPE        a row per line (default), paragraph,"
	    " document, entity\n"
	    "      --lf                end rows with LF, not CRLF\n"
	    "      --max-cell N        cut cells longer than N characters"
	    " (default 32767;\n"
	    "                          0: never)\n"
	    "      --no-formula-guard  leave cells that start with = + - @"
	    " as they are\n"
	    "      --strict            invalid UTF-8 is an error\n"
	    "  -h, --help              this help\n"
	    "  -V, --version           the version\n", progname(),
	    (int)strlen(progname()) + 8, "");
}

static void
flush_out(struct ctx *c)
{
	fwrite(c->out.data, 1, c->out.len, stdout);
	buf_clear(&c->out);
}

/*
 * Room for a delimiter and a number per column and the record end: put_row
 * reserves it once and after each cell of unknown size, so delimiters and
 * numbers are stored without a check each.
 */
#define ROW_ROOM(ncols) (22 * (ncols) + 4)

/* numbers are never quoted nor guarded; printf is slow per cell */
static void
put_number(struct ctx *c, size_t v)
{
	char num[20], *p = num + sizeof num;
	size_t n;

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	n = (size_t)(num + sizeof num - p);
	memcpy(c->out.data + c->out.len, p, n);
	c->out.len += n;
}

static void
encode_cell(struct ctx *c, struct buf *out, size_t col, const char *s,
    size_t n)
{
	int flags = c->cols.n == 1 ? CELL_ALONE : 0;

	/* Excel takes a file that starts with "ID" for SYLK and refuses it */
	if (c->rows == 0 && col == 0 && n >= 2 && s[0] == 'I' && s[1] == 'D')
		flags |= CELL_QUOTE;
	cell_put(&c->cw, out, s, n, flags);
}

static void
put_cell(struct ctx *c, size_t col, const char *s, size_t n)
{
	encode_cell(c, &c->out, col, s, n);
}

static void
end_row(struct ctx *c)
{
	buf_reserve(&c->out, 3);
	if (c->opt->crlf)
		c->out.data[c->out.len++] = '\r';
	c->out.data[c->out.len++] = '\n';
	c->out.data[c->out.len] = '\0';
	if (++c->rows == SHEET_MAX_ROWS + 1)
		warning("more than %d rows: spreadsheets show only the first"
		    " %d", SHEET_MAX_ROWS, SHEET_MAX_ROWS);
	if (c->out.len >= OUT_FLUSH)
		flush_out(c);
}

static void
put_header(struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->cols.n; i++) {
		if (i > 0)
			buf_addc(&c->out, c->opt->delim);
		put_cell(c, i, c->cols.v[i].name, strlen(c->cols.v[i].name));
	}
	end_row(c);
}

static void
put_row(struct ctx *c, const struct row *r)
{
	const struct column *col;
	const struct buf *b;
	const char *s;
	size_t i, room = ROW_ROOM(c->cols.n);

	buf_reserve(&c->out, room);
	for (i = 0; i < c->cols.n; i++) {
		col = &c->cols.v[i];
		if (i > 0)
			c->out.data[c->out.len++] = c->opt->delim;
		switch (col->kind) {
		case COL_ATTR:
			buf_add(&c->out, c->attr[i].data, c->attr[i].len);
			buf_reserve(&c->out, room);
			break;
		case COL_MENTIONS:
			/* most rows name few types: skip empty cells fast */
			b = &r->m->joined[col->type];
			if (b->len > 0 || c->cols.n == 1) {
				put_cell(c, i, b->data, b->len);
				buf_reserve(&c->out, room);
			}
			break;
		case COL_PARAGRAPH: put_number(c, r->paragraph); break;
		case COL_SENTENCE: put_number(c, r->sentence); break;
		case COL_PARAGRAPHS: put_number(c, r->paragraphs); break;
		case COL_SENTENCES: put_number(c, r->sentences); break;
		case COL_WORDS: put_number(c, r->words); break;
		case COL_START: put_number(c, r->start); break;
		case COL_END: put_number(c, r->end); break;
		case COL_TEXT:
			put_cell(c, i, r->text, r->textlen);
			buf_reserve(&c->out, room);
			break;
		case COL_TYPE:
			s = entity_type_names[r->type];
			put_cell(c, i, s, strlen(s));
			buf_reserve(&c->out, room);
			break;
		case COL_ENTITY:
			put_cell(c, i, r->entity, r->entitylen);
			buf_reserve(&c->out, room);
			break;
		}
	}
	end_row(c);
}

/* ---- documents, paragraphs and lines ---- */

static void
doc_begin(struct ctx *c, const struct doc *d)
{
	const char *v;
	size_t i;

	/* attribute cells are the same on every row of the document */
	for (i = 0; i < c->cols.n; i++) {
		if (c->cols.v[i].kind != COL_ATTR)
			continue;
		v = doc_get(d, c->cols.v[i].name);
		buf_clear(&c->attr[i]);
		if (!v)
			v = "";
		encode_cell(c, &c->attr[i], i, v, strlen(v));
	}
	c->para = c->sent = c->para_sent = c->first_sent = c->words = 0;
	c->doc_has_text = 0;
	buf_clear(&c->acc);
	mentions_clear(&c->m);
}

static size_t
count_words(const char *s, size_t n)
{
	size_t i, words = 0;
	int in_word = 0;

	for (i = 0; i < n; i++) {
		int space = s[i] == ' ' || s[i] == '\t' || s[i] == '\n';

		if (!space && !in_word)
			words++;
		in_word = !space;
	}
	return words;
}

/*
 * Append the text of line s[0..n) to out: tags removed, then escapes
 * undone, in that order.  collect: also add the line's mentions to c->m.
 */
static void
line_text(struct ctx *c, struct buf *out, const char *s, size_t n,
    int collect)
{
	struct tag_span t;
	size_t pos = 0;

	if (!memchr(s, '<', n)) {
		/* no tag: nothing to strip (every line before tag-entities) */
		stream_unescape(out, s, n);
		return;
	}
	buf_clear(&c->stripped);
	if (!collect) {
		stream_strip_tags(&c->stripped, s, n);
	} else {
		/* stream_strip_tags' own loop, run once for the text and the
		 * mentions together: finding the tags is what costs */
		while (stream_next_tag(s, n, pos, &t)) {
			buf_add(&c->stripped, s + pos, t.start - pos);
			buf_add(&c->stripped, s + t.text_start,
			    t.text_end - t.text_start);
			buf_clear(&c->mention);
			stream_unescape(&c->mention, s + t.text_start,
			    t.text_end - t.text_start);
			mentions_add(&c->m, t.type, c->mention.data,
			    c->mention.len);
			pos = t.end;
		}
		buf_add(&c->stripped, s + pos, n - pos);
	}
	stream_unescape(out, c->stripped.data, c->stripped.len);
}

/* a row per entity mention of the line s[0..n), whose text is c->text */
static void
entity_rows(struct ctx *c, const char *s, size_t n)
{
	struct row r;
	struct tag_span t;
	size_t pos = 0, at = 0;

	memset(&r, 0, sizeof r);
	r.text = c->text.data;
	r.textlen = c->text.len;
	r.paragraph = c->para;
	r.sentence = c->sent;
	r.sentences = 1;
	r.words = c->need_words ? count_words(r.text, r.textlen) : 0;
	r.m = &c->m;
	while (stream_next_tag(s, n, pos, &t)) {
		/* offsets in characters of the text, counted piece by
		 * piece (mention.data is scratch here) */
		buf_clear(&c->mention);
		stream_unescape(&c->mention, s + pos, t.start - pos);
		at += utf8_length(c->mention.data, c->mention.len);
		buf_clear(&c->mention);
		stream_unescape(&c->mention, s + t.text_start,
		    t.text_end - t.text_start);
		r.type = t.type;
		r.entity = c->mention.data;
		r.entitylen = c->mention.len;
		r.start = at;
		at += utf8_length(c->mention.data, c->mention.len);
		r.end = at;
		put_row(c, &r);
		pos = t.end;
	}
}

/* the row of the paragraph or document gathered in c->acc */
static void
flush_acc(struct ctx *c, size_t paragraphs)
{
	struct row r;

	memset(&r, 0, sizeof r);
	r.text = c->acc.data;
	r.textlen = c->acc.len;
	r.paragraph = c->para;
	r.sentence = c->first_sent;
	r.paragraphs = paragraphs;
	r.sentences = c->opt->rows == ROWS_DOCUMENT ? c->sent : c->para_sent;
	r.words = c->words;
	r.m = &c->m;
	put_row(c, &r);
	buf_clear(&c->acc);
	mentions_clear(&c->m);
	c->words = 0;
}

static void
text_line(struct ctx *c, const char *s, size_t n)
{
	struct row r;
	size_t from;

	if (!c->doc_has_text) {
		c->doc_has_text = 1;
		c->para = 1;
	}
	c->sent++;
	if (c->para_sent++ == 0)
		c->first_sent = c->sent;

	switch (c->opt->rows) {
	case ROWS_LINE:
		mentions_clear(&c->m);
		memset(&r, 0, sizeof r);
		if (!memchr(s, '<', n) && !memchr(s, '&', n)) {
			/* no tag, no escape: the line is its text */
			r.text = s;
			r.textlen = n;
		} else {
			buf_clear(&c->text);
			line_text(c, &c->text, s, n, c->need_mentions);
			r.text = c->text.data;
			r.textlen = c->text.len;
		}
		r.paragraph = c->para;
		r.sentence = c->sent;
		r.sentences = 1;
		if (c->need_words)
			r.words = count_words(r.text, r.textlen);
		r.m = &c->m;
		put_row(c, &r);
		break;
	case ROWS_PARAGRAPH:
	case ROWS_DOCUMENT:
		if (c->acc.len > 0)
			buf_addc(&c->acc, c->para_sent == 1 ? '\n' : ' ');
		from = c->acc.len;
		line_text(c, &c->acc, s, n, c->need_mentions);
		if (c->need_words)
			c->words += count_words(c->acc.data + from,
			    c->acc.len - from);
		break;
	case ROWS_ENTITY:
		buf_clear(&c->text);
		mentions_clear(&c->m);
		line_text(c, &c->text, s, n, c->need_mentions);
		entity_rows(c, s, n);
		break;
	case ROWS_N:
		break;
	}
}

static void
paragraph_end(struct ctx *c)
{
	if (c->opt->rows == ROWS_PARAGRAPH && c->para_sent > 0)
		flush_acc(c, 0);
	c->para_sent = 0;
}

static void
doc_end(struct ctx *c)
{
	paragraph_end(c);
	/* a document without text still gets its row: a list of articles
	 * should show the one whose extraction came out empty */
	if (c->opt->rows == ROWS_DOCUMENT)
		flush_acc(c, c->para);
}

static void
convert(struct input *in, void *arg)
{
	struct ctx *c = arg;
	struct stream_reader r;
	enum stream_event ev;

	stream_reader_init(&r, in);
	while ((ev = stream_read(&r)) != EV_END) {
		switch (ev) {
		case EV_DOC_BEGIN:
			doc_begin(c, &r.doc);
			break;
		case EV_TEXT:
			text_line(c, r.line.data, r.line.len);
			break;
		case EV_BREAK:
			paragraph_end(c);
			c->para++;
			break;
		case EV_DOC_END:
			doc_end(c);
			break;
		case EV_END:
			break;
		}
	}
	stream_reader_free(&r);
}

/* ---- options ---- */

static char
parse_delimiter(const char *s)
{
	if (strcmp(s, "tab") == 0 || strcmp(s, "\\t") == 0 ||
	    strcmp(s, "\t") == 0)
		return '\t';
	if (strlen(s) == 1 && strchr(",;|", s[0]))
		return s[0];
	usage_error("delimiter must be ',', ';', '|' or tab, not '%s'", s);
}

static void
check_separator(const char *s)
{
	size_t i, n = strlen(s);

	if (!utf8_valid(s, n))
		usage_error("entity separator: invalid UTF-8");
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];

		if ((ch < 0x20 && ch != '\t' && ch != '\n') || ch == 0x7F)
			usage_error("entity separator: control character");
	}
}

enum { OPT_LF = 256, OPT_CRLF, OPT_MAX_CELL, OPT_NO_GUARD, OPT_GUARD,
    OPT_HEADER, OPT_STRICT };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "bom", no_argument, NULL, 'b' },
		{ "columns", required_argument, NULL, 'c' },
		{ "crlf", no_argument, NULL, OPT_CRLF },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "entity-separator", required_argument, NULL, 'e' },
		{ "formula-guard", no_argument, NULL, OPT_GUARD },
		{ "header", no_argument, NULL, OPT_HEADER },
		{ "lf", no_argument, NULL, OPT_LF },
		{ "max-cell", required_argument, NULL, OPT_MAX_CELL },
		{ "no-formula-guard", no_argument, NULL, OPT_NO_GUARD },
		{ "no-header", no_argument, NULL, 'H' },
		{ "rows", required_argument, NULL, 'r' },
		{ "strict", no_argument, NULL, OPT_STRICT },
		CLI_LONGOPTS_COMMON,
		{ NULL, 0, NULL, 0 }
	};
	struct options opt = {
		.rows = ROWS_LINE, .columns = NULL, .delim = ',', .sep = "; ",
		.header = 1, .crlf = 1, .bom = 0, .guard = 1,
		.max_cell = CELL_MAX_EXCEL,
	};
	struct input_options iopt = { 0, 0 };
	struct ctx c;
	struct buf err = BUF_INIT;
	int ch, rows, status;
	size_t i;

	cli_start(argv[0]);
	while ((ch = cli_getopt(argc, argv, "bc:d:e:HhVr:", longopts)) != -1) {
		switch (ch) {
		case 'b': opt.bom = 1; break;
		case 'c': opt.columns = optarg; break;
		case 'd': opt.delim = parse_delimiter(optarg); break;
		case 'e':
			check_separator(optarg);
			opt.sep = optarg;
			break;
		case 'H': opt.header = 0; break;
		case 'h':
			usage(stdout);
			return cli_finish(0);
		case 'r':
			if ((rows = rows_lookup(optarg)) < 0)
				usage_error("rows: '%s' is not line, paragraph,"
				    " document or entity", optarg);
			opt.rows = (enum rows)rows;
			break;
		case 'V': cli_version(); break;
		case OPT_CRLF: opt.crlf = 1; break;
		case OPT_GUARD: opt.guard = 1; break;
		case OPT_HEADER: opt.header = 1; break;
		case OPT_LF: opt.crlf = 0; break;
		case OPT_MAX_CELL:
			opt.max_cell = (size_t)cli_number("--max-cell", optarg, 0,
			    1000000000);
			break;
		case OPT_NO_GUARD: opt.guard = 0; break;
		case OPT_STRICT: iopt.strict = 1; break;
		}
	}

	memset(&c, 0, sizeof c);
	c.opt = &opt;
	if (opt.columns) {
		if (columns_parse(&c.cols, opt.columns, opt.rows, &err) < 0)
			usage_error("%s", err.data);
	} else {
		columns_default(&c.cols, opt.rows);
	}
	c.need_mentions = columns_have(&c.cols, COL_MENTIONS);
	c.need_words = columns_have(&c.cols, COL_WORDS);
	c.attr = xcalloc(c.cols.n, sizeof *c.attr);
	cell_writer_init(&c.cw, opt.delim, opt.guard, opt.max_cell);
	mentions_init(&c.m, opt.sep);

	if (opt.bom)
		buf_add(&c.out, "\xEF\xBB\xBF", 3);
	if (opt.header)
		put_header(&c);
	status = input_each(argc - optind, argv + optind, &iopt, convert, &c);
	flush_out(&c);

	if (c.cw.cut)
		warning("cut %zu cell%s longer than %zu characters", c.cw.cut,
		    c.cw.cut == 1 ? "" : "s", opt.max_cell);
	if (c.cw.controls)
		warning("dropped %zu control character%s", c.cw.controls,
		    c.cw.controls == 1 ? "" : "s");

	for (i = 0; i < c.cols.n; i++)
		buf_free(&c.attr[i]);
	free(c.attr);
	columns_free(&c.cols);
	cell_writer_free(&c.cw);
	mentions_free(&c.m);
	buf_free(&c.out);
	buf_free(&c.stripped);
	buf_free(&c.text);
	buf_free(&c.acc);
	buf_free(&c.mention);
	buf_free(&err);
	return cli_finish(status);
}
