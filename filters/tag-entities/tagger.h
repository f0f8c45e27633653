/* tagger.h: tag one line: existing tags kept, rules, then the name model. */
#ifndef TAG_ENTITIES_TAGGER_H
#define TAG_ENTITIES_TAGGER_H

#include "buf.h"
#include "gazetteer.h"
#include "names.h"
#include "sent.h"
#include "tokenize.h"

/* a tag in the output line, in bytes of the line without tags */
struct span {
	size_t start, end;
	int type;
};

struct tagger {
	struct gazetteer g;
	struct names *model;
	struct names_work *work;
	unsigned types;		/* bit per entity type to add */

	/* per line */
	struct buf plain, key;
	struct tokens tok;
	unsigned *gaz;
	uint8_t *used;
	size_t cap;
	struct mentions ment;
	struct span *spans;	/* the result, sorted */
	size_t nspans, spancap;
};

void tagger_open(struct tagger *t, const char *model, unsigned types);
void tagger_close(struct tagger *t);
/* a new document: forget what the last one taught */
void tagger_doc(struct tagger *t);
/* tag s[0..n); the result is t->plain and t->spans */
void tagger_line(struct tagger *t, const char *s, size_t n);
/* append the tagged line */
void tagger_format(const struct tagger *t, struct buf *out);

#endif
