/* text.h: builds a document's paragraphs from decoded text.
 *
 * Whitespace runs fold to one space, paragraphs are trimmed, control and
 * invisible characters (soft hyphen, ZWSP, word joiner, stray BOM) are
 * dropped, U+00A0 becomes a space; ZWNJ and ZWJ stay.  A finished
 * paragraph is normalised to NFC, escaped by the stream's rule and
 * appended to body as one line, with one empty line between paragraphs.
 *
 * Nothing is dropped without a count: ill-formed UTF-8 becomes U+FFFD and
 * other control characters (NUL, C0 but whitespace, DEL, C1) go, each
 * counted in invalid and controls for the caller to report.  A paragraph
 * is cut at TEXT_MAX_PARA bytes, at its last space before the bound (mid
 * word only in a word that long), and counted in cut: memory stays
 * bounded, and the line stays far below the readers' 16 MiB limit even
 * after NFC, escaping and tagging have made it longer.
 */
#ifndef STRIP_MARKUP_TEXT_H
#define STRIP_MARKUP_TEXT_H

#include <stddef.h>

#include "buf.h"
#include "lang.h"

#define TEXT_MAX_PARA (1024 * 1024)
#define TEXT_ESCAPES 1u	/* a '<' or '&' */
#define TEXT_NFC 2u	/* a character NFC may change (not utf8_nfc_stable) */

struct text {
	struct buf *body;	/* where paragraphs go */
	/* if set, finished paragraphs go here instead (article mode) */
	void (*sink)(void *ctx, const char *s, size_t n);
	void *sink_ctx;
	struct lang_sample *sample;	/* if set, gets each paragraph written */
	/* if set, sees each paragraph as it ends (before article mode) */
	void (*para_seen)(void *ctx, const char *s, size_t n);
	void *para_seen_ctx;
	struct buf para;	/* the paragraph being built, folded */
	struct buf scratch;
	size_t nparas;		/* paragraphs written to body */
	int space;		/* a space is pending */
	/* what para may hold that its writing must look at (TEXT_ESCAPES,
	 * TEXT_NFC): set by text_add as it copies, so that a paragraph of
	 * neither is written without another scan */
	unsigned para_needs;
	/* what was repaired, until the caller takes the counts */
	size_t invalid;		/* ill-formed sequences made U+FFFD */
	size_t controls;	/* control characters dropped */
	size_t cut;		/* paragraphs cut at TEXT_MAX_PARA */
};

void text_init(struct text *x, struct buf *body);
void text_free(struct text *x);
/* forget everything (a new document) */
void text_reset(struct text *x);
/* add UTF-8 (ill-formed sequences are repaired and counted); returns
 * the number of visible bytes added */
size_t text_add(struct text *x, const char *s, size_t n);
/* a word break: a space unless at the start or end of a paragraph */
void text_space(struct text *x);
/* end the paragraph, if there is one */
void text_break(struct text *x);
/* write the folded paragraph s[0..n) to body (NFC, escaped) */
void text_emit(struct text *x, const char *s, size_t n);

/*
 * Fold s[0..n) the way text_add does, without NFC, into out (for
 * metadata); returns out->len.
 */
size_t text_fold(struct buf *out, const char *s, size_t n);

#endif
