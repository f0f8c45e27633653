/* memory.h: the bounded per-document memory that keeps a name's type
 * consistent and finds a known person's name again. */
#ifndef TAG_ENTITIES_MEMORY_H
#define TAG_ENTITIES_MEMORY_H

#include "sent.h"

#define MEMORY_SLOTS 8192	/* per document; filled to half at most */

struct memory {
	uint64_t key[MEMORY_SLOTS];
	uint8_t val[MEMORY_SLOTS];
	size_t n;
	size_t *cover;		/* scratch of memory_apply: mentions per token */
	size_t covercap;
};

/* forget the document (the scratch stays) */
void memory_clear(struct memory *mem);
void memory_free(struct memory *mem);
/* learn from the name mentions of a line */
void memory_learn(struct memory *mem, const struct sent *st,
    const struct mentions *m);
/* apply what was learnt: names whose words all belong to known persons
 * become PERSON; free capitalised tokens that are parts of a
 * known person's name become PERSON */
void memory_apply(struct memory *mem, const struct sent *st,
    struct mentions *m, size_t from);

#endif
