/* lang.h: what tag-entities knows of each language.
 *
 * A document's language comes from its lang attribute (a BCP 47 tag such
 * as "en", "en-GB", "de"; only the primary subtag counts, in any case),
 * else from -L.  Names are tagged only in a language with a name model;
 * dates, times, sums and percentages by the rules, in the words of the
 * language where it has them, else only those written with signs and
 * digits.  A language is a row of the table in lang.c: its word classes
 * (data/LANG-words.txt, words.h) and whether it has a name model. */
#ifndef TAG_ENTITIES_LANG_H
#define TAG_ENTITIES_LANG_H

#include <stddef.h>

#include "buf.h"
#include "words.h"

struct lang {
	const char *code;		/* primary subtag, lower case; NULL
					 * for a language we do not know */
	const struct word_table *words;	/* its word classes (words.h) */
	int names;			/* has a name model */
};

#define LANG_CODE_MAX 8		/* a primary subtag is 2 to 8 letters */

/* the profile of a language tag's primary subtag tag[0..n) */
const struct lang *lang_find(const char *tag, size_t n);
/* the primary subtag of tag[0..n), in lower case, into code (at least
 * LANG_CODE_MAX + 1 bytes); its length, 0 if it is no language tag */
size_t lang_primary(const char *tag, size_t n, char *code);
/* append the languages with a name model, comma-separated ("en") */
void lang_named(struct buf *out);

#endif
