/* http.c: HTTP/1.x responses from crawl archives. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <zlib.h>

#include "err.h"
#include "http.h"

static int
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* s[0..n) with spaces trimmed at both ends */
static void
trim(const char **s, size_t *n)
{
	while (*n && is_space(**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && (is_space((*s)[*n - 1]) || (*s)[*n - 1] == '\r'))
		(*n)--;
}

/* copy s[0..n) lower-cased into dst[cap], cut if longer */
static void
copy_lower(char *dst, size_t cap, const char *s, size_t n)
{
	size_t i;

	if (n >= cap)
		n = cap - 1;
	for (i = 0; i < n; i++)
		dst[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
	dst[n] = '\0';
}

static int
name_is(const char *s, size_t n, const char *name)
{
	return strlen(name) == n && strncasecmp(s, name, n) == 0;
}

void
http_content_type(const char *s, size_t n, char *media, size_t mcap,
    char *charset, size_t ccap)
{
	const char *semi = memchr(s, ';', n), *p, *end = s + n;
	size_t k;

	k = semi ? (size_t)(semi - s) : n;
	p = s;
	trim(&p, &k);
	copy_lower(media, mcap, p, k);
	charset[0] = '\0';
	for (p = semi; p && p < end; p = memchr(p + 1, ';', (size_t)(end - p - 1))) {
		const char *q = p + 1, *v;
		size_t left = (size_t)(end - q);

		while (left && is_space(*q)) {
			q++;
			left--;
		}
		if (left < 8 || strncasecmp(q, "charset=", 8) != 0)
			continue;
		v = q + 8;
		left -= 8;
		if (left && (*v == '"' || *v == '\'')) {
			v++;
			left--;
		}
		for (k = 0; k < left && !strchr("\"'; \t\r", v[k]); k++)
			;
		copy_lower(charset, ccap, v, k);
		break;
	}
}

int
http_parse(const char *s, size_t n, struct http_response *r)
{
	const char *p = s, *end = s + n, *nl, *colon;
	size_t k;

	memset(r, 0, sizeof *r);
	if (n < 12 || strncmp(s, "HTTP/", 5) != 0)
		return 0;
	nl = memchr(p, '\n', n);
	if (!nl)
		return 0;
	/* "HTTP/1.1 200 OK" */
	for (p = s + 5; p < nl && !is_space(*p); p++)
		;
	while (p < nl && is_space(*p))
		p++;
	for (; p < nl && *p >= '0' && *p <= '9' && r->status < 1000; p++)
		r->status = r->status * 10 + (*p - '0');
	for (p = nl + 1; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;	/* headers without an end: no body */
		k = (size_t)(nl - p);
		if (k && p[k - 1] == '\r')
			k--;
		if (k == 0) {
			p = nl + 1;
			break;
		}
		if (!(colon = memchr(p, ':', k)))
			continue;	/* not a header: ignore, as browsers do */
		{
			const char *name = p, *v = colon + 1;
			size_t nn = (size_t)(colon - p), vn = k - nn - 1;

			trim(&name, &nn);
			trim(&v, &vn);
			if (name_is(name, nn, "content-type")) {
				http_content_type(v, vn, r->media,
				    sizeof r->media, r->charset,
				    sizeof r->charset);
			} else if (name_is(name, nn, "transfer-encoding")) {
				r->chunked = vn >= 7 && strncasecmp(v + vn - 7,
				    "chunked", 7) == 0;
			} else if (name_is(name, nn, "content-encoding")) {
				if (vn == 0 || name_is(v, vn, "identity"))
					r->encoding = HE_IDENTITY;
				else if (name_is(v, vn, "gzip") ||
				    name_is(v, vn, "x-gzip"))
					r->encoding = HE_GZIP;
				else if (name_is(v, vn, "deflate"))
					r->encoding = HE_DEFLATE;
				else
					r->encoding = HE_UNKNOWN;
			} else if (name_is(name, nn, "content-language")) {
				size_t t;

				for (t = 0; t < vn && v[t] != ',' &&
				    !is_space(v[t]); t++)
					;
				copy_lower(r->lang, sizeof r->lang, v, t);
			}
		}
		if (nl == end) {
			p = end;
			break;
		}
	}
	if (p > end)
		p = end;
	r->body = p;
	r->body_len = (size_t)(end - p);
	return 1;
}

static int
hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/*
 * Undo chunked transfer coding of s[0..n) into out.  A body whose first
 * line is no chunk size was stored de-chunked.
 */
static enum http_body
dechunk(const char *s, size_t n, size_t max, struct buf *out)
{
	size_t i = 0, size;
	int first = 1, h, digits;

	for (;;) {
		size = 0;
		digits = 0;
		while (i < n && (h = hex_value(s[i])) >= 0) {
			if (size > (max + 16) / 16)
				return HB_BROKEN;	/* absurd chunk size */
			size = size * 16 + (size_t)h;
			digits++;
			i++;
		}
		if (!digits)
			return first ? HB_STORED_DECODED :
			    i >= n ? HB_CUT : HB_BROKEN;
		/* chunk extensions, spaces and the CR up to the LF */
		if (i < n && (s[i] == ';' || is_space(s[i]) || s[i] == '\r')) {
			const char *nl = memchr(s + i, '\n', n - i);

			i = nl ? (size_t)(nl - s) : n;
		}
		if (i >= n)
			return HB_CUT;
		if (s[i] != '\n')
			return first ? HB_STORED_DECODED : HB_BROKEN;
		i++;
		first = 0;
		if (size == 0)
			return HB_OK;	/* trailers do not matter */
		if (size > n - i) {
			buf_add(out, s + i, n - i);
			return HB_CUT;
		}
		if (out->len + size > max) {
			buf_add(out, s + i, max - out->len);
			return HB_CUT;
		}
		buf_add(out, s + i, size);
		i += size;
		if (i < n && s[i] == '\r')
			i++;
		if (i < n && s[i] == '\n')
			i++;
		else if (i < n)
			return HB_BROKEN;
		else
			return HB_CUT;
	}
}

/* inflate s[0..n) into out; wbits as for inflateInit2 */
static enum http_body
inflate_body(const char *s, size_t n, int wbits, size_t max,
    struct buf *out)
{
	z_stream zs;
	enum http_body res = HB_OK;
	int ret;

	memset(&zs, 0, sizeof zs);
	if (inflateInit2(&zs, wbits) != Z_OK)
		die("out of memory");
	zs.next_in = (unsigned char *)(uintptr_t)s;
	zs.avail_in = (uInt)(n > 0xFFFFFFFFu ? 0xFFFFFFFFu : n);
	for (;;) {
		size_t room;

		if (out->len >= max) {
			res = HB_CUT;
			break;
		}
		buf_reserve(out, 64 * 1024);
		room = max - out->len;
		if (room > 64 * 1024)
			room = 64 * 1024;
		zs.next_out = (unsigned char *)out->data + out->len;
		zs.avail_out = (uInt)room;
		ret = inflate(&zs, Z_NO_FLUSH);
		buf_truncate(out, out->len + (room - zs.avail_out));
		if (ret == Z_STREAM_END) {
			/* gzip allows several members */
			if (wbits > MAX_WBITS && zs.avail_in > 2 &&
			    zs.next_in[0] == 0x1F && zs.next_in[1] == 0x8B) {
				inflateReset(&zs);
				continue;
			}
			break;
		}
		if (ret == Z_MEM_ERROR)
			die("out of memory");
		if (ret != Z_OK && ret != Z_BUF_ERROR) {
			res = HB_BROKEN;
			break;
		}
		if (zs.avail_in == 0 && zs.avail_out != 0) {
			res = HB_CUT;	/* the input ended inside the stream */
			break;
		}
	}
	inflateEnd(&zs);
	return res;
}

static enum http_body
worse(enum http_body a, enum http_body b)
{
	return a > b ? a : b;
}

enum http_body
http_decode(const struct http_response *r, size_t max, struct buf *out,
    struct buf *scratch, const char **body, size_t *len)
{
	enum http_body res = HB_OK, got;
	const char *s = r->body;
	size_t n = r->body_len;

	if (r->chunked) {
		buf_clear(scratch);
		got = dechunk(s, n, max, scratch);
		if (got != HB_STORED_DECODED) {
			s = scratch->data;
			n = scratch->len;
		}
		res = worse(res, got);
	}
	if (r->encoding == HE_UNKNOWN) {
		*body = s;	/* still encoded: for nobody to read as text */
		*len = n;
		return HB_UNSUPPORTED;
	}
	if (r->encoding == HE_GZIP || r->encoding == HE_DEFLATE) {
		int gz = n >= 2 && (unsigned char)s[0] == 0x1F &&
		    (unsigned char)s[1] == 0x8B;
		/* deflate is meant zlib-wrapped, but servers send it raw */
		int zlib = n >= 2 && (s[0] & 0x0F) == 8 &&
		    (((unsigned char)s[0] << 8) | (unsigned char)s[1]) % 31 == 0;

		buf_clear(out);
		if (r->encoding == HE_GZIP && !gz) {
			res = worse(res, HB_STORED_DECODED);
		} else if (r->encoding == HE_GZIP || zlib) {
			res = worse(res, inflate_body(s, n,
			    gz ? 16 + MAX_WBITS : MAX_WBITS, max, out));
			s = out->data;
			n = out->len;
		} else {
			got = inflate_body(s, n, -MAX_WBITS, max, out);
			if (got == HB_BROKEN && out->len == 0) {
				/* not raw deflate either: stored decoded */
				res = worse(res, HB_STORED_DECODED);
			} else {
				res = worse(res, got);
				s = out->data;
				n = out->len;
			}
		}
	}
	if (n > max) {
		n = max;
		res = worse(res, HB_CUT);
	}
	*body = s;
	*len = n;
	return res;
}
