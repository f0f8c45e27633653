#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "err.h"
#include "stream.h"
#include "xalloc.h"

const char *const rows_names[ROWS_N] = {
	"line", "paragraph", "document", "entity"
};

int
rows_lookup(const char *s)
{
	int i;

	for (i = 0; i < ROWS_N; i++)
		if (strcmp(s, rows_names[i]) == 0)
			return i;
	return -1;
}

#define R(x) (1u << (x))
#define ALL (R(ROWS_LINE) | R(ROWS_PARAGRAPH) | R(ROWS_DOCUMENT) | \
    R(ROWS_ENTITY))

/* the columns that are not <doc> attributes, and the row shapes that
 * have them */
static const struct {
	const char *name;
	enum col_kind kind;
	unsigned rows;
} computed[] = {
	{ "paragraph", COL_PARAGRAPH,
	    R(ROWS_LINE) | R(ROWS_PARAGRAPH) | R(ROWS_ENTITY) },
	{ "sentence", COL_SENTENCE,
	    R(ROWS_LINE) | R(ROWS_PARAGRAPH) | R(ROWS_ENTITY) },
	{ "text", COL_TEXT, ALL },
	{ "paragraphs", COL_PARAGRAPHS, R(ROWS_DOCUMENT) },
	{ "sentences", COL_SENTENCES, R(ROWS_PARAGRAPH) | R(ROWS_DOCUMENT) },
	{ "words", COL_WORDS, ALL },
	{ "type", COL_TYPE, R(ROWS_ENTITY) },
	{ "entity", COL_ENTITY, R(ROWS_ENTITY) },
	{ "start", COL_START, R(ROWS_ENTITY) },
	{ "end", COL_END, R(ROWS_ENTITY) },
};

#define NCOMPUTED (sizeof computed / sizeof *computed)

/*
 * The attributes of the stream format (copydesk-stream(7)) and those the
 * readers of dumps write; any other one is asked for as "@name".
 */
const char *const columns_known_attrs[] = {
	"id", "url", "title", "date", "date_source", "author", "lang",
	"source", "fetched", "problem", "status", "record-id", NULL
};

static const char *const defaults[ROWS_N] = {
	"id,title,date,paragraph,sentence,text,"
	    "PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT",
	"id,title,date,paragraph,sentences,text,"
	    "PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT",
	"id,title,date,paragraphs,sentences,words,text,"
	    "PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT",
	"id,paragraph,sentence,type,entity,start,end,text",
};

static size_t
computed_lookup(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < NCOMPUTED; i++)
		if (strlen(computed[i].name) == n &&
		    memcmp(computed[i].name, s, n) == 0)
			break;
	return i;
}

static int
is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ':' ||
	    c == '.';
}

static void
add(struct columns *c, enum col_kind kind, int type, const char *name,
    size_t n)
{
	c->v = xreallocarray(c->v, c->n + 1, sizeof *c->v);
	c->v[c->n].kind = kind;
	c->v[c->n].type = type;
	c->v[c->n].name = xmemdup(name, n);
	c->n++;
}

static int
is_known_attr(const char *s, size_t n)
{
	size_t i;

	for (i = 0; columns_known_attrs[i]; i++)
		if (strlen(columns_known_attrs[i]) == n &&
		    memcmp(columns_known_attrs[i], s, n) == 0)
			return 1;
	return 0;
}

/* edit distance of a[0..n) and b, ignoring case, a swap of two
 * neighbours counting one ("titel"); names are short */
static size_t
distance(const char *a, size_t n, const char *b)
{
	unsigned char d[32][32];
	size_t m = strlen(b), i, j, v;

	if (n >= 32 || m >= 32)
		return (size_t)-1;
	for (i = 0; i <= n; i++)
		d[i][0] = (unsigned char)i;
	for (j = 0; j <= m; j++)
		d[0][j] = (unsigned char)j;
	for (i = 1; i <= n; i++) {
		for (j = 1; j <= m; j++) {
			v = d[i - 1][j - 1] +
			    ((a[i - 1] | 0x20) != (b[j - 1] | 0x20));
			if (d[i - 1][j] + 1u < v)
				v = d[i - 1][j] + 1u;
			if (d[i][j - 1] + 1u < v)
				v = d[i][j - 1] + 1u;
			if (i > 1 && j > 1 &&
			    (a[i - 1] | 0x20) == (b[j - 2] | 0x20) &&
			    (a[i - 2] | 0x20) == (b[j - 1] | 0x20) &&
			    d[i - 2][j - 2] + 1u < v)
				v = d[i - 2][j - 2] + 1u;
			d[i][j] = (unsigned char)v;
		}
	}
	return d[n][m];
}

