#include <csv.h>
#include <stdint.h>
#include <string.h>

#include "bytes16.h"
#include "cell.h"
#include "utf8.h"

/* byte classes */
#define C_QUOTE 1	/* the cell must be quoted */
#define C_HIGH 2	/* DEL or a non-ASCII byte: look closer */
#define C_DQUOTE 4	/* a '"', to be doubled inside the quotes */

void
cell_writer_init(struct cell_writer *w, char delim, int guard,
    size_t max_cell)
{
	int c;

	memset(w, 0, sizeof *w);
	w->delim = delim;
	w->guard = guard;
	w->max_cell = max_cell;
	w->cls['"'] = C_QUOTE | C_DQUOTE;
	w->cls['\r'] = C_QUOTE;
	w->cls['\n'] = C_QUOTE;
	w->cls[(unsigned char)delim] = C_QUOTE;
	for (c = 0x7F; c < 256; c++)
		w->cls[c] = C_HIGH;
}

void
cell_writer_free(struct cell_writer *w)
{
	buf_free(&w->scratch);
}

int
cell_is_number(const char *s, size_t n)
{
	size_t i = 0, digits = 0;

	if (i < n && (s[i] == '-' || s[i] == '+'))
		i++;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (i < n && s[i] == '.')
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	if (digits == 0)
		return 0;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '-' || s[i] == '+'))
			i++;
		for (digits = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
		if (digits == 0)
			return 0;
	}
	return i == n;
}

/* whether a spreadsheet could take the cell for a formula (OWASP) */
static int
needs_guard(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	switch (s[0]) {
	case '=': case '@': case '\t': case '\r': case '\n':
		return 1;
	case '+':
		return !cell_is_number(s, n);
	case '-':
		/* a lone "-" (stdin's id, an empty mark) cannot compute */
		return n > 1 && !cell_is_number(s, n);
	}
	return 0;
}

/* whether s[0..n) holds DEL or a C1 control (U+0080..U+009F) */
static int
has_controls(const char *s, size_t n)
{
	const char *p = s, *end = s + n;

	if (memchr(s, 0x7F, n))
		return 1;
	while ((p = memchr(p, 0xC2, (size_t)(end - p))) && p + 1 < end) {
		if ((unsigned char)p[1] <= 0x9F)
			return 1;	/* 0xC2 0x80..0x9F: well-formed input */
		p++;
	}
	return 0;
}

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)
/* nonzero if some byte of v is zero (exact as a yes/no answer) */
#define HASZERO(v) (((v) - ONES) & ~(v) & HIGHS)

/*
 * The classes of the bytes of s[0..n), or'ed.  This scan sees every byte
 * of every cell, so it is the hot loop: 16 bytes at a time with bytes16.h
 * (SSE2, NEON), else 8 at a time in a 64-bit word.
 */
static unsigned
scan(const struct cell_writer *w, const char *s, size_t n)
{
	unsigned cls = 0;
	size_t i = 0;
#if BYTES16
	const bytes16 delim = bytes16_splat((unsigned char)w->delim);
	bytes16 x, high = { 0 }, special = { 0 }, dquote = { 0 };
	char pad[16];

	for (;;) {
		if (i + 16 <= n) {
			x = bytes16_load(s + i);
		} else if (i < n && n >= 16) {
			/* the last 16 bytes again, overlapping: no byte loop */
			x = bytes16_load(s + n - 16);
		} else if (i < n) {
			/* a short cell, padded with NULs (no NUL is special) */
			memset(pad, 0, sizeof pad);
			memcpy(pad, s, n);
			x = bytes16_load(pad);
		} else {
			break;
		}
		i += 16;
		/* a byte >= 0x80 has its top bit set, DEL gets it */
		high |= x | (bytes16)(x == 0x7F);
		dquote |= (bytes16)(x == '"');
		special |= (bytes16)(x == delim) | (bytes16)(x == '\r') |
		    (bytes16)(x == '\n');
	}
	if (bytes16_mask(high))
		cls |= C_HIGH;
	if (bytes16_mask(dquote))
		cls |= C_QUOTE | C_DQUOTE;
	if (bytes16_mask(special))
		cls |= C_QUOTE;
	return cls;
#else
	const uint64_t quote = ONES * '"';
	const uint64_t delim = ONES * (unsigned char)w->delim;
	const uint64_t cr = ONES * '\r', lf = ONES * '\n';
	uint64_t x, high = 0, special = 0, dquote = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&x, s + i, 8);
		/* a byte >= 0x7F has its high bit set, or gets it from +1
		 * (a carry comes only from a byte 0xFF, itself high) */
		high |= x | (x + ONES);
		dquote |= HASZERO(x ^ quote);
		special |= HASZERO(x ^ delim) | HASZERO(x ^ cr) |
		    HASZERO(x ^ lf);
	}
	if (high & HIGHS)
		cls |= C_HIGH;
	if (dquote)
		cls |= C_QUOTE | C_DQUOTE;
	if (special)
		cls |= C_QUOTE;
	for (; i < n; i++)
		cls |= w->cls[(unsigned char)s[i]];
	return cls;
