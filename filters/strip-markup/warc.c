/* warc.c: WARC records to pages (see warc.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "err.h"
#include "http.h"
#include "plain.h"
#include "warc.h"
#include "xalloc.h"

#define READ_CHUNK (64 * 1024)
#define HEADER_MAX (64 * 1024)	/* a WARC header longer than this is junk */

/* where decoded bytes came from: see input_origin() */
struct origin {
	unsigned long long file;	/* file offset (of the gzip member) */
	unsigned long long decoded;	/* decoded offset it stands for */
};

struct counts {
	size_t records, documents, malformed;
	size_t cut;		/* records cut at --max-doc-size: the rest of
				 * each lost, so in the summary and --strict */
	size_t request, metadata, warcinfo, revisit, other_type;
	size_t not_html, stored_decoded, unsupported;
};

struct reader {
	struct input *in;
	const struct page_sink *sink;
	struct buf *buf;	/* bytes read, buf[pos..len) not yet used */
	size_t pos;
	size_t hold;		/* if holding, buf[hold..pos) must stay */
	int holding;
	unsigned long long base;	/* decoded offset of buf[0] */
	int eof;
	struct origin *org;	/* member starts, oldest first */
	size_t norg, caporg;
	struct counts n;
	int warc_seen;		/* a "WARC/" line found: it is a WARC */

	/* the current record */
	unsigned long long start;	/* its decoded offset */
	char type[24];
	struct buf uri, date, rid, ctype, id;
	int truncated;		/* WARC-Truncated */
	int lost;		/* the last record did not end where it said */
	int rec_malformed;	/* the record being read is counted malformed */
	struct buf cut_block;	/* a block over max_doc, kept part */
	struct buf dec, scratch;
};

/* whether the page's problem list holds word */
static int
has_problem(const struct page *pg, const char *word)
{
	size_t k = strlen(word);
	const char *p;

	for (p = pg->problem; (p = strstr(p, word)); p += k)
		if ((p == pg->problem || p[-1] == ' ') &&
		    (p[k] == ' ' || p[k] == '\0'))
			return 1;
	return 0;
}

void
page_problem(struct page *pg, const char *word)
{
	size_t len = strlen(pg->problem), k = strlen(word);

	if (has_problem(pg, word))
		return;
	if (len + 1 + k + 1 > sizeof pg->problem)
		return;
	if (len)
		pg->problem[len++] = ' ';
	memcpy(pg->problem + len, word, k + 1);
}

/* the record being read is malformed: counted once, however many faults */
static void
count_malformed(struct reader *r)
{
	if (!r->rec_malformed)
		r->n.malformed++;
	r->rec_malformed = 1;
}

int
warc_detect(const char *s, size_t n)
{
	return n >= 8 && strncmp(s, "WARC/", 5) == 0 &&
	    s[5] >= '0' && s[5] <= '9';
}

/* after a read: remember where its gzip member starts */
static void
note_origin(struct reader *r)
{
	unsigned long long base, file;

	if (!input_is_gzip(r->in))
		return;		/* the decoded offset is the file offset */
	file = input_origin(r->in, &base);
	if (r->norg && r->org[r->norg - 1].file == file)
		return;
	if (r->norg == r->caporg) {
		r->caporg = r->caporg ? 2 * r->caporg : 16;
		r->org = xrealloc(r->org, r->caporg * sizeof *r->org);
	}
	r->org[r->norg].file = file;
	r->org[r->norg].decoded = base;
	r->norg++;
}

/* forget member starts before decoded offset at, keeping the one it is in */
static void
trim_origins(struct reader *r, unsigned long long at)
{
	size_t k = 0;

	while (k + 1 < r->norg && r->org[k + 1].decoded <= at)
		k++;
	if (k) {
		memmove(r->org, r->org + k, (r->norg - k) * sizeof *r->org);
		r->norg -= k;
	}
}

