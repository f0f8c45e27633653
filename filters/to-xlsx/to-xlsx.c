/*
 * to-xlsx: the copydesk stream as an Office Open XML workbook (.xlsx),
 * with the rows and columns of to-csv (common/rows.h), through
 * libxlsxwriter in its constant-memory mode (a row in memory at a time).
 *
 * Cells are typed: text is always a string cell (a string is never a
 * formula, so there is no guard and no apostrophe), numbers are numbers,
 * `date` and `fetched` are dates in ISO display format, `url` is a link.
 * Excel's limits are kept and said: cells cut at 32,767 characters, rows
 * going on in a new sheet past 1,048,576, characters XML forbids dropped,
 * links past 65,530 a sheet or 2,079 characters written as text.
 *
 * libxlsxwriter writes the zip when the workbook is closed, to a file
 * name: to a temporary file beside -o FILE, renamed over it only when all
 * went well, or in TMPDIR and copied to standard output.  Renaming over
 * anything but a regular file would replace it (-o /dev/null, as root,
 * turned the device into a file), so a device or a named pipe is written
 * into like standard output, and a symbolic link is followed to the file
 * it names.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "buf.h"
#include "cli.h"
#include "err.h"
#include "input.h"
#include "rows.h"
#include "utf8.h"
#include "xalloc.h"
#include "xcell.h"

/* what a column holds, for its cells, format and width */
enum xkind { X_TEXT, X_LONGTEXT, X_NUMBER, X_DATE, X_URL };

struct xcol {
	enum xkind kind;
	double width;
	lxw_format *fmt;
};

struct ctx {
	struct columns cols;
	struct xcol *x;
	lxw_workbook *wb;
	lxw_worksheet *ws;
	unsigned sheets;
	lxw_row_t row;		/* next row of the sheet */
	size_t links;		/* links in the sheet */
	lxw_format *header, *text, *longtext, *number, *date, *datetime,
	    *datetime_sec, *link;
	const struct doc *doc;	/* the current document's attributes */
	struct buf scratch;
	struct xcell_counts counts;
	size_t zoned, bad_dates;	/* documents */
	int doc_zoned, doc_bad_date;	/* counted for this document */
	size_t long_links, many_links;
	lxw_error failed;	/* the first error of libxlsxwriter */
	int tmp_failed;		/* a write to its temporary files failed */
};

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: %s [-hV] [-c columns] [-e separator] [-o file]"
	    " [-r rows] [--strict]\n"
	    "%*s[file ...]\n"
	    "  -c, --columns LIST      columns, comma-separated: id title"
	    " date url author\n"
	    "                          source lang fetched problem, @NAME"
	    " for another\n"
	    "                          <doc> attribute, paragraph sentence"
	    " text paragraphs\n"
	    "                          sentences words, type entity start"
	    " end, or an\n"
	    "                          entity type (PERSON ...)\n"
	    "  -e, --entity-separator S  between mentions in an entity"
	    " column (default '; ')\n"
	    "  -o, --output FILE       the workbook (required unless"
	    " standard output is\n"
	    "                          a file or a pipe)\n"
	    "  -r, --rows SHAPE        a row per line (default), paragraph,"
	    " document, entity\n"
	    "      --strict            invalid UTF-8 is an error\n"
	    "  -h, --help              this help\n"
	    "  -V, --version           the version\n", progname(),
	    (int)strlen(progname()) + 8, "");
}

static void
check(struct ctx *c, lxw_error e)
{
	if (e != LXW_NO_ERROR && c->failed == LXW_NO_ERROR)
		c->failed = e;
}

/* ---- sheets ---- */

static void
end_sheet(struct ctx *c)
{
	if (!c->ws)
		return;
	/* libxlsxwriter does not check its writes to the temporary file
	 * of the rows: a full disk would give a cut sheet and no error.
	 * The stream's error flag is sticky, so one look here sees all. */
	if (c->ws->optimize_tmpfile && ferror(c->ws->optimize_tmpfile))
		c->tmp_failed = 1;
	/* the filter covers the header and every row written */
	check(c, worksheet_autofilter(c->ws, 0, 0,
	    c->row > 1 ? c->row - 1 : 1, (lxw_col_t)(c->cols.n - 1)));
}

