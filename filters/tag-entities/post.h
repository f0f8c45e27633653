/* post.h: general rules applied to the model's names. */
#ifndef TAG_ENTITIES_POST_H
#define TAG_ENTITIES_POST_H

#include "sent.h"

/* fix the name mentions m->v[from..): titles and a leading "the" outside,
 * countries LOCATION, organisation suffixes ORGANIZATION, events and
 * demonyms dropped (type set to -1) */
void post_rules(const struct sent *st, struct mentions *m, size_t from);

#endif
