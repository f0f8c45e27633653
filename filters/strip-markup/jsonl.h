/* jsonl.h: JSON Lines dumps (one JSON object per line) as pages.
 *
 * Each line's object is one document, id FILE:LINE.  The fields of the
 * shapes people have (crawler exports {url, html}; Hugging Face cc_news
 * and trafilatura {url or source, title, date, author, hostname, text};
 * news-please {url, title, maintext, date_publish, authors, language}):
 *
 *   markup   html, raw_html, content_html: goes through the HTML path
 *   text     maintext, text, raw_text, content: a paragraph per line
 *   url      url, else source, link
 *   title    title;  date  date_publish, date, published;
 *   author   author, authors (a list: joined with "; ");
 *   lang     language, lang
 *
 * The other markup and text fields are left out (news-please's text beside
 * maintext, trafilatura's raw_text beside text).  Every other field whose
 * value is a string, number or boolean becomes an
 * attribute of the same name (characters other than letters, digits, -,
 * _ and . become _; one named id, fetched, problem or as a known field
 * already taken is prefixed json-); lists and objects are left out.  A
 * line that is no JSON object gets a warning with its line number and is
 * skipped; the skips are counted in one line per input.
 *
 * The parser is our own: one line in memory, strings unescaped once,
 * nesting skipped without recursion (see doc/dumps.md for the
 * measurement against jansson and json-c).
 */
#ifndef STRIP_MARKUP_JSONL_H
#define STRIP_MARKUP_JSONL_H

#include <stddef.h>

#include "buf.h"
#include "input.h"
#include "page.h"

/* whether s[0..n) (leading whitespace skipped) starts a JSON Lines file */
int jsonl_detect(const char *s, size_t n);

/* read the objects of in (raw: bytes already read) and hand them to sink */
void jsonl_each(struct input *in, struct buf *raw,
    const struct page_sink *sink);

/*
 * The JSON string at *p (its opening quote) unescaped onto out (appended);
 * *p moves past its closing quote.  A lone surrogate becomes U+FFFD.
 * 0 if malformed.  (Article mode reads script data with it too.)
 */
int jsonl_string(const char **p, const char *end, struct buf *out);

/* p past JSON's whitespace (space, tab, CR, LF), at most to end */
static inline const char *
jsonl_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
	    *p == '\n'))
		p++;
	return p;
}

#endif
