/* charset.c: encoding sniffing and decoders. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "entities.h"
#include "utf8.h"

static const char *const names[] = {
	"utf-8", "utf-16le", "utf-16be", "windows-1252"
};

const char *
charset_name(enum charset cs)
{
	return cs == CS_NONE ? "none" : names[cs];
}

static const struct {
	const char *label;
	enum charset cs;
} labels[] = {
	{ "unicode-1-1-utf-8", CS_UTF8 }, { "unicode11utf8", CS_UTF8 },
	{ "unicode20utf8", CS_UTF8 }, { "utf-8", CS_UTF8 },
	{ "utf8", CS_UTF8 }, { "x-unicode20utf8", CS_UTF8 },
	{ "csunicode", CS_UTF16LE }, { "iso-10646-ucs-2", CS_UTF16LE },
	{ "ucs-2", CS_UTF16LE }, { "unicode", CS_UTF16LE },
	{ "unicodefeff", CS_UTF16LE }, { "utf-16", CS_UTF16LE },
	{ "utf-16le", CS_UTF16LE }, { "unicodefffe", CS_UTF16BE },
	{ "utf-16be", CS_UTF16BE },
	{ "ansi_x3.4-1968", CS_WINDOWS_1252 }, { "ascii", CS_WINDOWS_1252 },
	{ "cp1252", CS_WINDOWS_1252 }, { "cp819", CS_WINDOWS_1252 },
	{ "csisolatin1", CS_WINDOWS_1252 }, { "ibm819", CS_WINDOWS_1252 },
	{ "iso-8859-1", CS_WINDOWS_1252 }, { "iso-ir-100", CS_WINDOWS_1252 },
	{ "iso8859-1", CS_WINDOWS_1252 }, { "iso88591", CS_WINDOWS_1252 },
	{ "iso_8859-1", CS_WINDOWS_1252 },
	{ "iso_8859-1:1987", CS_WINDOWS_1252 }, { "l1", CS_WINDOWS_1252 },
	{ "latin1", CS_WINDOWS_1252 }, { "us-ascii", CS_WINDOWS_1252 },
	{ "windows-1252", CS_WINDOWS_1252 }, { "x-cp1252", CS_WINDOWS_1252 },
};

enum charset
charset_from_label(const char *s, size_t n)
{
	size_t i;

	while (n && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strlen(labels[i].label) == n &&
		    strncasecmp(labels[i].label, s, n) == 0)
			return labels[i].cs;
	return CS_NONE;
}

/* valid UTF-8, allowing a sequence cut by the end of an incomplete prefix */
static int
valid_utf8(const char *s, size_t n, int complete)
{
	size_t i = 0, k;
	int32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &cp);
		if (cp < 0)
			return !complete && i + k == n && n - i < 4;
		i += k;
	}
	return 1;
}

enum charset
charset_sniff(const char *s, size_t n, int complete, enum charset forced,
    size_t *bom)
{
	*bom = 0;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		*bom = 3;
		return CS_UTF8;
	}
	if (n >= 2 && memcmp(s, "\xFF\xFE", 2) == 0) {
		*bom = 2;
		return CS_UTF16LE;
	}
	if (n >= 2 && memcmp(s, "\xFE\xFF", 2) == 0) {
		*bom = 2;
		return CS_UTF16BE;
	}
	if (forced != CS_NONE)
		return forced;
	if (valid_utf8(s, n, complete))
		return CS_UTF8;
	return CS_WINDOWS_1252;
}

void
charset_decoder_init(struct charset_decoder *d, enum charset cs)
{
	d->cs = cs;
	d->invalid = 0;
	d->npend = 0;
}

static void
decode_utf8(struct charset_decoder *d, const char *s, size_t n,
    struct buf *out, int final)
{
	size_t i = 0, j, k;
	int32_t cp;

	buf_reserve(out, n);
	while (i < n) {
		for (j = i; j < n && (unsigned char)s[j] < 0x80; j++)
			;
		buf_add(out, s + i, j - i);
		i = j;
		while (i < n && (unsigned char)s[i] >= 0x80) {
			k = utf8_decode(s + i, n - i, &cp);
			if (cp >= 0) {
				buf_add(out, s + i, k);
			} else if (!final && i + k == n && n - i < 4) {
				d->npend = n - i;	/* cut by the chunk */
			} else {
				utf8_add(out, UTF8_REPLACEMENT);
				d->invalid++;
			}
			i += k;
		}
	}
}

static void
decode_utf16(struct charset_decoder *d, const char *s, size_t n,
    struct buf *out, int final)
{
	const unsigned char *u = (const unsigned char *)s;
	int be = d->cs == CS_UTF16BE;
	size_t i;
	unsigned w, w2;

	for (i = 0; i + 1 < n; i += 2) {
		w = be ? (unsigned)u[i] << 8 | u[i + 1] :
		    (unsigned)u[i + 1] << 8 | u[i];
		if (w >= 0xD800 && w <= 0xDBFF) {
			if (i + 3 >= n) {
				if (!final) {
					d->npend = n - i;
					return;
				}
				utf8_add(out, UTF8_REPLACEMENT);
				d->invalid++;
				continue;
			}
			w2 = be ? (unsigned)u[i + 2] << 8 | u[i + 3] :
			    (unsigned)u[i + 3] << 8 | u[i + 2];
			if (w2 >= 0xDC00 && w2 <= 0xDFFF) {
				utf8_add(out, (int32_t)(0x10000 +
				    ((w - 0xD800) << 10) + (w2 - 0xDC00)));
				i += 2;
				continue;
			}
			w = UTF8_REPLACEMENT;
			d->invalid++;
		} else if (w >= 0xDC00 && w <= 0xDFFF) {
			w = UTF8_REPLACEMENT;
			d->invalid++;
		}
		utf8_add(out, (int32_t)w);
	}
	if (i < n && !d->npend) {
		if (final) {
			utf8_add(out, UTF8_REPLACEMENT);
			d->invalid++;
		} else {
			d->npend = n - i;
		}
	}
}

static void
decode_1252(const char *s, size_t n, struct buf *out)
{
	size_t i, j;
	unsigned c;

	buf_reserve(out, n + n / 2);
	for (i = 0; i < n; ) {
		for (j = i; j < n && (unsigned char)s[j] < 0x80; j++)
			;
		buf_add(out, s + i, j - i);
		for (i = j; i < n && (c = (unsigned char)s[i]) >= 0x80; i++)
			utf8_add(out, c < 0xA0 ? entity_cp1252_c1(c) :
			    (int32_t)c);
	}
}

static void
decode(struct charset_decoder *d, const char *s, size_t n, struct buf *out,
    int final)
{
	switch (d->cs) {
	case CS_UTF8:
		decode_utf8(d, s, n, out, final);
		break;
	case CS_UTF16LE:
	case CS_UTF16BE:
		decode_utf16(d, s, n, out, final);
		break;
	default:
		decode_1252(s, n, out);
		break;
	}
}

size_t
charset_decode(struct charset_decoder *d, const char *s, size_t n,
    struct buf *out, int final)
{
	d->npend = 0;
	decode(d, s, n, out, final);
	return n - d->npend;
}
