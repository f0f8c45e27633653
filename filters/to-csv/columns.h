/* columns.h: the row shapes of to-csv and the columns a row can have. */
#ifndef TO_CSV_COLUMNS_H
#define TO_CSV_COLUMNS_H

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

struct column {
	enum col_kind kind;
	int type;		/* COL_MENTIONS: the entity type */
	char *name;		/* header; COL_ATTR: the attribute */
};

struct columns {
	struct column *v;
	size_t n;
};

/* the default columns of a row shape */
void columns_default(struct columns *c, enum rows rows);

/*
 * Parse a comma-separated list of column names for a row shape.  Returns
 * 0, or -1 with a message in err.
 */
int columns_parse(struct columns *c, const char *list, enum rows rows,
    struct buf *err);

void columns_free(struct columns *c);

/* whether any column is of kind */
int columns_have(const struct columns *c, enum col_kind kind);

#endif