static void
new_sheet(struct ctx *c)
{
	char name[32];
	size_t i;

	end_sheet(c);
	if (++c->sheets == 1)
		snprintf(name, sizeof name, "rows");
	else
		snprintf(name, sizeof name, "rows %u", c->sheets);
	c->ws = workbook_add_worksheet(c->wb, name);
	if (!c->ws)
		die("cannot add the worksheet '%s'", name);
	for (i = 0; i < c->cols.n; i++)
		check(c, worksheet_set_column(c->ws, (lxw_col_t)i,
		    (lxw_col_t)i, c->x[i].width, c->x[i].fmt));
	for (i = 0; i < c->cols.n; i++)
		check(c, worksheet_write_string(c->ws, 0, (lxw_col_t)i,
		    c->cols.v[i].name, c->header));
	worksheet_freeze_panes(c->ws, 1, 0);
	/* printed (or made a PDF): landscape, the columns fitted to the
	 * page's width, the header on every page */
	worksheet_set_landscape(c->ws);
	worksheet_fit_to_pages(c->ws, 1, 0);
	check(c, worksheet_repeat_rows(c->ws, 0, 0));
	c->row = 1;
	c->links = 0;
	if (c->sheets > 1)
		warning("more than %d rows: the rows go on in sheet '%s'",
		    LXW_ROW_MAX, name);
}

/* ---- cells ---- */

static void
put_text(struct ctx *c, lxw_col_t col, const char *s, size_t n,
    lxw_format *fmt)
{
	if (n == 0)
		return;		/* an empty cell is no cell */
	s = xcell_text(s, n, &c->scratch, &c->counts);
	if (*s)
		check(c, worksheet_write_string(c->ws, c->row, col, s, fmt));
}

static void
put_date(struct ctx *c, lxw_col_t col, const char *s)
{
	struct xdate d;
	lxw_datetime dt;
	lxw_format *fmt;

	if (xdate_parse(s, &d) < 0) {
		/* not a date a spreadsheet can hold: kept as written */
		if (!c->doc_bad_date++)
			c->bad_dates++;
		put_text(c, col, s, strlen(s), c->text);
		return;
	}
	if (d.has_zone && !c->doc_zoned++)
		c->zoned++;
	dt.year = d.year;
	dt.month = d.month;
	dt.day = d.day;
	dt.hour = d.hour;
	dt.min = d.min;
	dt.sec = d.sec;
	fmt = !d.has_time ? c->date : d.has_seconds ? c->datetime_sec :
	    c->datetime;
	check(c, worksheet_write_datetime(c->ws, c->row, col, &dt, fmt));
}

/* the length of url as a link's target, with the characters that
 * libxlsxwriter %-escapes counted as three (an upper bound) */
static size_t
link_length(const char *url)
{
	size_t n = 0;

	for (; *url; url++)
		n += strchr(" \"<>[]`^{}%", *url) ? 3 : 1;
	return n;
}

#define LINK_MAX 2079	/* Excel's longest link */

static void
put_url(struct ctx *c, lxw_col_t col, const char *s)
{
	const char *t = xcell_text(s, strlen(s), &c->scratch, &c->counts);
	lxw_error e;

	if (t != s || !xcell_is_web_url(s)) {
		/* changed (cut, or a character dropped) or no web address:
		 * a link would not lead where the text says */
		if (*t)
			check(c, worksheet_write_string(c->ws, c->row, col, t,
			    c->text));
		return;
	}
	if (c->links >= LXW_MAX_NUMBER_URLS) {
		c->many_links++;
	} else if (link_length(s) > LINK_MAX) {
		/* checked here: libxlsxwriter would print a warning */
		c->long_links++;
	} else {
		/* the url is the text too (libxlsxwriter would show a
		 * mailto: address without its scheme) */
		e = worksheet_write_url_opt(c->ws, c->row, col, s, c->link, s,
		    NULL);
		if (e == LXW_NO_ERROR) {
			c->links++;
			return;
		}
		if (e != LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED)
			check(c, e);
		c->long_links++;
	}
	check(c, worksheet_write_string(c->ws, c->row, col, s, c->text));
}

