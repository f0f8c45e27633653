/* sent.h: a tokenized line as the rules and the name model see it. */
#ifndef TAG_ENTITIES_SENT_H
#define TAG_ENTITIES_SENT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "gazetteer.h"
#include "tokenize.h"
#include "words.h"


struct sent {
	const char *s;		/* the line with tags removed */
	const struct token *tok;
	size_t n;
	const unsigned *gaz;	/* gazetteer bits of each token alone */
	uint8_t *used;		/* token already inside a mention */
	uint64_t *cls;		/* word classes of each token (words.h),
				 * WC_UNASKED until tok_class asks */
	const int *span_of;	/* the existing tag holding a token, or -1 */
	int allcaps;		/* a headline in capitals: case tells nothing */
	int lowcase;		/* written in lower case (web text): names
				 * may be too, so every word is scored */
	const struct gazetteer *g;
	const struct word_table *words;	/* the word classes of the line's
					 * language (words.h) */
	int feats;		/* the language's feature set (FEATS_* of
				 * feat.h; 0, English, for the trainer
				 * and the tests) */
	struct buf *scratch;	/* for phrase keys */
};

/* a mention: tokens [a, b) of a type */
struct mention {
	uint32_t a, b;
	int type;
};

struct mentions {
	struct mention *v;
	size_t n, cap;
};

/* append a mention of tokens [a, b) (sent.c, as the questions below) */
void mentions_add(struct mentions *m, size_t a, size_t b, int type);

/* token i's text */
#define TOK_P(st, i) ((st)->s + (st)->tok[i].start)
#define TOK_N(st, i) ((size_t)((st)->tok[i].end - (st)->tok[i].start))

/* the classes of token i, looked up (sent.c) */
uint64_t tok_classes_look_up(const struct sent *st, size_t i);

/* whether token i is a word of class cls (WC_*) in the line's language;
 * inline, as the rules and passes ask it of most tokens, and a token is
 * looked up once however many ask */
static inline int
tok_class(const struct sent *st, size_t i, int cls)
{
	uint64_t c = st->cls[i];

	if (c == WC_UNASKED)
		c = tok_classes_look_up(st, i);
	return (c & WC(cls)) != 0;
}
/* whether token i is word, ignoring ASCII case (for signs: ",", "$") */
int tok_is(const struct sent *st, size_t i, const char *word);
/* gazetteer bits of tokens [a, b) as one phrase */
unsigned phrase_gaz(const struct sent *st, size_t a, size_t b);

#endif