static void
consider(const char **best, size_t *bestd, const char *s, size_t n,
    const char *name)
{
	size_t d = distance(s, n, name);

	if (d < *bestd) {
		*bestd = d;
		*best = name;
	}
}

/* "unknown column" with the nearest name the row shape has, if close */
static void
unknown(struct buf *err, const char *s, size_t n, enum rows rows)
{
	const char *best = NULL;
	size_t bestd = n < 5 ? 2 : 3, i;

	for (i = 0; i < NCOMPUTED; i++)
		if (computed[i].rows & R(rows))
			consider(&best, &bestd, s, n, computed[i].name);
	for (i = 0; columns_known_attrs[i]; i++)
		consider(&best, &bestd, s, n, columns_known_attrs[i]);
	for (i = 0; i < ENT_NTYPES; i++)
		consider(&best, &bestd, s, n, entity_type_names[i]);
	buf_printf(err, "unknown column '%.*s' (", (int)n, s);
	if (best)
		buf_printf(err, "did you mean '%s'? ", best);
	buf_printf(err, "another <doc> attribute is written '@%.*s')", (int)n,
	    s);
}

int
columns_parse(struct columns *c, const char *list, enum rows rows,
    struct buf *err)
{
	const char *p = list, *end;
	size_t n, i, k;
	int type, at;

	c->v = NULL;
	c->n = 0;
	for (;;) {
		end = strchr(p, ',');
		n = end ? (size_t)(end - p) : strlen(p);
		at = n > 0 && p[0] == '@';
		if (n == (size_t)at) {
			buf_printf(err, "empty column name in '%s'", list);
			goto fail;
		}
		for (k = (size_t)at; k < n; k++)
			if (!is_name_char(p[k]))
				break;
		if (k < n) {
			buf_printf(err, "bad column name '%.*s'", (int)n, p);
			goto fail;
		}
		if (at) {
			add(c, COL_ATTR, -1, p + 1, n - 1);
		} else if ((i = computed_lookup(p, n)) < NCOMPUTED) {
			if (!(computed[i].rows & R(rows))) {
				buf_printf(err, "no column '%s' in rows per %s",
				    computed[i].name, rows_names[rows]);
				goto fail;
			}
			add(c, computed[i].kind, -1, p, n);
		} else if ((type = entity_type_lookup(p, n)) >= 0) {
			add(c, COL_MENTIONS, type, p, n);
		} else if (is_known_attr(p, n)) {
			add(c, COL_ATTR, -1, p, n);
		} else {
			unknown(err, p, n, rows);
			goto fail;
		}
		if (!end)
			break;
		p = end + 1;
	}
	return 0;
fail:
	columns_free(c);
	return -1;
}

enum rows
rows_option(const char *arg)
{
	int rows = rows_lookup(arg);

	if (rows < 0)
		usage_error("rows: '%s' is not line, paragraph, document or"
		    " entity", arg);
	return (enum rows)rows;
}

void
columns_option(struct columns *c, const char *list, enum rows rows)
{
	struct buf err = BUF_INIT;

	if (!list) {
		columns_default(c, rows);
	} else if (columns_parse(c, list, rows, &err) < 0) {
		warning("%s", err.data);
		buf_free(&err);	/* an error path holds nothing at exit */
		usage_exit();
	}
	buf_free(&err);
}

void
columns_default(struct columns *c, enum rows rows)
{
	struct buf err = BUF_INIT;

	/* the defaults are valid: this cannot fail */
	columns_parse(c, defaults[rows], rows, &err);
	buf_free(&err);
}

void
columns_free(struct columns *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->v[i].name);
	free(c->v);
	c->v = NULL;
	c->n = 0;
}

int
columns_have(const struct columns *c, enum col_kind kind)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->v[i].kind == kind)
			return 1;
	return 0;
}
