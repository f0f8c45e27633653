/* strip-markup: HTML (or plain text) in, the copydesk stream out.
 *
 * Each input is read one document at a time: the bytes of a page are held
 * until its end so that its metadata can go in the <doc> line before its
 * text.  Pages concatenated in one input are split after </html>, where
 * the next doctype or <html> starts (tok_pages_split, in tokenizer.c).  A
 * page larger than --max-doc-size is streamed with the metadata of its
 * first part.
 *
 * The first block of an input decides what it is (--format overrides):
 * a WARC file (warc.c) or JSON Lines (jsonl.c), whose pages come back
 * here one at a time through page_document(); binary data, which is
 * skipped; or HTML or text.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>

#include "charset.h"
#include "cli.h"
#include "err.h"
#include "html.h"
#include "input.h"
#include "jsonl.h"
#include "meta.h"
#include "page.h"
#include "plain.h"
#include "stream.h"
#include "text.h"
#include "warc.h"
#include "xalloc.h"

#define CHUNK (64 * 1024)
#define DEFAULT_MAX_DOC (64 * 1024 * 1024)
#define FLUSH_BODY (64 * 1024)	/* when streaming a big document */
#define FEED_CHUNK (64 * 1024)	/* a document is decoded this much at a time */
/* the first chunk fed must show plain_is_markup all it looks at */
_Static_assert(FEED_CHUNK >= PLAIN_SNIFF, "FEED_CHUNK below PLAIN_SNIFF");

static const char usage_text[] =
    "usage: %s [-ahnV] [--alt] [-c charset] [--format format]\n"
    "%*s[--max-doc-size bytes] [--strict] [file ...]\n"
    "  -a, --article           keep only the article body\n"
    "  -c, --charset=NAME      decode input as NAME (a WHATWG label)\n"
    "      --format=FORMAT     auto (default), html, text, warc or jsonl\n"
    "  -n, --no-doc            write bare text, without <doc> lines\n"
    "      --alt               write the alt text of images\n"
    "      --max-doc-size=N    stream documents over N bytes (default 64M)\n"
    "      --strict            invalid input is an error\n"
    "  -h, --help              show this help\n"
    "  -V, --version           show the version\n";

enum format { F_AUTO, F_HTML, F_TEXT, F_WARC, F_JSONL };

struct options {
	enum format format;
	int no_doc;
	size_t max_doc;
	charset_t charset;
	struct html_options html;
	struct input_options input;
};

struct ctx {
	const struct options *opt;
	struct buf raw;		/* bytes of the current document not yet used */
	struct buf dec;		/* decoded UTF-8 */
	struct buf body;	/* paragraphs, ready to write */
	struct buf line;
	struct text text;
	struct meta meta;
	struct html html;
	struct plain plain;
	struct doc doc;
	struct charset_decoder decoder;
	struct page_sink sink;	/* for the dump readers */
	struct buf lines;	/* text whose lines are paragraphs, spaced */
	size_t stray;		/* bytes of the input's undeclared UTF-8 read
				   as windows-1252 (charset_utf8_mixed) */

	/* per document */
	size_t scan;		/* raw[0..scan) holds no document boundary */
	struct tok_pages pages;	/* the boundary scan, at scan */
	int streaming;		/* over max_doc: text goes out as it comes */
	int markup;		/* HTML rather than plain text; -1 unknown */
	unsigned docno;		/* 1 for the first document of an input */
	int wrote;		/* some text has been written (for --no-doc) */
	int hidden_only;	/* the text was all in hidden elements: 1
				   written from them, 2 too big to go over
				   again, left out */
	enum script_kind script_text;	/* the text is the script data's
					   (SCRIPT_JSONLD, SCRIPT_STATE) */
	struct buf script_paras;
	int scripts_wanted;	/* next to no text, and the script data was
				   not kept: the page is gone over again */
};

static void
usage(void)
{
	printf(usage_text, progname(), (int)strlen(progname()) + 8, "");
	exit(cli_finish(0));
}

static size_t
parse_size(const char *s)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (end == s || errno || *s == '-')
		usage_error("invalid size '%s'", s);
	switch (*end) {
	case 'k': case 'K': v *= 1024; end++; break;
	case 'm': case 'M': v *= 1024 * 1024; end++; break;
	case 'g': case 'G': v *= 1024 * 1024 * 1024; end++; break;
	}
	if (*end || v < 1024 || v > SIZE_MAX / 2)
		usage_error("invalid size '%s' (from 1024 bytes)", s);
	return (size_t)v;
}

