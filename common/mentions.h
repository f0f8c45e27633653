/* mentions.h: the distinct entity mentions of a row, per type, in the
 * order they first appear: joined by a separator (a CSV or spreadsheet
 * cell) and one by one (a JSON array). */
#ifndef COPYDESK_MENTIONS_H
#define COPYDESK_MENTIONS_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "stream.h"

struct mention_slot {
	size_t off, len;	/* in joined[type] */
	uint32_t hash;
	int type;		/* -1: empty slot */
};

/* where one mention stands in joined[type] */
struct mention_item {
	size_t off, len;
};

struct mentions {
	struct buf joined[ENT_NTYPES];	/* what the entity columns show */
	size_t count[ENT_NTYPES];	/* distinct mentions */
	struct mention_item *items[ENT_NTYPES];	/* count[type] of them */
	unsigned types;		/* bit t set: count[t] > 0 (writers skip the
				   other types, clear clears only these) */

	/* private: an open-addressing set of what was seen */
	const char *sep;
	size_t seplen;
	struct mention_slot *slots;
	size_t nslots, used;
	size_t *filled;		/* the used slots, to clear only those */
	size_t cap[ENT_NTYPES];	/* of items[type] */
};

void mentions_init(struct mentions *m, const char *sep);
void mentions_free(struct mentions *m);
void mentions_clear(struct mentions *m);
/* add the mention s[0..n) of type unless the row has it already */
void mentions_add(struct mentions *m, int type, const char *s, size_t n);

#endif
