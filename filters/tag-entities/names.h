/* names.h: the one interface to the PERSON/ORGANIZATION/LOCATION model.
 *
 * names_open() loads a model (NULL: the built-in one); names_tag() adds the
 * names found in a line to out, skipping tokens already used; scratch
 * space lives in struct names_work so a model can be shared.
 */
#ifndef TAG_ENTITIES_NAMES_H
#define TAG_ENTITIES_NAMES_H

#include "sent.h"

struct names;
struct names_work;

struct names *names_open(const char *path);
void names_close(struct names *m);
struct names_work *names_work_new(const struct names *m);
void names_work_free(struct names_work *w);
void names_tag(const struct names *m, struct names_work *w,
    const struct sent *st, struct mentions *out);

#endif