#endif
}

/* append s[0..n) to out without DEL and C1 controls; returns the count */
static size_t
drop_controls(struct buf *out, const char *s, size_t n)
{
	size_t i, run = 0, dropped = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t k = 0;

		if (c == 0x7F)
			k = 1;
		else if (c == 0xC2 && i + 1 < n &&
		    (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9F)
			k = 2;
		if (k) {
			buf_add(out, s + run, i - run);
			run = i + k;
			i += k - 1;
			dropped++;
		}
	}
	buf_add(out, s + run, n - run);
	return dropped;
}

/*
 * The bytes of s[0..n) that fit in max characters, counted as Excel
 * counts them: in UTF-16 code units (a character beyond U+FFFF is two).
 */
static size_t
fit(const char *s, size_t n, size_t max)
{
	size_t i = 0, units = 0, k, u;
	int32_t cp;

	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		u = cp >= 0x10000 ? 2 : 1;
		if (units + u > max)
			break;
		units += u;
		i += k;
	}
	return i;
}

void
cell_put(struct cell_writer *w, struct buf *out, const char *s, size_t n,
    int flags)
{
	unsigned cls;
	size_t guard, room;

	if (n == 0)
		s = "";		/* an empty buffer may have no data yet */
	cls = scan(w, s, n);

	if ((cls & C_HIGH) && has_controls(s, n)) {
		buf_clear(&w->scratch);
		w->controls += drop_controls(&w->scratch, s, n);
		s = w->scratch.data;
		n = w->scratch.len;
	}
	guard = w->guard && needs_guard(s, n);
	if (guard) {
		/* the apostrophe must sit inside the quotes: build the cell */
		if (s == w->scratch.data) {
			buf_reserve(&w->scratch, 1);
			memmove(w->scratch.data + 1, w->scratch.data, n);
			w->scratch.data[0] = '\'';
			w->scratch.len = n + 1;
			w->scratch.data[n + 1] = '\0';
		} else {
			buf_clear(&w->scratch);
			buf_addc(&w->scratch, '\'');
			buf_add(&w->scratch, s, n);
		}
		s = w->scratch.data;
		n = w->scratch.len;
	}
	/* UTF-16 units never outnumber UTF-8 bytes: short cells fit */
	if (w->max_cell && n > w->max_cell) {
		room = fit(s, n, w->max_cell);
		if (room < n) {
			n = room;
			w->cut++;
		}
	}
	if (cls & C_DQUOTE) {
		buf_reserve(out, 2 * n + 2);
		out->len += csv_write(out->data + out->len, 2 * n + 2, s, n);
		out->data[out->len] = '\0';
	} else if ((cls & C_QUOTE) || (flags & CELL_QUOTE) ||
	    (n == 0 && (flags & CELL_ALONE)) ||
	    (n > 0 && (s[0] == ' ' || s[n - 1] == ' '))) {
		/* (readers that trim unquoted cells keep quoted spaces) */
		/* what csv_write writes when there is no quote to double,
		 * at memcpy speed (csv_write goes byte by byte) */
		buf_reserve(out, n + 2);
		out->data[out->len++] = '"';
		memcpy(out->data + out->len, s, n);
		out->len += n;
		out->data[out->len++] = '"';
		out->data[out->len] = '\0';
	} else {
		buf_add(out, s, n);
	}
}