/* have at least need bytes at buf[pos..); 0 if the input ends first */
static int
ensure(struct reader *r, size_t need)
{
	size_t k;

	while (r->buf->len - r->pos < need) {
		if (r->eof)
			return 0;
		if (!r->holding)
			r->hold = r->pos;
		if (r->hold) {
			/* move the few unused bytes to the front */
			size_t from = r->hold;

			memmove(r->buf->data, r->buf->data + from,
			    r->buf->len - from);
			buf_truncate(r->buf, r->buf->len - from);
			r->base += from;
			r->pos -= from;
			r->hold = 0;
		}
		buf_reserve(r->buf, READ_CHUNK);
		k = input_read(r->in, r->buf->data + r->buf->len, READ_CHUNK);
		if (k == 0) {
			r->eof = 1;
			return 0;
		}
		note_origin(r);
		buf_truncate(r->buf, r->buf->len + k);
	}
	return 1;
}

/* the id of the record at decoded offset at: FILE@OFFSET[+N] */
static void
record_id(struct reader *r, unsigned long long at)
{
	buf_clear(&r->id);
	if (!input_is_gzip(r->in) || !r->norg) {
		buf_printf(&r->id, "%s@%llu", r->in->id, at);
		return;
	}
	trim_origins(r, at);
	if (at == r->org[0].decoded)
		buf_printf(&r->id, "%s@%llu", r->in->id, r->org[0].file);
	else
		buf_printf(&r->id, "%s@%llu+%llu", r->in->id,
		    r->org[0].file, at - r->org[0].decoded);
}

/* the same place, for messages: "byte N" or "member at byte N" */
static void
say(struct reader *r, unsigned long long at, const char *what)
{
	record_id(r, at);
	warning("%s: record at %s: %s", r->in->name,
	    strrchr(r->id.data, '@') + 1, what);
}

/*
 * Skip to the next line that starts with "WARC/" (at buf[pos] or after an
 * LF).  Returns 0 at end of input.
 */
static int
resync(struct reader *r)
{
	const char *p, *s;
	size_t n;

	for (;;) {
		if (!ensure(r, 6))
			return 0;
		s = r->buf->data + r->pos;
		n = r->buf->len - r->pos;
		if (warc_detect(s, n) || (n >= 5 && strncmp(s, "WARC/", 5) == 0))
			return 1;
		p = memmem(s, n, "\nWARC/", 6);
		if (p) {
			r->pos += (size_t)(p - s) + 1;
			continue;
		}
		/* keep a tail that may be the start of "\nWARC/" */
		r->pos += n - 5;
	}
}

/*
 * The length of the header at buf[pos..), up to and with its empty line;
 * 0 if it has none within HEADER_MAX bytes or before the input ends.
 */
static size_t
header_end(struct reader *r)
{
	size_t scanned = 0, avail, i;
	const char *s, *nl;

	for (;;) {
		s = r->buf->data + r->pos;
		avail = r->buf->len - r->pos;
		while ((nl = memchr(s + scanned, '\n', avail - scanned))) {
			i = (size_t)(nl - s) + 1;
			if (i < avail && s[i] == '\n')
				return i + 1;
			if (i + 1 < avail && s[i] == '\r' && s[i + 1] == '\n')
				return i + 2;
			if (i + 1 >= avail)
				break;	/* look at this LF again with more */
			scanned = i;
		}
		if (!nl)
			scanned = avail;
		if (scanned >= HEADER_MAX || !ensure(r, avail + 1))
			return 0;
	}
}

static void
set_value(struct buf *b, const char *v, size_t n)
{
	/* wget writes WARC-Target-URI in angle brackets, as WARC/0.x did */
	if (n >= 2 && v[0] == '<' && v[n - 1] == '>') {
		v++;
		n -= 2;
	}
	buf_clear(b);
	buf_add(b, v, n);
	buf_addc(b, '\0');
	buf_truncate(b, n);
}

/*
 * Parse the header s[0..n) (the version line first); returns the
 * Content-Length, or -1 if it has none that is a number.
 */