static enum format
parse_format(const char *s)
{
	static const char *const names[] = {
		"auto", "html", "text", "warc", "jsonl"
	};
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(s, names[i]) == 0)
			return (enum format)i;
	usage_error("unknown format '%s' (auto, html, text, warc, jsonl)", s);
	return F_AUTO;
}

/* ---- documents ---- */

static void
doc_begin(struct ctx *c)
{
	buf_clear(&c->body);
	text_reset(&c->text);
	meta_reset(&c->meta);
	html_reset(&c->html);
	plain_init(&c->plain, &c->text, &c->meta, c->opt->html.article);
	c->scan = 0;
	tok_pages_reset(&c->pages);
	c->streaming = 0;
	c->hidden_only = 0;
	c->script_text = SCRIPT_NONE;
	c->scripts_wanted = 0;
	c->html.keep_scripts = 0;
}

static void
feed(struct ctx *c, const char *s, size_t n)
{
	if (!n)
		return;
	if (c->markup < 0) {
		c->markup = c->opt->format == F_HTML ? 1 :
		    c->opt->format == F_TEXT ? 0 : plain_is_markup(s, n);
		/* an article is chosen from the page's paragraphs at its end */
		c->html.art_on = c->markup && c->opt->html.article &&
		    !c->streaming;
		c->text.sink = c->html.art_on ? html_para : NULL;
		c->text.sink_ctx = &c->html;
	}
	if (c->markup)
		html_feed(&c->html, s, n);
	else
		plain_feed(&c->plain, s, n);
}

/* decode s[0..n) and feed it; returns the bytes used */
static size_t
decode_feed(struct ctx *c, const char *s, size_t n, int final)
{
	size_t used;

	buf_clear(&c->dec);
	used = charset_decode(&c->decoder, s, n, &c->dec, final);
	feed(c, c->dec.data, c->dec.len);
	return used;
}

/*
 * The bytes b[*done..upto) will not be read again: their memory pages go
 * back to the system (the buffer keeps its size; the pages read as zero
 * if touched again); *done moves on.  A document's raw bytes are held
 * whole until its end, up to --max-doc-size; with this the text built
 * from them grows as they go, so that a big page costs its size once,
 * not twice.
 */
static void
release_used(struct buf *b, size_t *done, size_t upto)
{
#ifdef MADV_DONTNEED
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t from = ((uintptr_t)b->data + *done + page - 1) & ~(page - 1);
	uintptr_t to = ((uintptr_t)b->data + upto) & ~(page - 1);

	if (to > from) {
		madvise((void *)from, to - from, MADV_DONTNEED);
		*done = (size_t)(to - (uintptr_t)b->data);
	}
#else
	(void)b;
	(void)done;
	(void)upto;
#endif
}

/* whether feeding raw[from..n) gives its pages back as they are used:
 * a big document's only (not worth a system call for less), which cannot
 * then be gone over again */
static int
gives_back(size_t from, size_t n)
{
	return n - from >= 16 * FEED_CHUNK;
}

/*
 * Decode s[from..n) and feed it FEED_CHUNK bytes at a time, so that the
 * decoded copy stays small whatever the document's size; final at the end
 * of a document.  Until the first text fed has decided markup or plain
 * (from its first PLAIN_SNIFF bytes) the decoded text is held, so that the
 * decision is the one the whole would give.  direct: the bytes are UTF-8
 * that text_add repairs itself; they go as they are, cut between
 * characters.  s is raw's data when raw is given: its pages are given
 * back as they are used (a big document's only).  Returns the offset
 * reached (without final, a sequence cut by n is left for later).
 */
