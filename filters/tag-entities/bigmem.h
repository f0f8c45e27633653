/* bigmem.h: zeroed tables of a megabyte or more, mapped with their pages
 * filled in at once.  Faulting them in page by page cost more than the
 * rest of start-up together (a thousand faults, measured in a VM). */
#ifndef TAG_ENTITIES_BIGMEM_H
#define TAG_ENTITIES_BIGMEM_H

#include <stddef.h>

void *big_alloc(size_t n);
void big_free(void *p, size_t n);

#endif