/*
 * The lines a wrapped cell of s[0..n) takes in a column of width
 * characters.  Neither Excel nor LibreOffice fits a row's height to its
 * wrapped text when it opens a file, so the row height is set from this:
 * characters over a line's worth (a column's width counts '0's, and text
 * runs narrower: 1.2 characters to the unit), plus the line breaks.
 */
static double
wrapped_lines(const char *s, size_t n, double width)
{
	size_t i, lines = 1, line = 0, per = (size_t)(width * 1.2);

	for (i = 0; i < n; i++) {
		if (((unsigned char)s[i] & 0xC0) == 0x80)
			continue;	/* a continuation byte */
		if (s[i] == '\n' || ++line > per) {
			lines++;
			line = s[i] == '\n' ? 0 : 1;
		}
	}
	return (double)lines;
}

/* a row's height, from the tallest of its wrapped cells */
static void
set_height(struct ctx *c, const struct row *r)
{
	const struct column *col;
	const struct buf *b;
	const char *s;
	double lines = 1, l;
	size_t i;

	for (i = 0; i < c->cols.n; i++) {
		if (c->x[i].kind != X_LONGTEXT)
			continue;
		col = &c->cols.v[i];
		l = 1;
		if (col->kind == COL_TEXT) {
			l = wrapped_lines(r->text, r->textlen, c->x[i].width);
		} else if (col->kind == COL_MENTIONS) {
			b = &r->m->joined[col->type];
			l = wrapped_lines(b->data, b->len, c->x[i].width);
		} else if (col->kind == COL_ENTITY) {
			l = wrapped_lines(r->entity, r->entitylen,
			    c->x[i].width);
		} else if (col->kind == COL_ATTR &&
		    (s = doc_get(c->doc, col->name))) {
			l = wrapped_lines(s, strlen(s), c->x[i].width);
		}
		if (l > lines)
			lines = l;
	}
	if (lines > 1) {
		/* 15 points a line; a row is at most 409 points high */
		check(c, worksheet_set_row(c->ws, c->row,
		    lines * 15 < 409 ? lines * 15 : 409, NULL));
	}
}

static void
doc_begin(void *arg, const struct doc *d)
{
	struct ctx *c = arg;

	c->doc = d;
	c->doc_zoned = c->doc_bad_date = 0;
}

static void
put_row(void *arg, const struct row *r)
{
	struct ctx *c = arg;
	const struct column *col;
	const struct buf *b;
	const char *s;
	lxw_col_t i;
	double v = 0;

	if (c->row >= LXW_ROW_MAX)
		new_sheet(c);
	set_height(c, r);
	for (i = 0; i < c->cols.n; i++) {
		col = &c->cols.v[i];
		switch (col->kind) {
		case COL_ATTR:
			if (!(s = doc_get(c->doc, col->name)) || !*s)
				continue;
			if (c->x[i].kind == X_DATE)
				put_date(c, i, s);
			else if (c->x[i].kind == X_URL)
				put_url(c, i, s);
			else
				put_text(c, i, s, strlen(s), c->x[i].fmt);
			continue;
		case COL_MENTIONS:
			b = &r->m->joined[col->type];
			put_text(c, i, b->data, b->len, c->x[i].fmt);
			continue;
		case COL_TEXT:
			put_text(c, i, r->text, r->textlen, c->x[i].fmt);
			continue;
		case COL_TYPE:
			s = entity_type_names[r->type];
			put_text(c, i, s, strlen(s), c->x[i].fmt);
			continue;
		case COL_ENTITY:
			put_text(c, i, r->entity, r->entitylen, c->x[i].fmt);
			continue;
		case COL_PARAGRAPH: v = (double)r->paragraph; break;
		case COL_SENTENCE: v = (double)r->sentence; break;
		case COL_PARAGRAPHS: v = (double)r->paragraphs; break;
		case COL_SENTENCES: v = (double)r->sentences; break;
		case COL_WORDS: v = (double)r->words; break;
		case COL_START: v = (double)r->start; break;
		case COL_END: v = (double)r->end; break;
		}
		check(c, worksheet_write_number(c->ws, c->row, i, v,
		    c->number));
	}
	c->row++;
}

