/* post.h: general rules applied to the model's names. */
#ifndef TAG_ENTITIES_POST_H
#define TAG_ENTITIES_POST_H

#include "sent.h"

/* fix the name mentions m->v[from..) by the passes of post.c in turn:
 * titles and a leading "the" outside, countries LOCATION, organisation
 * words ORGANIZATION, events and demonyms dropped (type set to -1), names
 * split or joined; add is the passes' scratch for the names they find */
void post_rules(const struct sent *st, struct mentions *m, size_t from,
    struct mentions *add);

#endif