static size_t
feed_chunked(struct ctx *c, const char *s, size_t from, size_t n,
    int final, int direct, struct buf *raw)
{
	size_t pos = from, len, used, k, released = from;
	int last;

	if (!gives_back(from, n))
		raw = NULL;
	buf_clear(&c->dec);
	while (pos < n) {
		len = n - pos > FEED_CHUNK ? FEED_CHUNK : n - pos;
		last = pos + len == n;
		if (direct) {
			/* a cut inside a character would make two U+FFFD */
			for (k = 0; !last && k < 4 &&
			    ((unsigned char)s[pos + len - k] & 0xC0) == 0x80;
			    k++)
				;
			if (k < 4)
				len -= k;
			feed(c, s + pos, len);
			pos += len;
		} else {
			used = charset_decode(&c->decoder, s + pos, len,
			    &c->dec, final && last);
			pos += used;
			if (c->markup >= 0 || c->dec.len >= PLAIN_SNIFF ||
			    last || !used) {
				feed(c, c->dec.data, c->dec.len);
				buf_clear(&c->dec);
			}
			if (!used)
				break;	/* only a cut sequence is left */
		}
		if (raw)
			release_used(raw, &released, pos);
	}
	return pos;
}

/*
 * The problems of a finished document (see copydesk-stream(7)), added to
 * those its dump reader found; an empty article is also said on stderr.
 */
static void
doc_problems(struct ctx *c, struct page *pg, const char *id)
{
	if (c->decoder.invalid || c->text.invalid || c->decoder.stray)
		page_problem(pg, "charset-replaced");
	if (c->hidden_only) {
		page_problem(pg, "hidden-text");
		warning(c->hidden_only == 1 ? "%s: all its text is in hidden"
		    " elements (a script shows them): written from them" :
		    "%s: all its text is in hidden elements (a script shows"
		    " them), and the page is too big to go over again: none"
		    " written", id);
	}
	if (c->script_text) {
		page_problem(pg, c->script_text == SCRIPT_JSONLD ?
		    "json-ld-text" : "script-text");
		warning("%s: next to no text in its HTML: written from its %s", id,
		    c->script_text == SCRIPT_JSONLD ? "JSON-LD articleBody" :
		    "scripts' data");
	}
	if (c->opt->html.article && !c->body.len && !c->streaming &&
	    c->hidden_only != 2) {
		page_problem(pg, "empty-article");
		warning("%s: article mode found no text", id);
	} else if (!c->opt->html.article && !c->body.len && !c->streaming &&
	    !c->hidden_only) {
		/* a page of scripts only (a bot wall, an app's shell) or an
		 * empty input: rows per line would have none of it */
		page_problem(pg, "no-text");
		warning("%s: no text", id);
	}
}

/* the <doc> line: id, what the page says, then what its dump says */
static void
put_doc_line(struct ctx *c, struct input *in, struct page *pg)
{
	struct page plain_page;
	const char *const *x;

	if (!pg) {
		memset(&plain_page, 0, sizeof plain_page);
		pg = &plain_page;
	}
	doc_clear(&c->doc);
	if (pg->id) {
		doc_set(&c->doc, "id", pg->id, strlen(pg->id));
	} else if (c->docno == 1) {
		doc_set(&c->doc, "id", in->id, strlen(in->id));
	} else {
		buf_clear(&c->line);
		buf_printf(&c->line, "%s#%u", in->id, c->docno);
		doc_set(&c->doc, "id", c->line.data, c->line.len);
	}
	doc_problems(c, pg, doc_get(&c->doc, "id"));
	if (c->opt->no_doc)
		return;
	meta_to_doc(&c->meta, &c->doc);
	if (pg->fetched)
		doc_set(&c->doc, "fetched", pg->fetched, strlen(pg->fetched));
	for (x = pg->extra; x && x[0]; x += 2)
		doc_set(&c->doc, x[0], x[1], strlen(x[1]));
	if (pg->problem[0])
		doc_set(&c->doc, "problem", pg->problem, strlen(pg->problem));
	buf_clear(&c->line);
	doc_format(&c->line, &c->doc);
	buf_addc(&c->line, '\n');
	fwrite(c->line.data, 1, c->line.len, stdout);
}

static void
put_body(struct ctx *c)
{
	if (!c->body.len)
		return;
	/* bare text of several documents: keep their paragraphs apart */
	if (c->opt->no_doc && c->wrote && c->text.nparas &&
	    c->body.data[0] != '\n')
		putchar('\n');
	fwrite(c->body.data, 1, c->body.len, stdout);
	c->wrote = 1;
	buf_clear(&c->body);
}

/* start decoding: the charset, and markup or text, from raw[0..n) */
static size_t
doc_start_decoding(struct ctx *c, size_t n, int complete)
{
	size_t bom;
	charset_t cs;

	cs = charset_sniff(c->raw.data, n, complete, c->opt->charset, &bom);
	charset_decoder_init(&c->decoder, cs);
	c->markup = -1;		/* the first text fed decides */
	return bom;
}