/* ---- the workbook ---- */

static lxw_format *
format(struct ctx *c, int wrap, const char *num)
{
	lxw_format *f = workbook_add_format(c->wb);

	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	if (wrap)
		format_set_text_wrap(f);
	if (num)
		format_set_num_format(f, num);
	return f;
}

/* kinds, widths (in characters) and formats of the columns */
static void
plan_columns(struct ctx *c)
{
	const struct column *col;
	struct xcol *x;
	size_t i, w;

	c->header = workbook_add_format(c->wb);
	format_set_bold(c->header);
	format_set_align(c->header, LXW_ALIGN_VERTICAL_TOP);
	format_set_bottom(c->header, LXW_BORDER_THIN);
	c->text = format(c, 0, NULL);
	c->longtext = format(c, 1, NULL);
	c->number = format(c, 0, NULL);
	c->date = format(c, 0, "yyyy-mm-dd");
	c->datetime = format(c, 0, "yyyy-mm-dd hh:mm");
	c->datetime_sec = format(c, 0, "yyyy-mm-dd hh:mm:ss");
	/* the Hyperlink style, at the top of the cell as the others */
	c->link = format(c, 0, NULL);
	format_set_underline(c->link, LXW_UNDERLINE_SINGLE);
	format_set_font_color(c->link, LXW_COLOR_BLUE);
	format_set_hyperlink(c->link);
	c->x = xcalloc(c->cols.n, sizeof *c->x);
	for (i = 0; i < c->cols.n; i++) {
		col = &c->cols.v[i];
		x = &c->x[i];
		x->kind = X_TEXT;
		x->fmt = c->text;
		x->width = 16;
		if (COL_IS_NUMBER(col->kind)) {
			x->kind = X_NUMBER;
			x->fmt = c->number;
			/* room for the header and its filter button */
			w = strlen(col->name) + 3;
			x->width = w < 8 ? 8 : (double)w;
		} else if (col->kind == COL_TEXT) {
			x->kind = X_LONGTEXT;
			x->fmt = c->longtext;
			x->width = 80;
		} else if (col->kind == COL_MENTIONS ||
		    col->kind == COL_ENTITY) {
			x->kind = X_LONGTEXT;
			x->fmt = c->longtext;
			x->width = 24;
		} else if (col->kind == COL_TYPE) {
			x->width = 15;
		} else if (strcmp(col->name, "date") == 0 ||
		    strcmp(col->name, "fetched") == 0) {
			x->kind = X_DATE;
			x->width = 18;
		} else if (strcmp(col->name, "url") == 0) {
			x->kind = X_URL;
			x->width = 40;
		} else if (strcmp(col->name, "title") == 0) {
			x->kind = X_LONGTEXT;
			x->fmt = c->longtext;
			x->width = 40;
		} else if (strcmp(col->name, "id") == 0) {
			x->width = 28;
		} else if (strcmp(col->name, "author") == 0 ||
		    strcmp(col->name, "source") == 0) {
			x->width = 20;
		} else if (strcmp(col->name, "lang") == 0) {
			x->width = 8;
		}
	}
}

/*
 * Copy the finished workbook at path to dst: standard output (whose write
 * errors are cli_finish's to report) or the -o device or pipe named out.
 */
static int
copy_out(const char *path, FILE *dst, const char *out)
{
	char block[64 * 1024];
	FILE *fp = fopen(path, "rb");
	size_t n;
	int bad;

	if (!fp) {
		warning("%s:", path);
		return -1;
	}
	while ((n = fread(block, 1, sizeof block, fp)) > 0)
		if (fwrite(block, 1, n, dst) != n)
			break;
	bad = ferror(fp);
	fclose(fp);
	if (bad) {
		warning("%s: read error", path);
		return -1;
	}
	if (out && (fflush(dst) != 0 || ferror(dst))) {
		warning("%s:", out);
		return -1;
	}
	return 0;
}

