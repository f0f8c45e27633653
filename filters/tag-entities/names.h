/* names.h: the one interface to the PERSON/ORGANIZATION/LOCATION model.
 *
 * names_open() loads a model file, names_open_blob() a built-in one;
 * names_tag() adds the names found in a line to out, skipping tokens
 * already used; scratch space lives in struct names_work so that one
 * serves every model.
 */
#ifndef TAG_ENTITIES_NAMES_H
#define TAG_ENTITIES_NAMES_H

#include "sent.h"

struct names;
struct names_work;

struct names *names_open(const char *path);
struct names *names_open_blob(const unsigned char *p, size_t n);
void names_close(struct names *m);
struct names_work *names_work_new(const struct names *m);
void names_work_free(struct names_work *w);
/* min_margin > 0: only names whose every word scores at least that much
 * above O (a weaker name is left out: precision for recall) */
void names_tag(const struct names *m, struct names_work *w,
    const struct sent *st, float min_margin, struct mentions *out);

#endif