/* the repairs counted for the current document start again from zero:
 * once they are reported, or before a document is gone over again */
static void
forget_counts(struct ctx *c)
{
	c->decoder.invalid = c->text.invalid = c->text.controls = 0;
	c->decoder.stray = 0;
	c->text.cut = 0;
}

/* what the decoder and the text repaired, to be reported per input */
static void
account(struct ctx *c, struct input *in)
{
	size_t repaired = c->decoder.invalid + c->text.invalid +
	    c->text.controls + c->decoder.stray;

	in->repairs.invalid += c->decoder.invalid + c->text.invalid;
	in->repairs.controls += c->text.controls;
	in->cut_lines += c->text.cut;
	c->stray += c->decoder.stray;
	if (repaired && c->opt->input.strict)
		in->failed = 1;
	forget_counts(c);
}

/*
 * Whether the document's text was all in hidden elements (hidden,
 * aria-hidden, display:none), none of it dropped otherwise: pages that
 * hide their whole body until a script shows it would come out empty.
 * They are gone over again with hidden elements taken as text.
 */
static int
all_hidden(const struct ctx *c)
{
	return c->markup > 0 && !c->html.show_hidden &&
	    !c->html.visible_text && c->html.hidden_text;
}

/*
 * HTML that gave next to nothing (under SCRIPT_TINY bytes: a page its
 * scripts write, whose story is only in its JSON-LD or its framework's
 * state): the article the script data holds, if it has one, instead, in
 * both modes.  Not for a streamed page (its text is partly out), nor one
 * whose text is all hidden (gone over again for it first).
 */
static void
script_instead(struct ctx *c)
{
	void (*sink)(void *, const char *, size_t) = c->text.sink;
	void (*seen)(void *, const char *, size_t) = c->text.para_seen;
	const char *s, *nl, *end;

	if (c->streaming || c->body.len >= SCRIPT_TINY || all_hidden(c))
		return;
	if (!c->html.keep_scripts) {
		/* kept only when needed: a page with text copies none */
		c->scripts_wanted = 1;
		return;
	}
	buf_clear(&c->script_paras);
	c->script_text = script_data_text(&c->html.script,
	    meta_get(&c->meta, M_TITLE), c->body.len, &c->script_paras);
	if (!c->script_text)
		return;
	buf_clear(&c->body);
	c->text.nparas = 0;
	/* straight to the body: no article to choose, no dateline */
	c->text.sink = NULL;
	c->text.para_seen = NULL;
	s = c->script_paras.data;
	end = s + c->script_paras.len;
	for (; s < end; s = nl + 1) {
		if (!(nl = memchr(s, '\n', (size_t)(end - s))))
			nl = end;
		text_add(&c->text, s, (size_t)(nl - s));
		text_break(&c->text);
	}
	c->text.sink = sink;
	c->text.para_seen = seen;
}

/* the page is read again from its start, what the pass before counted
 * forgotten: hidden elements shown or not, its script data kept or not */
static void
read_again(struct ctx *c, int show_hidden, int hidden_only,
    int keep_scripts)
{
	doc_begin(c);
	forget_counts(c);
	c->html.show_hidden = show_hidden;
	c->hidden_only = hidden_only;
	c->html.keep_scripts = keep_scripts;
}

static void
finish(struct ctx *c)
{
	if (c->markup > 0) {
		html_finish(&c->html);
		script_instead(c);
	} else {
		plain_finish(&c->plain);
	}
}