static long long
parse_header(struct reader *r, const char *s, size_t n)
{
	const char *p, *end = s + n, *nl, *colon;
	long long length = -1;

	r->type[0] = '\0';
	buf_clear(&r->uri);
	buf_clear(&r->date);
	buf_clear(&r->rid);
	buf_clear(&r->ctype);
	r->truncated = 0;
	nl = memchr(s, '\n', n);
	for (p = nl + 1; p < end; p = nl + 1) {
		const char *name, *v;
		size_t nn, vn;

		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		if (!(colon = memchr(p, ':', (size_t)(nl - p))))
			continue;
		name = p;
		nn = (size_t)(colon - p);
		v = colon + 1;
		vn = (size_t)(nl - v);
		while (vn && (*v == ' ' || *v == '\t')) {
			v++;
			vn--;
		}
		while (vn && (v[vn - 1] == '\r' || v[vn - 1] == ' ' ||
		    v[vn - 1] == '\t'))
			vn--;
#define IS(h) (nn == sizeof h - 1 && strncasecmp(name, h, nn) == 0)
		if (IS("WARC-Type")) {
			size_t k = vn < sizeof r->type ? vn : sizeof r->type - 1;
			size_t i;

			for (i = 0; i < k; i++)
				r->type[i] = (char)(v[i] | 0x20);
			r->type[k] = '\0';
		} else if (IS("WARC-Target-URI")) {
			set_value(&r->uri, v, vn);
		} else if (IS("WARC-Date")) {
			set_value(&r->date, v, vn);
		} else if (IS("WARC-Record-ID")) {
			set_value(&r->rid, v, vn);
		} else if (IS("Content-Type")) {
			set_value(&r->ctype, v, vn);
		} else if (IS("WARC-Truncated")) {
			r->truncated = 1;
		} else if (IS("Content-Length")) {
			size_t i;

			length = vn ? 0 : -1;
			for (i = 0; i < vn && length >= 0; i++) {
				if (v[i] < '0' || v[i] > '9' ||
				    length > (1LL << 50))
					length = -1;
				else
					length = length * 10 + (v[i] - '0');
			}
		}
#undef IS
		if (nl == end)
			break;
	}
	return length;
}

static int
is_html_type(const char *media)
{
	return strcmp(media, "text/html") == 0 ||
	    strcmp(media, "application/xhtml+xml") == 0;
}

static void
count_skipped(struct reader *r)
{
	if (strcmp(r->type, "request") == 0)
		r->n.request++;
	else if (strcmp(r->type, "metadata") == 0)
		r->n.metadata++;
	else if (strcmp(r->type, "warcinfo") == 0)
		r->n.warcinfo++;
	else if (strcmp(r->type, "revisit") == 0)
		r->n.revisit++;
	else
		r->n.other_type++;
}

/* a record's block s[0..n) becomes a page, or is counted as skipped */
static void
record_page(struct reader *r, const char *s, size_t n, struct page *pg)
{
	struct http_response http;
	char media[64], charset[40];
	const char *body;
	size_t len;
	const char *extra[5];
	int k = 0;
	char status[8];

	if (strcmp(r->type, "response") != 0 &&
	    strcmp(r->type, "resource") != 0 &&
	    strcmp(r->type, "conversion") != 0) {
		count_skipped(r);
		return;
	}
	pg->id = r->id.data;
	pg->url = r->uri.len ? r->uri.data : NULL;
	pg->fetched = r->date.len ? r->date.data : NULL;
	if (r->rid.len) {
		extra[k++] = "record-id";
		extra[k++] = r->rid.data;
	}
	if (strcmp(r->type, "response") == 0) {
		if (!http_parse(s, n, &http)) {
			r->n.not_html++;	/* ftp, dns, ... */
			return;
		}
		if (http.media[0] ? !is_html_type(http.media) :
		    !plain_is_markup(http.body, http.body_len)) {
			r->n.not_html++;
			return;
		}
		switch (http_decode(&http, r->sink->max_doc, &r->dec,
		    &r->scratch, &body, &len)) {
		case HB_OK:
			break;
		case HB_STORED_DECODED:
			r->n.stored_decoded++;
			break;
		case HB_BROKEN:
			say(r, r->start, "broken HTTP chunks or compressed "
			    "data: the page kept up to there");
			page_problem(pg, "malformed-record");
			count_malformed(r);	/* in the summary; --strict */
			break;
		case HB_CUT:
			/* a record cut by the file's end or by the crawler
			 * (WARC-Truncated), or whose Content-Length lies (the
			 * body's cut is its doing), was said already; a body
			 * cut inside
			 * its chunks or compressed data, or that decodes to
			 * more than --max-doc-size, had only the attribute */
			if (!has_problem(pg, "truncated-record") &&
			    !has_problem(pg, "malformed-record")) {
				char msg[96];

				if (len >= r->sink->max_doc) {
					snprintf(msg, sizeof msg, "decoded body"
					    " over %zu bytes: cut there",
					    r->sink->max_doc);
					r->n.cut++;
				} else {
					snprintf(msg, sizeof msg, "HTTP body "
					    "cut short in its chunks or "
					    "compressed data: the page kept "
					    "up to there");
					count_malformed(r);
				}
				say(r, r->start, msg);
			}
			page_problem(pg, "truncated-record");
			break;
		case HB_UNSUPPORTED:
			r->n.unsupported++;
			return;
		}
		pg->charset = http.charset[0] ?
		    charset_from_label(http.charset, strlen(http.charset)) :
		    CS_NONE;
		pg->lang = http.lang[0] ? http.lang : NULL;
		snprintf(status, sizeof status, "%d", http.status);
		extra[k++] = "status";
		extra[k++] = status;
	} else {
		http_content_type(r->ctype.data ? r->ctype.data : "",
		    r->ctype.len, media, sizeof media, charset,
		    sizeof charset);
		body = s;
		len = n;
		if (strcmp(r->type, "conversion") == 0) {
			pg->text = 1;
		} else if (media[0] ? !is_html_type(media) :
		    !plain_is_markup(s, n)) {
			r->n.not_html++;
			return;
		}
		pg->charset = charset[0] ?
		    charset_from_label(charset, strlen(charset)) : CS_NONE;
	}
	extra[k] = NULL;
	pg->extra = extra;
	r->n.documents++;
	r->sink->page(r->sink->ctx, r->in, body, len, pg);
}

