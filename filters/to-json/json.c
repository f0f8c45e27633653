#include <stdint.h>
#include <string.h>

#include "bytes16.h"
#include "json.h"
#include "utf8.h"

/* room past the end of what is written: a 16-byte store may overshoot,
 * and it is what json_put_string leaves after the string (each reserve
 * asks for it beyond what is left to write) */
#define OVERSHOOT 16
_Static_assert(OVERSHOOT >= JSON_ROOM_AFTER, "the room promised in json.h");

#if BYTES16
/*
 * The m bytes s[0..m), 0 < m < 16, into tail, zeros after them.  Every
 * mention and every text ends in such a tail, and a memcpy of a variable
 * length is a call into the C library: two fixed-size copies that overlap
 * in the middle (each inside s[0..m)) cover the m bytes instead.
 */
static inline void
tail_copy(char tail[16], const char *s, size_t m)
{
	memset(tail, 0, 16);
	if (m >= 8) {
		memcpy(tail, s, 8);
		memcpy(tail + m - 8, s + m - 8, 8);
	} else if (m >= 4) {
		memcpy(tail, s, 4);
		memcpy(tail + m - 4, s + m - 4, 4);
	} else {	/* 1 to 3: the first, middle and last */
		tail[0] = s[0];
		tail[m / 2] = s[m / 2];
		tail[m - 1] = s[m - 1];
	}
}
#endif

/*
 * Copy s[i..n) to out up to the first byte that is not copied as it is:
 * '"', '\', a C0 control or a non-ASCII byte; return its index (n if
 * none).  out must have room for n - i + OVERSHOOT bytes.  Every byte of
 * every string passes here, so 16 at a time with bytes16.h: as signed
 * bytes, the controls and the non-ASCII bytes are exactly those below
 * 0x20 (bytes16_low).
 * Sixteen bytes are stored before they are tested (a store past the
 * special byte is overwritten by what follows, inside the room).  A
 * tail shorter than 16 is tested as the last 16 bytes of s when this
 * call copied the bytes before it, else (most mentions) in a zeroed copy
 * (tail_copy), so nothing is read outside s[0..n).
 */
static size_t
copy_plain(struct buf *out, const char *s, size_t n, size_t i)
{
	char *d = out->data + out->len;
#if BYTES16
	const size_t from = i;
	char tail[16];
	bytes16 x;
	unsigned mask;
	size_t m;

#define SPECIAL(x) bytes16_mask(bytes16_low(x) | (bytes16)((x) == '"') | \
	    (bytes16)((x) == '\\'))
	for (; i + 16 <= n; i += 16, d += 16) {
		x = bytes16_load(s + i);
		bytes16_store(d, x);
		if ((mask = SPECIAL(x)) != 0) {
			m = (size_t)__builtin_ctz(mask);
			d += m;
			i += m;
			goto done;
		}
	}
	if (i == n)
		goto done;
	m = n - i;	/* 1 to 15 bytes left */
	if (n >= 16 && n - 16 >= from) {
		/*
		 * The last 16 bytes of s, which this call copied as they are
		 * up to i: stored again over their own copy, they change
		 * nothing before d, and their bytes before i test plain.
		 */
		x = bytes16_load(s + n - 16);
		bytes16_store(d + m - 16, x);
		mask = SPECIAL(x) >> (16 - m);
	} else {
		tail_copy(tail, s + i, m);
		x = bytes16_load(tail);
		bytes16_store(d, x);
		mask = SPECIAL(x) & ((1u << m) - 1);	/* not the zeros */
	}
#undef SPECIAL
	if (mask)
		m = (size_t)__builtin_ctz(mask);
	d += m;
	i += m;
done:
#else
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
			break;
		*d++ = (char)c;
	}
#endif
	out->len = (size_t)(d - out->data);
	return i;
}

static void
put_escape(struct buf *out, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";
	char e[6] = { '\\', 'u', '0', '0', 0, 0 };

	switch (c) {
	case '"': buf_add(out, "\\\"", 2); return;
	case '\\': buf_add(out, "\\\\", 2); return;
	case '\n': buf_add(out, "\\n", 2); return;
	case '\t': buf_add(out, "\\t", 2); return;
	case '\r': buf_add(out, "\\r", 2); return;
	case '\b': buf_add(out, "\\b", 2); return;
	case '\f': buf_add(out, "\\f", 2); return;
	}
	e[4] = hex[c >> 4];
	e[5] = hex[c & 15];
	buf_add(out, e, 6);
}

size_t
json_put_string(struct buf *out, const char *s, size_t n)
{
	size_t i = 0, len, repaired = 0;
	int32_t cp;

	buf_reserve(out, n + 2 + OVERSHOOT);
	out->data[out->len++] = '"';
	for (;;) {
		i = copy_plain(out, s, n, i);
		if (i == n)
			break;
		if ((unsigned char)s[i] < 0x80) {
			put_escape(out, (unsigned char)s[i]);
			len = 1;
		} else {
			len = utf8_decode(s + i, n - i, &cp);
			if (cp < 0) {
				buf_add(out, "\xEF\xBF\xBD", 3);
				repaired++;
			} else if (cp == 0x2028 || cp == 0x2029) {
				buf_add(out, cp == 0x2028 ? "\\u2028" :
				    "\\u2029", 6);
			} else {
				buf_add(out, s + i, len);
			}
		}
		i += len;
		buf_reserve(out, n - i + 1 + OVERSHOOT);
	}
	out->data[out->len++] = '"';
	out->data[out->len] = '\0';
	return repaired;
}