/* the document is raw[0..end): finish it and write it out */
static void
doc_end(struct ctx *c, struct input *in, size_t end)
{
	size_t bom = 0;
	int direct, kept;

	if (!c->streaming) {
		for (;;) {
			bom = doc_start_decoding(c, end, 1);
			/* UTF-8 needs no decoding: text_add repairs and
			 * counts */
			direct = c->decoder.cs == CS_UTF8 && !bom &&
			    c->opt->charset == CS_NONE;
			kept = !gives_back(bom, end);
			/* a page that cannot be gone over again keeps its
			 * script data as it is read */
			if (!kept)
				c->html.keep_scripts = 1;
			feed_chunked(c, c->raw.data, bom, end, 1, direct,
			    &c->raw);
			finish(c);
			if (all_hidden(c)) {
				if (!kept) {
					c->hidden_only = 2;
					break;
				}
				read_again(c, 1, 1, 0);
			} else if (c->scripts_wanted) {
				/* hidden elements as they were shown */
				read_again(c, c->html.show_hidden,
				    c->hidden_only, 1);
			} else {
				break;
			}
		}
		put_doc_line(c, in, NULL);
	} else {
		feed_chunked(c, c->raw.data, 0, end, 1, 0, &c->raw);
		finish(c);
		/* its <doc> line is out: no problem attribute, a word */
		if (all_hidden(c))
			warning("%s: all its text is in hidden elements (a"
			    " script shows them), and the document was"
			    " streamed: none written", in->name);
	}
	account(c, in);
	put_body(c);
	if (!c->opt->no_doc)
		fputs("</doc>\n", stdout);
	/* keep what belongs to the next document */
	memmove(c->raw.data, c->raw.data + end, c->raw.len - end);
	buf_truncate(&c->raw, c->raw.len - end);
}

/* over the size limit: write what we know and stream the rest */
static void
doc_stream(struct ctx *c, struct input *in)
{
	size_t bom, used;

	warning("%s: document over %zu bytes: streamed with the metadata "
	    "of its first part%s", in->name, c->opt->max_doc,
	    c->opt->html.article ? ", in plain mode" : "");
	c->streaming = 1;	/* before the first text decides the mode */
	bom = doc_start_decoding(c, c->scan, 0);
	used = feed_chunked(c, c->raw.data, bom, c->scan, 0, 0, &c->raw);
	put_doc_line(c, in, NULL);
	put_body(c);
	memmove(c->raw.data, c->raw.data + used, c->raw.len - used);
	buf_truncate(&c->raw, c->raw.len - used);
	c->scan -= used;
}

/* ---- pages from dumps ---- */

/* s[0..n) with an empty line after each line, so each is a paragraph */
static void
space_lines(struct buf *out, const char *s, size_t n)
{
	const char *nl, *end = s + n;

	buf_clear(out);
	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (!nl)
			nl = end;
		buf_add(out, s, (size_t)(nl - s));
		buf_add(out, "\n\n", 2);
		s = nl + (nl < end);
	}
}

/* one pass over a dump's page, hidden elements shown or not, its script
 * data kept or not */
static void
page_pass(struct ctx *c, const char *s, size_t n, struct page *pg,
    int show_hidden, int keep_scripts)
{
	size_t bom;
	charset_t cs;
	int lines_direct;

	doc_begin(c);
	c->html.show_hidden = show_hidden;
	c->html.keep_scripts = keep_scripts;
	/*
	 * A text field of UTF-8 (JSON's) needs no decoding, text_add repairs
	 * and counts, nor a copy with its lines spaced: it goes to the text
	 * in one pass, as in doc_end.  A BOM or -c takes the long way.
	 */
	lines_direct = pg->text && pg->charset == CS_UTF8 &&
	    c->opt->charset == CS_NONE &&
	    charset_bom(s, n, &bom) == CS_NONE;
	if (pg->text && !lines_direct) {
		space_lines(&c->lines, s, n);
		s = c->lines.data;
		n = c->lines.len;
	}
	cs = charset_sniff_transport(s, n, 1, c->opt->charset, pg->charset,
	    &bom);
	charset_decoder_init(&c->decoder, cs);
	c->markup = pg->text ? 0 : c->opt->format == F_TEXT ? 0 : 1;
	c->html.art_on = c->markup && c->opt->html.article;
	c->text.sink = c->html.art_on ? html_para : NULL;
	c->text.sink_ctx = &c->html;
	/* no publication date after the fetch */
	if (pg->fetched)
		meta_fetched(&c->meta, pg->fetched, strlen(pg->fetched));
	/* the dump's word beats the page's, but a page's lang beats HTTP's */
	if (pg->url)
		meta_offer(&c->meta, M_URL, P_JSONLD + 1, pg->url,
		    strlen(pg->url));
	if (pg->title)
		meta_offer(&c->meta, M_TITLE, P_JSONLD + 1, pg->title,
		    strlen(pg->title));
	if (pg->date)
		meta_offer(&c->meta, M_DATE, P_JSONLD + 1, pg->date,
		    strlen(pg->date));
	if (pg->author)
		meta_offer(&c->meta, M_AUTHOR, P_JSONLD + 1, pg->author,
		    strlen(pg->author));
	if (pg->lang)
		meta_offer(&c->meta, M_LANG, P_TEXT, pg->lang,
		    strlen(pg->lang));
	if (lines_direct)
		plain_feed_lines(&c->plain, s, n);
	else
		feed_chunked(c, s, bom, n, 1, 0, NULL);
	finish(c);
}

