/* sent.h: a tokenized line as the rules and the name model see it. */
#ifndef TAG_ENTITIES_SENT_H
#define TAG_ENTITIES_SENT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "gazetteer.h"
#include "tokenize.h"

struct rule_words;

struct sent {
	const char *s;		/* the line with tags removed */
	const struct token *tok;
	size_t n;
	const unsigned *gaz;	/* gazetteer bits of each token alone */
	uint8_t *used;		/* token already inside a mention */
	const int *span_of;	/* the existing tag holding a token, or -1 */
	int allcaps;		/* a headline in capitals: case tells nothing */
	int lowcase;		/* written in lower case (web text): names
				 * may be too, so every word is scored */
	const struct gazetteer *g;
	const struct rule_words *words;	/* the rules' words of the line's
					 * language (rules.h) */
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

/* whether token i is, ignoring ASCII case, one of the words in list (a
 * NULL-terminated array) */
int tok_in(const struct sent *st, size_t i, const char *const *list);
int tok_is(const struct sent *st, size_t i, const char *word);
/* gazetteer bits of tokens [a, b) as one phrase */
unsigned phrase_gaz(const struct sent *st, size_t a, size_t b);

#endif
