#include <string.h>
#include <strings.h>

#include "utf8.h"
#include "xcell.h"

static int
is_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

/* whether s[i..n) starts with "_xHHHH_" */
static int
is_xescape(const char *s, size_t n, size_t i)
{
	return i + 7 <= n && s[i] == '_' && s[i + 1] == 'x' &&
	    is_hex(s[i + 2]) && is_hex(s[i + 3]) && is_hex(s[i + 4]) &&
	    is_hex(s[i + 5]) && s[i + 6] == '_';
}

/* whether s[0..n) may need a change: a byte that starts a character to
 * drop, a "_x", or more bytes than the limit has characters */
static int
may_change(const char *s, size_t n)
{
	size_t i;
	int high = 0;

	if (n > XCELL_MAX)
		return 1;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F ||
		    c == 0xC2 || c == 0xEF ||
		    (c == '_' && i + 1 < n && s[i + 1] == 'x'))
			return 1;
		high |= c >= 0x80;
	}
	/* invalid UTF-8 cannot come from the stream reader; should it
	 * come, one such byte would make the sheet unreadable */
	return high && !utf8_valid(s, n);
}

const char *
xcell_text(const char *s, size_t n, struct buf *scratch,
    struct xcell_counts *counts)
{
	size_t i = 0, k, units = 0, u, chars = 0, extra;
	int32_t cp;

	if (!may_change(s, n))
		return s;
	buf_clear(scratch);
	buf_reserve(scratch, n < XCELL_MAX ? n : XCELL_MAX);
	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (cp < 0 || (cp < 0x20 && cp != '\t' && cp != '\n') ||
		    (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE ||
		    cp == 0xFFFF) {
			/* (invalid UTF-8 cannot come from the reader;
			 * dropped all the same rather than written) */
			counts->dropped++;
			i += k;
			continue;
		}
		u = cp >= 0x10000 ? 2 : 1;
		/* libxlsxwriter also limits the characters it writes,
		 * escapes included */
		extra = cp == '_' && is_xescape(s, n, i) ? 7 : 0;
		if (units + u > XCELL_MAX || chars + 1 + extra > XCELL_MAX) {
			counts->cut++;
			break;
		}
		if (extra)
			buf_add(scratch, "_x005F", 6);
		buf_add(scratch, s + i, k);
		units += u;
		chars += 1 + extra;
		i += k;
	}
	return scratch->data ? scratch->data : "";
}

/* n digits at *p as a number, or -1 */
static int
digits(const char **p, int n)
{
	int v = 0;

	while (n-- > 0) {
		if (**p < '0' || **p > '9')
			return -1;
		v = v * 10 + (*(*p)++ - '0');
	}
	return v;
}

static int
days_in(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

int
xdate_parse(const char *s, struct xdate *d)
{
	const char *p = s;
	double frac, scale;

	memset(d, 0, sizeof *d);
	if ((d->year = digits(&p, 4)) < 1900 || *p++ != '-' ||
	    (d->month = digits(&p, 2)) < 1 || d->month > 12 || *p++ != '-' ||
	    (d->day = digits(&p, 2)) < 1 ||
	    d->day > days_in(d->year, d->month))
		return -1;
	if (*p == '\0')
		return 0;
	if (*p != 'T' && *p != ' ')
		return -1;
	p++;
	if ((d->hour = digits(&p, 2)) < 0 || d->hour > 23 || *p++ != ':' ||
	    (d->min = digits(&p, 2)) < 0 || d->min > 59)
		return -1;
	d->has_time = 1;
	if (*p == ':') {
		p++;
		if ((d->sec = digits(&p, 2)) < 0 || d->sec > 59)
			return -1;
		d->has_seconds = 1;
		if (*p == '.' || *p == ',') {
			p++;
			if (*p < '0' || *p > '9')
				return -1;
			for (frac = 0, scale = 0.1; *p >= '0' && *p <= '9';
			    p++, scale /= 10)
				frac += (*p - '0') * scale;
			d->sec += frac;
		}
	}
	if (*p == 'Z' || *p == 'z') {
		p++;
		d->has_zone = 1;
	} else if (*p == '+' || *p == '-') {
		p++;
		if (digits(&p, 2) < 0)
			return -1;
		if (*p == ':')
			p++;
		if (*p != '\0' && digits(&p, 2) < 0)
			return -1;
		d->has_zone = 1;
	}
	return *p == '\0' ? 0 : -1;
}

int
xcell_is_web_url(const char *url)
{
	static const char *const schemes[] = { "http://", "https://",
	    "ftp://", "mailto:" };
	size_t i, n;

	for (i = 0; i < sizeof schemes / sizeof *schemes; i++) {
		n = strlen(schemes[i]);
		if (strncasecmp(url, schemes[i], n) == 0 && url[n] != '\0')
			return 1;
	}
	return 0;
}
