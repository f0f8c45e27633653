#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "err.h"
#include "xalloc.h"

void
buf_grow_to(struct buf *b, size_t need)
{
	size_t cap = b->cap ? b->cap : 64;

	if (need >= SIZE_MAX / 2)
		die("out of memory");
	while (cap < need)
		cap *= 2;
	if (cap != b->cap || !b->data) {
		b->data = xrealloc(b->data, cap + 1);
		b->cap = cap;
		b->data[b->len] = '\0';
	}
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("vsnprintf:");
	buf_reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}