/* a page from a dump reader becomes one document */
static void
page_document(void *ctxp, struct input *in, const char *s, size_t n,
    struct page *pg)
{
	struct ctx *c = ctxp;

	page_pass(c, s, n, pg, 0, 0);
	if (all_hidden(c)) {
		forget_counts(c);
		page_pass(c, s, n, pg, 1, 0);
		c->hidden_only = 1;
	}
	if (c->scripts_wanted) {
		int hidden_only = c->hidden_only;

		forget_counts(c);
		page_pass(c, s, n, pg, hidden_only, 1);
		c->hidden_only = hidden_only;
	}
	put_doc_line(c, in, pg);
	account(c, in);
	put_body(c);
	if (!c->opt->no_doc)
		fputs("</doc>\n", stdout);
}

/* ---- what an input is ---- */

static int
is_binary(const char *s, size_t n)
{
	static const struct {
		const char *magic;
		size_t len;
	} magics[] = {
		{ "\x89PNG\r\n\x1A\n", 8 }, { "GIF87a", 6 }, { "GIF89a", 6 },
		{ "\xFF\xD8\xFF", 3 }, { "%PDF-", 5 }, { "PK\x03\x04", 4 },
		{ "RIFF", 4 }, { "\x00\x00\x01\x00", 4 }, { "BM", 2 },
		{ "\x7F" "ELF", 4 }, { "\x28\xB5\x2F\xFD", 4 },
		{ "BZh", 3 }, { "\xFD" "7zXZ", 5 },
	};
	size_t i, controls = 0;

	for (i = 0; i < sizeof magics / sizeof magics[0]; i++)
		if (n >= magics[i].len &&
		    memcmp(s, magics[i].magic, magics[i].len) == 0 &&
		    /* "BM" and "RIFF" start words too: need a NUL nearby */
		    (magics[i].len > 4 || memchr(s, 0, n < 64 ? n : 64)))
			return 1;
	/* UTF-16 and UTF-32 text holds NULs: its BOM says so */
	if (n >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') ||
	    (s[0] == '\xFE' && s[1] == '\xFF')))
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];

		if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' &&
		    b != '\f' && b != 0x1B)
			controls++;
	}
	/*
	 * A few stray NULs and controls in text are repaired and counted;
	 * binary data has them everywhere (random bytes: 1 in 9).
	 */
	return controls >= 8 && controls * 16 > n;
}

static enum format
detect(const struct ctx *c)
{
	const char *s = c->raw.data;
	size_t n = c->raw.len, i;

	if (c->opt->format != F_AUTO)
		return c->opt->format;
	if (warc_detect(s, n))
		return F_WARC;
	i = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	for (; i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
	    s[i] == '\n'); i++)
		;
	if (jsonl_detect(s + i, n - i))
		return F_JSONL;
	return F_AUTO;
}

/* ---- inputs ---- */

static void read_input(struct input *in, struct ctx *c);

/* an input, and its repairs that common/input.c does not count */
static void
on_input(struct input *in, void *ctxp)
{
	struct ctx *c = ctxp;

	c->stray = 0;
	read_input(in, c);
	if (c->stray)
		warning("%s: read %zu stray byte%s in UTF-8 text as"
		    " windows-1252", in->name, c->stray,
		    c->stray == 1 ? "" : "s");
}

