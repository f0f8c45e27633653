#include <stdlib.h>
#include <string.h>

#include "columns.h"
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

static const char *const defaults[ROWS_N] = {
	"id,title,date,paragraph,sentence,text,"
	    "PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT",
	"id,title,date,paragraph,sentences,text,"
	    "PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT",
	"id,title,date,paragraphs,sentences,words,text,"
	    "PERSON,ORGANIZATION,LOCATION,DATE,TIME,MONEY,PERCENT",
	"id,paragraph,sentence,type,entity,start,end,text",
};

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

int
columns_parse(struct columns *c, const char *list, enum rows rows,
    struct buf *err)
{
	const char *p = list, *end;
	size_t n, i, k;
	int type;

	c->v = NULL;
	c->n = 0;
	for (;;) {
		end = strchr(p, ',');
		n = end ? (size_t)(end - p) : strlen(p);
		if (n == 0) {
			buf_printf(err, "empty column name in '%s'", list);
			goto fail;
		}
		for (k = 0; k < n; k++)
			if (!is_name_char(p[k]))
				break;
		if (k < n) {
			buf_printf(err, "bad column name '%.*s'", (int)n, p);
			goto fail;
		}
		for (i = 0; i < NCOMPUTED; i++)
			if (strlen(computed[i].name) == n &&
			    memcmp(computed[i].name, p, n) == 0)
				break;
		if (i < NCOMPUTED) {
			if (!(computed[i].rows & R(rows))) {
				buf_printf(err, "no column '%s' in rows per %s",
				    computed[i].name, rows_names[rows]);
				goto fail;
			}
			add(c, computed[i].kind, -1, p, n);
		} else if ((type = entity_type_lookup(p, n)) >= 0) {
			add(c, COL_MENTIONS, type, p, n);
		} else {
			add(c, COL_ATTR, -1, p, n);
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
