/* lang.h: what tag-entities knows of each language.
 *
 * A document's language comes from its lang attribute (a BCP 47 tag such
 * as "en", "en-GB", "de"; only the primary subtag counts, in any case),
 * else from -L.  Names are tagged only in a language with a name model;
 * dates, times, sums and percentages by the rules, in the words of the
 * language where it has them, else only those written with signs and
 * digits.  A language is a row of the table in lang.c: its word classes
 * (data/LANG-words.txt, words.h), its name model (model-LANG.bin beside
 * the filter, built in as a C array; none: no names), whether the English
 * post-rules of post.c apply to its names, and how sure the model must be
 * of a name to write it. */
#ifndef TAG_ENTITIES_LANG_H
#define TAG_ENTITIES_LANG_H

#include <stddef.h>

#include "buf.h"
#include "words.h"

struct lang {
	const char *code;		/* primary subtag, lower case; NULL
					 * for a language we do not know */
	const struct word_table *words;	/* its word classes (words.h) */
	const unsigned char *model;	/* its built-in name model, or NULL */
	const size_t *model_len;
	int post_rules;			/* run post.c's passes (English) */
	int feats;			/* its model's feature set (feat.h) */
	float min_margin;		/* a name's words must score on
					 * average this much above O (0:
					 * every name the model finds) */
};

/* the languages of the table, for a table of models by language */
#define LANG_MAX 8

#define LANG_CODE_MAX 8		/* a primary subtag is 2 to 8 letters */

/* the profile of a language tag's primary subtag tag[0..n) */
const struct lang *lang_find(const char *tag, size_t n);
/* the primary subtag of tag[0..n), in lower case, into code (at least
 * LANG_CODE_MAX + 1 bytes); its length, 0 if it is no language tag */
size_t lang_primary(const char *tag, size_t n, char *code);
/* the row number of a language of the table (< LANG_MAX), -1 for any
 * other */
int lang_index(const struct lang *l);
/* append the languages with a name model, comma-separated ("en") */
void lang_named(struct buf *out);

#endif