/* read one record; 0 at end of input */
static int
next_record(struct reader *r)
{
	size_t hlen, keep, have;
	long long length;
	const char *block;
	struct page pg;

	for (;;) {
		/* records are separated by CRLF CRLF; be lenient about it */
		while (ensure(r, 1) && (r->buf->data[r->pos] == '\r' ||
		    r->buf->data[r->pos] == '\n'))
			r->pos++;
		if (!ensure(r, 1))
			return 0;
		if (!ensure(r, 6) || strncmp(r->buf->data + r->pos, "WARC/", 5)) {
			if (!r->lost) {
				say(r, r->base + r->pos, "no WARC record "
				    "here: skipped to the next one");
				r->n.malformed++;
			}
			if (!resync(r))
				return 0;
		}
		r->lost = 0;
		r->warc_seen = 1;
		r->start = r->base + r->pos;
		trim_origins(r, r->start);
		hlen = header_end(r);
		if (!hlen) {
			say(r, r->start, r->eof ? "file ends inside the "
			    "record header" : "record header without end");
			r->n.malformed++;
			r->pos += 5;
			r->lost = 1;
			continue;
		}
		length = parse_header(r, r->buf->data + r->pos, hlen);
		r->n.records++;
		record_id(r, r->start);
		if (length < 0) {
			say(r, r->start, "no valid Content-Length: "
			    "skipped to the next record");
			r->n.malformed++;
			r->pos += hlen;
			r->lost = 1;
			continue;
		}
		break;
	}
	memset(&pg, 0, sizeof pg);
	pg.charset = CS_NONE;
	r->rec_malformed = 0;
	r->pos += hlen;
	r->hold = r->pos;
	r->holding = 1;	/* the block stays until it is made a page */
	keep = (size_t)length < r->sink->max_doc ? (size_t)length :
	    r->sink->max_doc;
	ensure(r, keep);
	r->hold = r->pos;
	have = r->buf->len - r->pos < keep ? r->buf->len - r->pos : keep;
	block = NULL;		/* buf[hold..hold + have), or cut_block */
	if (have < keep) {
		char msg[96];

		snprintf(msg, sizeof msg, "file ends inside the record "
		    "(%zu of %lld bytes)", have, length);
		say(r, r->start, msg);
		page_problem(&pg, "truncated-record");
		count_malformed(r);
		r->pos += have;
	} else if ((unsigned long long)length > keep) {
		/* over max_doc: keep the start, skip the rest as it comes */
		unsigned long long skip = (unsigned long long)length - keep;
		char msg[96];

		buf_clear(&r->cut_block);
		buf_add(&r->cut_block, r->buf->data + r->pos, keep);
		block = r->cut_block.data;
		r->pos += keep;
		r->holding = 0;
		while (skip) {
			size_t k = r->buf->len - r->pos;

			if (k > skip)
				k = (size_t)skip;
			r->pos += k;
			skip -= k;
			if (skip && !ensure(r, 1))
				break;
		}
		snprintf(msg, sizeof msg, "block over %zu bytes: cut there",
		    r->sink->max_doc);
		say(r, r->start, msg);
		r->n.cut++;
		page_problem(&pg, "truncated-record");
		if (skip) {
			say(r, r->start, "file ends inside the record");
			count_malformed(r);
		}
	} else {
		r->pos += keep;
	}
	if (r->truncated) {
		say(r, r->start, "WARC-Truncated: the crawler cut the record");
		page_problem(&pg, "truncated-record");
	}
	/* the block must be followed by an empty line, then a record */
	if (!r->eof || r->pos < r->buf->len) {
		size_t i;
		int ok;

		ensure(r, 9);
		for (i = r->pos; i < r->buf->len && i < r->pos + 4 &&
		    (r->buf->data[i] == '\r' || r->buf->data[i] == '\n'); i++)
			;
		/* an empty line ends it; what follows is the next call's */
		ok = i == r->buf->len || i - r->pos == 4 ||
		    (r->buf->len - i >= 5 &&
		    strncmp(r->buf->data + i, "WARC/", 5) == 0);
		if (!ok) {
			say(r, r->start, "Content-Length does not end the "
			    "record: kept, and looking for the next one");
			page_problem(&pg, "malformed-record");
			count_malformed(r);
			r->lost = 1;	/* resynchronise at the next call */
		}
	}
	if (!block)
		block = r->buf->data + r->hold;
	record_page(r, block, have, &pg);
	r->holding = 0;
	return 1;
}

