/*
 * to-json: the copydesk stream as JSON Lines (RFC 8259, one object a
 * line), with the rows and columns of to-csv (common/rows.h).
 *
 * Attributes are strings (null where a document lacks one), numbers are
 * numbers, entity columns are arrays of the row's distinct mentions, and
 * a document's text has its paragraphs separated by a blank line, as
 * trafilatura's JSON does.  The keys are the column names, in order.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "cli.h"
#include "err.h"
#include "input.h"
#include "json.h"
#include "rows.h"
#include "xalloc.h"

#define OUT_FLUSH (64 * 1024)

/*
 * A column whose value changes from row to row, and where it goes in the
 * document's row template: before template[at], in place of the skip
 * bytes there (an entity column's "[]", kept when the row has none).
 */
struct slot {
	enum col_kind kind;
	int type;		/* COL_MENTIONS */
	size_t at, skip;
};

struct ctx {
	struct columns cols;
	struct buf out;
	struct buf *key;	/* per column: its key, '"name":', with the
				   comma before it */
	/*
	 * A row as far as the document fixes it: the keys, the attributes
	 * (the same on every row of a document), "[]" for each entity
	 * column, the braces.  A row is the runs of it between its slots,
	 * a few copies instead of two a column.
	 */
	struct buf template;
	struct slot *slots;
	size_t nslots;
	/* which slots a row fills: the fixed ones, and per entity type
	 * those its mentions fill (a row visits only these) */
	uint64_t fixed_slots, type_slots[ENT_NTYPES];
	size_t repaired;	/* invalid UTF-8 replaced (never, from the
				   stream reader) */
};

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: %s [-hV] [-c columns] [-r rows] [--strict]"
	    " [file ...]\n"
	    "  -c, --columns LIST  keys, comma-separated: id title date url"
	    " author source\n"
	    "                      lang fetched problem, @NAME for another"
	    " <doc> attribute,\n"
	    "                      paragraph sentence text paragraphs"
	    " sentences words,\n"
	    "                      type entity start end, or an entity type"
	    " (PERSON ...)\n"
	    "  -r, --rows SHAPE    an object per line (default), paragraph,"
	    " document, entity\n"
	    "      --strict        invalid UTF-8 is an error\n"
	    "  -h, --help          this help\n"
	    "  -V, --version       the version\n", progname());
}

static void
doc_begin(void *arg, const struct doc *d)
{
	struct ctx *c = arg;
	struct buf *t = &c->template;
	struct slot *sl;
	const char *v;
	size_t i;

	buf_clear(t);
	buf_addc(t, '{');
	c->nslots = 0;
	c->fixed_slots = 0;
	memset(c->type_slots, 0, sizeof c->type_slots);
	for (i = 0; i < c->cols.n; i++) {
		buf_add(t, c->key[i].data, c->key[i].len);
		if (c->cols.v[i].kind == COL_ATTR) {
			if ((v = doc_get(d, c->cols.v[i].name)))
				c->repaired += json_put_string(t, v,
				    strlen(v));
			else
				buf_add(t, "null", 4);
			continue;
		}
		sl = &c->slots[c->nslots++];
		sl->kind = c->cols.v[i].kind;
		sl->type = c->cols.v[i].type;
		sl->at = t->len;
		sl->skip = 0;
		if (sl->kind == COL_MENTIONS) {
			buf_add(t, "[]", 2);
			sl->skip = 2;
			c->type_slots[sl->type] |= 1ULL << (c->nslots - 1);
		} else {
			c->fixed_slots |= 1ULL << (c->nslots - 1);
		}
	}
	buf_add(t, "}\n", 2);
	buf_reserve(t, 16);	/* put_run may load 16 bytes past a run */
}

/* room put_run leaves after a run: a number, or a copy's overshoot */
#define RUN_ROOM 20

/*
 * Append the template's bytes s[0..n), leaving RUN_ROOM bytes of room
 * after them.  Runs are short (a few keys) and many (a few a row): copied
 * 16 bytes at a time, as the room allows, instead of a call to memcpy.
 * The template keeps 16 bytes of room past its end, so the last load
 * stays inside its allocation; the bytes past a run are overwritten by
 * what follows it.
 */
