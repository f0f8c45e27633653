/* columns.h: the row shapes of to-csv, to-json and to-xlsx, and the
 * columns a row can have.
 *
 * A column name is one of: a computed column (paragraph, sentence, text,
 * paragraphs, sentences, words; type, entity, start, end in rows per
 * entity), an entity type (PERSON ...: the row's distinct mentions), a
 * <doc> attribute copydesk knows (columns_known_attrs), or '@' and the
 * name of any other attribute.  Anything else is an error, so a typo
 * ("titel") never becomes a column that is silently empty.
 */
#ifndef COPYDESK_COLUMNS_H
#define COPYDESK_COLUMNS_H

#include <stddef.h>

#include "buf.h"

enum rows {
	ROWS_LINE,		/* a row per text line (sentence or paragraph) */
	ROWS_PARAGRAPH,		/* a row per paragraph */
	ROWS_DOCUMENT,		/* a row per document */
	ROWS_ENTITY,		/* a row per entity mention */
	ROWS_N
};

extern const char *const rows_names[ROWS_N];

/* the ROWS_ value named s, or -1 */
int rows_lookup(const char *s);

/* the <doc> attributes a column may name without '@', NULL-terminated */
extern const char *const columns_known_attrs[];

enum col_kind {
	COL_ATTR,		/* a <doc> attribute, by name */
	COL_MENTIONS,		/* the distinct mentions of one entity type */
	COL_PARAGRAPH,		/* paragraph number in the document, from 1 */
	COL_SENTENCE,		/* line number in the document, from 1 */
	COL_TEXT,		/* the text: tags removed, escapes undone */
	COL_PARAGRAPHS,		/* paragraphs in the document */
	COL_SENTENCES,		/* lines in the paragraph or document */
	COL_WORDS,		/* words (runs of non-space) in the text */
	COL_TYPE,		/* the mention's entity type */
	COL_ENTITY,		/* the mention's text */
	COL_START,		/* where the mention starts in text, from 0 */
	COL_END			/* where it ends (exclusive), in characters */
};

/* whether a column holds a number (the others hold text) */
#define COL_IS_NUMBER(k) ((k) == COL_PARAGRAPH || (k) == COL_SENTENCE || \
    (k) == COL_PARAGRAPHS || (k) == COL_SENTENCES || (k) == COL_WORDS || \
    (k) == COL_START || (k) == COL_END)

struct column {
	enum col_kind kind;
	int type;		/* COL_MENTIONS: the entity type */
	char *name;		/* header (without '@'); COL_ATTR: the attribute */
};

struct columns {
	struct column *v;
	size_t n;
};

/* the default columns of a row shape */
void columns_default(struct columns *c, enum rows rows);

/*
 * Parse a comma-separated list of column names for a row shape.  Returns
 * 0, or -1 with a one-line message in err (for an unknown name, with the
 * nearest known one and the '@' form).
 */
int columns_parse(struct columns *c, const char *list, enum rows rows,
    struct buf *err);

/*
 * The -r and -c options of the table writers (to-csv, to-json, to-xlsx),
 * each a usage error (exit 2) when its value is bad: the row shape named
 * arg; the columns of list, or the defaults of rows when list is NULL.
 */
enum rows rows_option(const char *arg);
void columns_option(struct columns *c, const char *list, enum rows rows);

void columns_free(struct columns *c);

/* whether any column is of kind */
int columns_have(const struct columns *c, enum col_kind kind);

#endif
