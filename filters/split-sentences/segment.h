/* segment.h: where the sentences of a paragraph end.
 *
 * The core is seg_boundaries(): it takes one line of text (a paragraph)
 * and returns the byte offsets where its sentences end, by rules on the
 * terminator and on the words around it (see doc/split-sentences.md).
 * It never changes the text; the caller cuts it at the offsets.
 */
#ifndef SPLIT_SEGMENT_H
#define SPLIT_SEGMENT_H

#include <stddef.h>

#include "abbrev.h"

/* a growable array of offsets */
struct seg_offsets {
	size_t *v;
	size_t n, cap;
	int folds;	/* the line holds whitespace other than single
			 * spaces (TAB, two spaces, a Unicode space) */
};

struct segmenter {
	struct abbrev_table words;
	/* bytes that may start a terminator or a bracket the rules count:
	 * the common ones and the first bytes of the language's own */
	unsigned char interesting[256];
	int ascii_terms;	/* the language ends sentences with an ASCII
				 * character besides . ! ? (Arabic ':') */
};

/* where the text of a tagged line lies: chunks of the line without tags */
struct seg_chunk {
	size_t text, raw, len;	/* text offset, line offset, length */
};

struct seg_scratch {
	char *text;
	size_t text_len, text_cap;
	struct seg_chunk *chunks;
	size_t nchunks, chunks_cap;
	size_t *spans;		/* tag text start, text end, end; triples */
	size_t nspans, spans_cap;
};

/* an empty segmenter; add word lists with seg_load() */
void seg_init(struct segmenter *sg);
void seg_free(struct segmenter *sg);
/* add a word list in the data/ format; 0 or the number of a bad line */
int seg_load(struct segmenter *sg, const char *s, size_t n);

void seg_offsets_free(struct seg_offsets *o);
void seg_scratch_free(struct seg_scratch *w);

/*
 * The ends of the sentences of s[0..n) but the last, ascending, into
 * out (replacing its contents).  Each offset e cuts the line into
 * s[..e) and s[e..); the caller trims the whitespace around the cut.
 */
void seg_boundaries(const struct segmenter *sg, const char *s, size_t n,
    struct seg_offsets *out);

/*
 * The same for a line of the stream, which may hold entity tags: the tags
 * are invisible to the rules, no cut falls inside a tag, and a cut after a
 * tag's last character falls after its closing tag.
 */
void seg_line(const struct segmenter *sg, const char *s, size_t n,
    struct seg_offsets *out, struct seg_scratch *w);

#endif
