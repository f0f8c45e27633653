/* rows.h: the stream as rows, for the filters that write tables (to-csv,
 * to-json, to-xlsx).
 *
 * A row per text line (sentence or paragraph), per paragraph, per document
 * or per entity mention (enum rows in columns.h).  A row's text has the
 * entity tags removed and the stream's escapes undone, in that order; its
 * mentions are the distinct ones of the row.  Paragraph and sentence
 * numbers count from 1 inside each document, so the rows of split batches
 * concatenate.  A document without text still gets its row in rows per
 * document (a list of articles should show the one that came out empty).
 *
 * The reader calls doc_begin at each document (the attributes are the same
 * on every row of it: a writer encodes them once there) and row for each
 * row; the row and its strings are valid only during that call.
 */
#ifndef COPYDESK_ROWS_H
#define COPYDESK_ROWS_H

#include <stddef.h>

#include "buf.h"
#include "columns.h"
#include "input.h"
#include "mentions.h"
#include "stream.h"

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

struct row_writer {
	void (*doc_begin)(void *ctx, const struct doc *d);
	void (*row)(void *ctx, const struct row *r);
	void *ctx;
};

struct row_reader_options {
	enum rows rows;
	const char *entity_sep;	/* between mentions in mentions.joined */
	const char *para_sep;	/* between paragraphs in a document's text */
};

struct row_reader {
	struct row_reader_options opt;
	const struct row_writer *w;
	int need_mentions, need_words;

	/* private, per document */
	size_t para, sent;	/* current paragraph and line numbers */
	size_t para_sent;	/* lines in the current paragraph */
	size_t first_sent;	/* the paragraph's first line number */
	size_t words;		/* words in the accumulated text */
	int doc_has_text;
	/* scratch, reused from line to line */
	struct buf stripped, text, acc, mention;
	struct mentions m;
};

/* cols: what the writer will show (mentions and words are found only if
 * a column needs them) */
void row_reader_init(struct row_reader *r, const struct row_reader_options *o,
    const struct columns *cols, const struct row_writer *w);
void row_reader_free(struct row_reader *r);

/* an input_fn (input.h): the rows of one input, arg the row_reader */
void row_reader_input(struct input *in, void *arg);

/* words (runs of characters other than space, TAB and LF) in s[0..n) */
size_t rows_count_words(const char *s, size_t n);

#endif