static void
summary(struct reader *r)
{
	struct buf b = BUF_INIT;
	size_t skipped = r->n.request + r->n.metadata + r->n.warcinfo +
	    r->n.revisit + r->n.other_type + r->n.not_html + r->n.unsupported;

	buf_printf(&b, "%zu record%s, %zu document%s", r->n.records,
	    r->n.records == 1 ? "" : "s", r->n.documents,
	    r->n.documents == 1 ? "" : "s");
	if (skipped) {
		buf_printf(&b, "; skipped %zu:", skipped);
#define PART(f, name) \
		if (r->n.f) \
			buf_printf(&b, " %zu %s,", r->n.f, name);
		PART(request, "request")
		PART(warcinfo, "warcinfo")
		PART(metadata, "metadata")
		PART(revisit, "revisit")
		PART(other_type, "of other types")
		PART(not_html, "not HTML")
		PART(unsupported, "in an unknown Content-Encoding")
#undef PART
		buf_truncate(&b, b.len - 1);
	}
	if (r->n.malformed)
		buf_printf(&b, "; %zu malformed", r->n.malformed);
	if (r->n.cut)
		buf_printf(&b, "; %zu cut at --max-doc-size", r->n.cut);
	/* read as WARC (--format warc) with no "WARC/" line anywhere: none
	 * of the input was read, an error rather than a repair (a WARC cut
	 * inside its first header is a cut WARC, said as such above) */
	if (!r->warc_seen && r->n.malformed) {
		buf_printf(&b, ": not a WARC file");
		r->in->failed = 1;
	}
	if (r->n.stored_decoded)
		buf_printf(&b, "; %zu bodies stored decoded despite their "
		    "headers", r->n.stored_decoded);
	if (skipped || r->n.malformed || r->n.cut || r->n.stored_decoded)
		warning("%s: %s", r->in->name, b.data);
	if ((r->n.malformed || r->n.cut) && r->in->opt->strict)
		r->in->failed = 1;
	buf_free(&b);
}

void
warc_each(struct input *in, struct buf *raw, const struct page_sink *sink)
{
	struct reader r;

	memset(&r, 0, sizeof r);
	r.in = in;
	r.sink = sink;
	r.buf = raw;
	if (raw->len)
		note_origin(&r);	/* the first block, read by the caller */
	while (next_record(&r))
		;
	summary(&r);
	free(r.org);
	buf_free(&r.uri);
	buf_free(&r.date);
	buf_free(&r.rid);
	buf_free(&r.ctype);
	buf_free(&r.id);
	buf_free(&r.cut_block);
	buf_free(&r.dec);
	buf_free(&r.scratch);
}
