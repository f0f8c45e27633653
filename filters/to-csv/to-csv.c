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
#include "err.h"
#include "input.h"
#include "rows.h"
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

struct ctx {
	const struct options *opt;
	struct columns cols;
	struct cell_writer cw;
	struct buf out;
	size_t rows;		/* rows written, the header included */
	struct buf *attr;	/* per column: the document's attribute cell */
	size_t attr_cuts;	/* of those cells, how many were cut: each
				   row that writes them counts them */
};

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: %s [-bHhV] [-c columns] [-d delimiter]"
	    " [-e separator] [-r rows]\n"
	    "%*s[--excel] [--lf] [--max-cell n] [--no-formula-guard]"
	    " [--strict]\n"
	    "%*s[file ...]\n"
	    "  -b, --bom               begin with a UTF-8 byte order mark"
	    " (for Excel)\n"
	    "  -c, --columns LIST      columns, comma-separated: id title"
	    " date url author\n"
	    "                          source lang fetched problem, @NAME"
	    " for another\n"
	    "                          <doc> attribute, paragraph sentence"
	    " text paragraphs\n"
	    "                          sentences words,"
	    " type entity start end, or an\n"
	    "                          entity type (PERSON ...)\n"
	    "  -d, --delimiter C       ',' (default), ';', '|' or tab\n"
	    "  -e, --entity-separator S  between mentions in an entity"
	    " column (default '; ')\n"
	    "  -H, --no-header         no header row\n"
	    "  -r, --rows SHAPE        a row per line (default), paragraph,"
	    " document, entity\n"
	    "      --excel             for a double-click in Excel: --bom,"
	    " CRLF, the guard\n"
	    "      --lf                end rows with LF, not CRLF\n"
	    "      --max-cell N        cut cells longer than N characters"
	    " (default 32767;\n"
	    "                          0: never)\n"
	    "      --no-formula-guard  leave cells that start with = + - @"
	    " as they are\n"
	    "      --strict            invalid UTF-8 is an error\n"
	    "  -h, --help              this help\n"
	    "  -V, --version           the version\n", progname(),
	    (int)strlen(progname()) + 8, "", (int)strlen(progname()) + 8, "");
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
	size_t i, max_cell = c->cw.max_cell;

	/* --max-cell is for the text: a column's name is never cut (with a
	 * small limit the header said "PE" twice) nor counted as cut */
	c->cw.max_cell = 0;
	for (i = 0; i < c->cols.n; i++) {
		if (i > 0)
			buf_addc(&c->out, c->opt->delim);
		put_cell(c, i, c->cols.v[i].name, strlen(c->cols.v[i].name));
	}
	c->cw.max_cell = max_cell;
	end_row(c);
}

static void
put_row(void *arg, const struct row *r)
{
	struct ctx *c = arg;
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
	c->cw.cut += c->attr_cuts;
	end_row(c);
}

/* the attribute cells are the same on every row of the document: encoded
 * once, and their cuts counted on the rows that write them */
static void
doc_begin(void *arg, const struct doc *d)
{
	struct ctx *c = arg;
	const char *v;
	size_t i, cut = c->cw.cut;

	for (i = 0; i < c->cols.n; i++) {
		if (c->cols.v[i].kind != COL_ATTR)
			continue;
		v = doc_get(d, c->cols.v[i].name);
		buf_clear(&c->attr[i]);
		if (!v)
			v = "";
		encode_cell(c, &c->attr[i], i, v, strlen(v));
	}
	c->attr_cuts = c->cw.cut - cut;
	c->cw.cut = cut;
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

enum { OPT_LF = 256, OPT_CRLF, OPT_EXCEL, OPT_MAX_CELL, OPT_NO_GUARD,
    OPT_GUARD, OPT_HEADER, OPT_STRICT };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "bom", no_argument, NULL, 'b' },
		{ "columns", required_argument, NULL, 'c' },
		{ "crlf", no_argument, NULL, OPT_CRLF },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "entity-separator", required_argument, NULL, 'e' },
		{ "excel", no_argument, NULL, OPT_EXCEL },
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
	struct row_reader_options ropt;
	struct row_reader rr;
	struct row_writer rw;
	struct ctx c;
	int ch, status;
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
		case 'r': opt.rows = rows_option(optarg); break;
		case 'V': cli_version(); break;
		case OPT_CRLF: opt.crlf = 1; break;
		case OPT_EXCEL:
			/* what Excel needs to open the file right on a
			 * double-click: UTF-8 it recognises, RFC 4180 record
			 * ends, and nothing run as a formula */
			opt.bom = opt.crlf = opt.guard = 1;
			break;
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
	columns_option(&c.cols, opt.columns, opt.rows);
	c.attr = xcalloc(c.cols.n, sizeof *c.attr);
	cell_writer_init(&c.cw, opt.delim, opt.guard, opt.max_cell);
	ropt.rows = opt.rows;
	ropt.entity_sep = opt.sep;
	ropt.para_sep = "\n";	/* a paragraph is a line of the cell */
	rw.doc_begin = doc_begin;
	rw.row = put_row;
	rw.ctx = &c;
	row_reader_init(&rr, &ropt, &c.cols, &rw);

	if (opt.bom)
		buf_add(&c.out, "\xEF\xBB\xBF", 3);
	if (opt.header)
		put_header(&c);
	status = input_each(argc - optind, argv + optind, &iopt,
	    row_reader_input, &rr);
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
	row_reader_free(&rr);
	buf_free(&c.out);
	return cli_finish(status);
}
