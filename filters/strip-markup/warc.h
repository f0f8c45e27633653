/* warc.h: WARC files (ISO 28500, WARC/1.0 and 1.1, and the older 0.x that
 * early crawls wrote) as pages.
 *
 * Plain or gzip (usually one member per record; the input layer inflates
 * either).  One record is in memory at a time; its block is cut at the
 * sink's max_doc and the rest is skipped as it is read.
 *
 * What becomes a document: response records whose HTTP payload is HTML
 * (text/html, application/xhtml+xml, or no type and markup sniffed),
 * resource records of HTML, and conversion records (WET text).  Every
 * other record is skipped and counted in one line per input.  A record
 * that is malformed (a Content-Length that does not end it, a header with
 * no end or no length, a file cut short, WARC-Truncated) gets a warning
 * with the file and byte offset; the reader resynchronises on the next
 * line that starts with "WARC/".
 *
 * The id of a record's document is FILE@OFFSET: OFFSET is the file offset
 * of the record in a plain WARC, or of the gzip member it starts in, in a
 * .warc.gz (what CDX indexes give); when a member holds several records,
 * FILE@MEMBER+N, N bytes into the member's inflated data.
 */
#ifndef STRIP_MARKUP_WARC_H
#define STRIP_MARKUP_WARC_H

#include <stddef.h>

#include "buf.h"
#include "input.h"
#include "page.h"

/* whether s[0..n), the start of an input, is a WARC file */
int warc_detect(const char *s, size_t n);

/*
 * Read the WARC records of in and hand their pages to sink.  raw holds
 * the first bytes already read from in (used, then reused as the record
 * buffer).
 */
void warc_each(struct input *in, struct buf *raw, const struct page_sink *sink);

#endif
