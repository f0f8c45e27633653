/* http.h: an HTTP/1.x response as a crawler stored it, decoded as a
 * browser would decode it.
 *
 * The status line and headers are parsed (CRLF or bare LF line ends, as
 * old crawlers wrote them); Transfer-Encoding: chunked and
 * Content-Encoding: gzip, x-gzip or deflate are undone.  Headers that a
 * crawler renamed because it stored the body decoded (Common Crawl's
 * X-Crawler-Content-Encoding, X-Crawler-Transfer-Encoding) are not
 * encodings and are left alone.  A body that does not look encoded as
 * declared (no chunk size line, no gzip magic) was stored decoded and is
 * taken as it is.
 */
#ifndef STRIP_MARKUP_HTTP_H
#define STRIP_MARKUP_HTTP_H

#include <stddef.h>

#include "buf.h"

enum http_encoding { HE_IDENTITY, HE_GZIP, HE_DEFLATE, HE_UNKNOWN };

struct http_response {
	int status;		/* 0: no status line */
	char media[64];		/* Content-Type's media type, lower case */
	char charset[40];	/* its charset parameter, or "" */
	char lang[36];		/* the first tag of Content-Language, or "" */
	int chunked;
	enum http_encoding encoding;
	const char *body;	/* what follows the headers */
	size_t body_len;
};

/* parse the head of s[0..n); 0 if it is no HTTP response */
int http_parse(const char *s, size_t n, struct http_response *r);

/* what decoding the body found */
enum http_body {
	HB_OK,
	HB_STORED_DECODED,	/* declared encoded, stored decoded */
	HB_BROKEN,		/* broken chunks or compressed data */
	HB_CUT,			/* cut short, or over max bytes */
	HB_UNSUPPORTED		/* an encoding we cannot undo (br, zstd) */
};

/*
 * Undo the transfer and content encodings of r's body into out (at most
 * max bytes); *body and *len get the payload, which is either in out or
 * r's body itself.  Returns the worst thing found; what was decoded
 * before a fault is kept.
 */
enum http_body http_decode(const struct http_response *r, size_t max,
    struct buf *out, struct buf *scratch, const char **body, size_t *len);

/* "text/html; charset=UTF-8" into media and charset (lower-cased) */
void http_content_type(const char *s, size_t n, char *media, size_t mcap,
    char *charset, size_t ccap);

#endif