/* where -o FILE goes, decided before any input is read */
struct target {
	char *path;	/* the file renamed over: FILE, or what its link names */
	int direct;	/* a device or a pipe: written into, never renamed over */
	mode_t mode;	/* of the workbook renamed into place */
};

/* -1 (said) if out cannot be written */
static int
plan_target(const char *out, struct target *t)
{
	struct stat st;
	mode_t mask;

	memset(t, 0, sizeof *t);
	mask = umask(0);
	umask(mask);
	t->mode = 0666 & ~mask;
	if (!out)
		return 0;
	if (stat(out, &st) < 0) {
		if (errno != ENOENT)
			goto bad;
		/* a new file, or a link to one not there yet: it is written
		 * through the name, as any program writes it */
		if (lstat(out, &st) == 0)
			t->direct = 1;
		else
			t->path = xstrdup(out);
		return 0;
	}
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		goto bad;
	}
	if (!S_ISREG(st.st_mode)) {
		t->direct = 1;
		return 0;
	}
	t->mode = st.st_mode & 07777;
	if ((t->path = realpath(out, NULL)))
		return 0;
bad:
	warning("%s:", out);
	return -1;
}

/* a temporary file for the workbook: beside the file -o names (so that a
 * rename puts it in place) or, for standard output, a device or a pipe,
 * in TMPDIR; NULL (said) if none can be made */
static char *
temp_name(const char *out, const struct target *t)
{
	const char *dir;
	struct buf b = BUF_INIT;
	int fd;

	if (t->path) {
		buf_printf(&b, "%s.XXXXXX", t->path);
	} else {
		dir = getenv("TMPDIR");
		buf_printf(&b, "%s/to-xlsx.XXXXXX", dir && *dir ? dir : "/tmp");
	}
	if ((fd = mkstemp(b.data)) < 0) {
		/* a folder that is not there or not writable: said of the
		 * name the user gave, not of the temporary one */
		warning("%s:", t->path ? out : b.data);
		buf_free(&b);
		return NULL;
	}
	close(fd);
	return b.data;
}

/* -o FILE: the finished workbook into its place */
static int
put_in_place(const char *tmp, const char *out, const struct target *t)
{
	FILE *dst;
	int ret;

	if (t->path) {
		/* mkstemp made it 0600: the mode a new file, or the old one,
		 * has */
		if (chmod(tmp, t->mode) < 0 || rename(tmp, t->path) < 0) {
			warning("%s:", out);
			return -1;
		}
		return 0;
	}
	if (!(dst = fopen(out, "wb"))) {
		warning("%s:", out);
		return -1;
	}
	ret = copy_out(tmp, dst, out);
	if (fclose(dst) != 0 && ret == 0) {
		warning("%s:", out);
		ret = -1;
	}
	return ret;
}

static void
summary(const struct ctx *c)
{
	if (c->counts.cut)
		warning("cut %zu cell%s longer than %d characters (Excel's"
		    " limit)", c->counts.cut, c->counts.cut == 1 ? "" : "s",
		    XCELL_MAX);
	if (c->counts.dropped)
		warning("dropped %zu character%s that XML forbids or that"
		    " are control characters", c->counts.dropped,
		    c->counts.dropped == 1 ? "" : "s");
	if (c->many_links)
		warning("%zu url%s written as text, not as links: Excel"
		    " allows %d links a sheet", c->many_links,
		    c->many_links == 1 ? "" : "s", LXW_MAX_NUMBER_URLS);
	if (c->long_links)
		warning("%zu url%s written as text, not as links: longer"
		    " than Excel's 2079 characters", c->long_links,
		    c->long_links == 1 ? "" : "s");
	if (c->bad_dates)
		warning("%zu document%s with a date that is no ISO 8601 date"
		    " from 1900 on: written as text", c->bad_dates,
		    c->bad_dates == 1 ? "" : "s");
	if (c->zoned)
		warning("%zu document%s with a date in its local time: a"
		    " spreadsheet date has no UTC offset", c->zoned,
		    c->zoned == 1 ? "" : "s");
}

