/* buf.h: a length-carrying growable byte buffer, in the spirit of sds.
 *
 * data is always NUL-terminated (for C interop) but may hold NULs; len is
 * the truth.  It grows geometrically, so appending is amortised O(1).
 * A zeroed struct buf is a valid empty buffer.
 */
#ifndef COPYDESK_BUF_H
#define COPYDESK_BUF_H

#include <stddef.h>
#include <string.h>

struct buf {
	char *data;
	size_t len;
	size_t cap;	/* bytes allocated, not counting the NUL */
};

#define BUF_INIT { NULL, 0, 0 }

void buf_grow_to(struct buf *b, size_t need);	/* cap >= need */
void buf_free(struct buf *b);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static inline void
buf_reserve(struct buf *b, size_t extra)
{
	if (b->cap - b->len < extra || !b->data)
		buf_grow_to(b, b->len + extra);
}

static inline void
buf_add(struct buf *b, const void *p, size_t n)
{
	buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static inline void
buf_addc(struct buf *b, char c)
{
	buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

static inline void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static inline void
buf_clear(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

/* cut to n bytes (n <= len) */
static inline void
buf_truncate(struct buf *b, size_t n)
{
	b->len = n;
	if (b->data)
		b->data[n] = '\0';
}

#endif
