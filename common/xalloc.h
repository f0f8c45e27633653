/* xalloc.h: allocators that die cleanly ("prog: out of memory") */
#ifndef COPYDESK_XALLOC_H
#define COPYDESK_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t size);
/* realloc of nmemb * size with an overflow check */
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xmemdup(const char *s, size_t n);	/* adds a NUL */

#endif