static inline void
put_run(struct buf *b, const char *s, size_t n)
{
	char *d;
	size_t k;

	buf_reserve(b, n + RUN_ROOM);
	d = b->data + b->len;
	for (k = 0; k < n; k += 16)
		memcpy(d + k, s + k, 16);
	b->len += n;
}

/* a number, into the room put_run left */
static inline void
put_number(struct buf *b, size_t v)
{
	size_t len = 1, x;
	char *d;

	/* paragraph and sentence numbers: mostly one or two digits */
	if (v < 10) {
		b->data[b->len++] = (char)('0' + v);
		return;
	}
	if (v < 100) {
		b->data[b->len++] = (char)('0' + v / 10);
		b->data[b->len++] = (char)('0' + v % 10);
		return;
	}

	for (x = v; x >= 10; x /= 10)
		len++;
	d = b->data + b->len + len;
	do
		*--d = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	b->len += len;
}

static void
put_mentions(struct ctx *c, const struct mentions *m, int type)
{
	const struct mention_item *it = m->items[type];
	struct buf *out = &c->out;
	size_t k;

	/* '[' into the room put_run left, ',' and ']' into the room
	 * json_put_string leaves (JSON_ROOM_AFTER): no reserve each */
	out->data[out->len++] = '[';
	for (k = 0; k < m->count[type]; k++) {
		if (k > 0)
			out->data[out->len++] = ',';
		c->repaired += json_put_string(out,
		    m->joined[type].data + it[k].off, it[k].len);
	}
	out->data[out->len++] = ']';
}

static void
put_row(void *arg, const struct row *r)
{
	struct ctx *c = arg;
	const struct slot *sl;
	struct buf *out = &c->out;
	const char *t = c->template.data, *s;
	size_t from = 0;
	uint64_t fill = c->fixed_slots;
	unsigned types = r->m->types;

	/* most rows name a type or two: an empty list stays in the run */
	for (; types; types &= types - 1)
		fill |= c->type_slots[__builtin_ctz(types)];
	for (; fill; fill &= fill - 1) {
		sl = &c->slots[__builtin_ctzll(fill)];
		put_run(out, t + from, sl->at - from);
		from = sl->at + sl->skip;
		switch (sl->kind) {
		case COL_ATTR:
			break;	/* in the template */
		case COL_MENTIONS:
			put_mentions(c, r->m, sl->type);
			break;
		case COL_PARAGRAPH: put_number(out, r->paragraph); break;
		case COL_SENTENCE: put_number(out, r->sentence); break;
		case COL_PARAGRAPHS: put_number(out, r->paragraphs); break;
		case COL_SENTENCES: put_number(out, r->sentences); break;
		case COL_WORDS: put_number(out, r->words); break;
		case COL_START: put_number(out, r->start); break;
		case COL_END: put_number(out, r->end); break;
		case COL_TEXT:
			c->repaired += json_put_string(out, r->text,
			    r->textlen);
			break;
		case COL_TYPE:
			s = entity_type_names[r->type];
			json_put_string(out, s, strlen(s));
			break;
		case COL_ENTITY:
			c->repaired += json_put_string(out, r->entity,
			    r->entitylen);
			break;
		}
	}
	put_run(out, t + from, c->template.len - from);
	out->data[out->len] = '\0';
	if (out->len >= OUT_FLUSH) {
		fwrite(out->data, 1, out->len, stdout);
		buf_clear(out);
	}
}

/*
 * The key of column i into key (buf_add keeps it NUL-terminated): its
 * name.  SQL engines fold the case of keys (Spark refuses a file whose
 * keys differ only in case, DuckDB renames one), so an entity column
 * whose name another column has in other case, the DATE mentions beside
 * the document's date, is keyed NAME_mentions.
 */
static void
key_name(struct buf *key, const struct columns *cols, size_t i)
{
	const struct column *col = &cols->v[i];

	buf_add(key, col->name, strlen(col->name));
	if (col->kind == COL_MENTIONS)
		for (size_t j = 0; j < cols->n; j++)
			if (j != i && strcasecmp(col->name,
			    cols->v[j].name) == 0) {
				buf_add(key, "_mentions", 9);
				break;
			}
}