static void
read_input(struct input *in, struct ctx *c)
{
	size_t k, split, safe = 0, used;
	int final, first = 1;

	buf_clear(&c->raw);
	buf_reserve(&c->raw, CHUNK);
	k = input_read(in, c->raw.data, CHUNK);
	buf_truncate(&c->raw, k);
	/* nothing could be read (a gzip broken from its first bytes): the
	 * error was said, and no document stands for the input (a no-text
	 * one said "no text" after it and was a row of a CSV) */
	if (k == 0 && input_failed(in))
		return;
	switch (detect(c)) {
	case F_WARC:
		warc_each(in, &c->raw, &c->sink);
		return;
	case F_JSONL:
		jsonl_each(in, &c->raw, &c->sink);
		return;
	case F_AUTO:
		if (is_binary(c->raw.data, c->raw.len)) {
			warning("%s: binary data, skipped", in->name);
			in->failed = 1;
			return;
		}
		break;
	default:
		break;
	}
	c->docno = 1;
	doc_begin(c);
	for (;;) {
		if (!first) {
			buf_reserve(&c->raw, CHUNK);
			k = input_read(in, c->raw.data + c->raw.len, CHUNK);
			buf_truncate(&c->raw, c->raw.len + k);
		}
		first = 0;
		final = k == 0;
		while ((split = tok_pages_split(&c->pages, c->raw.data,
		    c->raw.len, c->scan, final, &safe))) {
			doc_end(c, in, split);
			c->docno++;
			doc_begin(c);
		}
		c->scan = safe;
		if (final)
			break;
		if (!c->streaming && c->raw.len > c->opt->max_doc)
			doc_stream(c, in);
		if (c->streaming && c->scan) {
			used = decode_feed(c, c->raw.data, c->scan, 0);
			memmove(c->raw.data, c->raw.data + used,
			    c->raw.len - used);
			buf_truncate(&c->raw, c->raw.len - used);
			c->scan -= used;
			if (c->body.len >= FLUSH_BODY)
				put_body(c);
		}
	}
	/* an input's last document; an empty input is an empty document */
	if (c->raw.len || c->streaming || c->docno == 1)
		doc_end(c, in, c->raw.len);
}

/* the context of a run with options opt, and its end (main and the fuzz
 * harness share both) */
static void
ctx_init(struct ctx *c, const struct options *opt)
{
	memset(c, 0, sizeof *c);
	c->opt = opt;
	text_init(&c->text, &c->body);
	meta_init(&c->meta);
	html_init(&c->html, &opt->html, &c->text, &c->meta);
	c->sink.page = page_document;
	c->sink.ctx = c;
	c->sink.max_doc = opt->max_doc;
}

static void
ctx_free(struct ctx *c)
{
	charset_decoder_free(&c->decoder);
	html_free(&c->html);
	meta_free(&c->meta);
	text_free(&c->text);
	doc_free(&c->doc);
	buf_free(&c->raw);
	buf_free(&c->dec);
	buf_free(&c->body);
	buf_free(&c->line);
	buf_free(&c->lines);
	buf_free(&c->script_paras);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "alt", no_argument, NULL, 'A' },
		{ "article", no_argument, NULL, 'a' },
		{ "charset", required_argument, NULL, 'c' },
		{ "format", required_argument, NULL, 'F' },
		{ "max-doc-size", required_argument, NULL, 'M' },
		{ "no-doc", no_argument, NULL, 'n' },
		{ "strict", no_argument, NULL, 'S' },
		CLI_LONGOPTS_COMMON,
		{ NULL, 0, NULL, 0 }
	};
	struct options opt;
	struct ctx c;
	int ch, status;

	cli_start(argv[0]);
	memset(&opt, 0, sizeof opt);
	opt.max_doc = DEFAULT_MAX_DOC;
	opt.input.max_line = TEXT_MAX_PARA;	/* named when cuts are reported */
	opt.charset = CS_NONE;
	while ((ch = cli_getopt(argc, argv, "ac:hnV", longopts)) != -1) {
		switch (ch) {
		case 'a':
			opt.html.article = 1;
			break;
		case 'A':
			opt.html.alt = 1;
			break;
		case 'c':
			opt.charset = charset_from_label(optarg,
			    strlen(optarg));
			if (opt.charset == CS_NONE)
				usage_error("unknown charset '%s'", optarg);
			break;
		case 'F':
			opt.format = parse_format(optarg);
			break;
		case 'h':
			usage();
			break;
		case 'M':
			opt.max_doc = parse_size(optarg);
			break;
		case 'n':
			opt.no_doc = 1;
			break;
		case 'S':
			opt.input.strict = 1;
			break;
		case 'V':
			cli_version();
			break;
		}
	}

	ctx_init(&c, &opt);
	status = input_each(argc - optind, argv + optind, &opt.input,
	    on_input, &c);
	ctx_free(&c);
	return cli_finish(status);
}