enum { OPT_STRICT = 256 };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "columns", required_argument, NULL, 'c' },
		{ "entity-separator", required_argument, NULL, 'e' },
		{ "output", required_argument, NULL, 'o' },
		{ "rows", required_argument, NULL, 'r' },
		{ "strict", no_argument, NULL, OPT_STRICT },
		CLI_LONGOPTS_COMMON,
		{ NULL, 0, NULL, 0 }
	};
	struct input_options iopt = { 0, 0 };
	struct row_reader_options ropt = { ROWS_LINE, "; ", "\n" };
	lxw_workbook_options wopt;
	struct row_reader rr;
	struct row_writer rw;
	struct target target;
	struct ctx c;
	const char *columns = NULL, *output = NULL, *dir;
	char *tmp;
	int ch, status;
	lxw_error e;

	cli_start(argv[0]);
	while ((ch = cli_getopt(argc, argv, "c:e:hVo:r:", longopts)) != -1) {
		switch (ch) {
		case 'c': columns = optarg; break;
		case 'e':
			if (!utf8_valid(optarg, strlen(optarg)))
				usage_error("entity separator: invalid UTF-8");
			ropt.entity_sep = optarg;
			break;
		case 'h':
			usage(stdout);
			return cli_finish(0);
		case 'o':
			if (!*optarg)
				usage_error("-o: an empty file name");
			output = optarg;
			break;
		case 'r': ropt.rows = rows_option(optarg); break;
		case 'V': cli_version(); break;
		case OPT_STRICT: iopt.strict = 1; break;
		}
	}

	/* the error paths below free what they hold before they exit */
	if (!output && isatty(STDOUT_FILENO))
		usage_error("a workbook is a zip file, not for a terminal:"
		    " give -o FILE or redirect the output");
	memset(&c, 0, sizeof c);
	columns_option(&c.cols, columns, ropt.rows);

	if (plan_target(output, &target) < 0 ||
	    !(tmp = temp_name(output, &target))) {
		free(target.path);
		columns_free(&c.cols);
		return cli_finish(1);
	}
	dir = getenv("TMPDIR");
	memset(&wopt, 0, sizeof wopt);
	wopt.constant_memory = LXW_TRUE;
	/* libxlsxwriter's own temporary files, one row of the sheets
	 * at a time: TMPDIR as for everything else */
	wopt.tmpdir = dir && *dir ? (char *)dir : NULL;
	if (!(c.wb = workbook_new_opt(tmp, &wopt))) {
		warning("%s: cannot start the workbook",
		    output ? output : tmp);
		unlink(tmp);
		free(tmp);
		free(target.path);
		columns_free(&c.cols);
		return cli_finish(1);
	}
	plan_columns(&c);
	new_sheet(&c);
	rw.doc_begin = doc_begin;
	rw.row = put_row;
	rw.ctx = &c;
	row_reader_init(&rr, &ropt, &c.cols, &rw);

	status = input_each(argc - optind, argv + optind, &iopt,
	    row_reader_input, &rr);
	end_sheet(&c);
	summary(&c);
	/* the zip is written here: a full disk shows now */
	e = workbook_close(c.wb);
	if (c.tmp_failed) {
		warning("%s: the workbook could not be written: a write to"
		    " a temporary file failed (is %s full?)",
		    output ? output : "<stdout>", dir && *dir ? dir : "/tmp");
		status = 1;
	} else if (e == LXW_NO_ERROR && c.failed == LXW_NO_ERROR) {
		if (output && put_in_place(tmp, output, &target) < 0)
			status = 1;
		else if (!output && copy_out(tmp, stdout, NULL) < 0)
			status = 1;
	} else {
		warning("%s: the workbook could not be written: %s",
		    output ? output : "<stdout>",
		    lxw_strerror(e != LXW_NO_ERROR ? e : c.failed));
		status = 1;
	}
	unlink(tmp);

	free(tmp);
	free(target.path);
	free(c.x);
	columns_free(&c.cols);
	row_reader_free(&rr);
	buf_free(&c.scratch);
	return cli_finish(status);
}