/* what main holds; a usage error after the columns are parsed frees it
 * before it exits */
static void
ctx_free(struct ctx *c)
{
	size_t i;

	for (i = 0; c->key && i < c->cols.n; i++)
		buf_free(&c->key[i]);
	free(c->key);
	free(c->slots);
	buf_free(&c->template);
	columns_free(&c->cols);
	buf_free(&c->out);
}

enum { OPT_STRICT = 256 };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "columns", required_argument, NULL, 'c' },
		{ "rows", required_argument, NULL, 'r' },
		{ "strict", no_argument, NULL, OPT_STRICT },
		CLI_LONGOPTS_COMMON,
		{ NULL, 0, NULL, 0 }
	};
	struct input_options iopt = { 0, 0 };
	struct row_reader_options ropt = { ROWS_LINE, "; ", "\n\n" };
	struct row_reader rr;
	struct row_writer rw;
	struct ctx c;
	const char *columns = NULL;
	int ch, status;
	size_t i, j;

	cli_start(argv[0]);
	while ((ch = cli_getopt(argc, argv, "c:hVr:", longopts)) != -1) {
		switch (ch) {
		case 'c': columns = optarg; break;
		case 'h':
			usage(stdout);
			return cli_finish(0);
		case 'r': ropt.rows = rows_option(optarg); break;
		case 'V': cli_version(); break;
		case OPT_STRICT: iopt.strict = 1; break;
		}
	}

	memset(&c, 0, sizeof c);
	columns_option(&c.cols, columns, ropt.rows);
	/* a name twice would be a key twice: RFC 8259 leaves what readers
	 * do with that open, so it is refused */
	for (i = 0; i < c.cols.n; i++)
		for (size_t j = 0; j < i; j++)
			if (strcmp(c.cols.v[i].name, c.cols.v[j].name) == 0) {
				warning("column '%s' twice: a key must be"
				    " unique", c.cols.v[i].name);
				ctx_free(&c);
				usage_exit();
			}
	c.key = xcalloc(c.cols.n, sizeof *c.key);
	c.slots = xcalloc(c.cols.n, sizeof *c.slots);
	/* a slot is a column other than an attribute, each name once: at
	 * most the 10 computed columns and the entity types, so a bit each
	 * fits in fixed_slots */
	for (i = 0, j = 0; i < c.cols.n; i++)
		j += c.cols.v[i].kind != COL_ATTR;
	if (j > 64) {
		warning("%zu columns other than attributes: at most 64", j);
		ctx_free(&c);
		return cli_finish(1);
	}
	for (i = 0; i < c.cols.n; i++) {
		key_name(&c.key[i], &c.cols, i);
		for (size_t j = 0; j < i; j++)
			if (strcasecmp(c.key[i].data, c.key[j].data) == 0) {
				warning("keys '%s' and '%s' differ only in"
				    " case: Spark and DuckDB would take them for"
				    " one", c.key[j].data, c.key[i].data);
				ctx_free(&c);
				usage_exit();
			}
	}
	for (i = 0; i < c.cols.n; i++) {
		struct buf name = BUF_INIT;

		buf_add(&name, c.key[i].data, c.key[i].len);
		buf_clear(&c.key[i]);
		if (i > 0)
			buf_addc(&c.key[i], ',');
		json_put_string(&c.key[i], name.data, name.len);
		buf_addc(&c.key[i], ':');
		buf_free(&name);
	}
	rw.doc_begin = doc_begin;
	rw.row = put_row;
	rw.ctx = &c;
	row_reader_init(&rr, &ropt, &c.cols, &rw);

	status = input_each(argc - optind, argv + optind, &iopt,
	    row_reader_input, &rr);
	fwrite(c.out.data ? c.out.data : "", 1, c.out.len, stdout);
	if (c.repaired)
		warning("replaced %zu invalid UTF-8 sequence%s with U+FFFD",
		    c.repaired, c.repaired == 1 ? "" : "s");

	row_reader_free(&rr);
	ctx_free(&c);
	return cli_finish(status);
}
