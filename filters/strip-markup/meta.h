/* meta.h: a document's metadata, gathered from the strongest source seen.
 *
 * Each field keeps the value offered with the highest priority, so the
 * order in which the page states things does not matter (og:title beats
 * <title>, which beats the first h1).
 */
#ifndef STRIP_MARKUP_META_H
#define STRIP_MARKUP_META_H

#include <stddef.h>

#include "attrs.h"
#include "buf.h"
#include "lang.h"
#include "stream.h"
#include "tokenizer.h"

enum meta_field { M_URL, M_TITLE, M_DATE, M_AUTHOR, M_LANG, M_SOURCE, M_N };

/* priorities, weakest first (the order Readability found best) */
enum {
	P_DESCRIPTION = 1,	/* a date in the page's description */
	P_CHANGED,	/* a line of the page's last change, any length */
	P_HATOM,	/* hAtom's title=: <abbr class=published title=…> */
	P_SCRIPT,	/* a script's data: "published_at":"2019-03-02" */
	P_URL,		/* a date in the page's URL */
	P_UPDATED,	/* a dateline that says it is of an update */
	P_TEXT,		/* a dateline or byline in the text, an h1 */
	P_TAG,		/* <title>, <time datetime>, rel=author */
	P_META,		/* <meta name=author>, twitter:* */
	P_OG,		/* Open Graph and article:* properties */
	P_DC,		/* Dublin Core */
	P_JSONLD,	/* schema.org data */
	P_RECORD	/* a dump's record about the page (JSON Lines fields) */
};

/* where a declared language comes from, weakest first: a page's own
 * word beats what its container (HTTP, a dump's record) says of it */
enum lang_from {
	LANG_FROM_HTTP = 1,	/* HTTP or WARC Content-Language */
	LANG_FROM_JSON,		/* a JSON record's "language" field */
	LANG_FROM_DC,		/* <meta name=dc.language> */
	LANG_FROM_OG,		/* <meta property=og:locale> */
	LANG_FROM_EQUIV,	/* <meta http-equiv=content-language> */
	LANG_FROM_HTML		/* <html lang> or xml:lang */
};

struct meta {
	struct buf value[M_N];
	int prio[M_N];
	struct buf scratch;
	struct lang_sample sample;	/* of the text, for lang */
	char tomorrow[11];	/* YYYY-MM-DD, when the program started */
	char latest[11];	/* the latest plausible date: tomorrow or
				 * the day the page was fetched */
	char dateline[11];	/* the day of the page's first dateline, or
				 * "": the local day of a date in UTC */
	/* machine dates with a time and no zone ("2023-11-08 18:09:55")
	 * or a zone other than UTC's ("2023-10-31T05:41:58+01:00"),
	 * the first LOCAL_TIMES of the page as YYYY-MM-DDTHH:MM:SS: the
	 * local time of the instant a UTC date gives, when their minutes
	 * and seconds agree */
	int aside;		/* the text is of a quoted post or the
				 * comments (html.c): no date from it */
	/* the page's data's date of its last modification (JSON-LD
	 * dateModified, article:modified_time), the first, ISO 8601: the
	 * date when the page prints that day and not the publication's */
	char modified[33];
	char description_date[11];	/* the first date in the page's
				 * <meta> description: the last resort */
	/* the first two letters of the words of a last change's line
	 * (meta.c, change_word), a bit each of 26 * 26; change_other: one
	 * starts otherwise (Cyrillic) */
	unsigned char change_pairs[26 * 26 / 8 + 1];
	int change_other;
	int date_unnamed;	/* the date is a <meta> date of no named event
				 * (name=date, dc.date): printed_over_unnamed */
#define LOCAL_TIMES 4
	char local_time[LOCAL_TIMES][20];
	int local_times;
};

void meta_init(struct meta *m);
void meta_free(struct meta *m);
void meta_reset(struct meta *m);
/* offer s[0..n) (whitespace is folded; dates are made ISO 8601) */
void meta_offer(struct meta *m, enum meta_field f, int prio, const char *s,
    size_t n);
const char *meta_get(const struct meta *m, enum meta_field f);
/*
 * A declared language s[0..n) ("de-DE", "pt_BR", "de, en"), kept as its
 * primary subtag if no stronger source gave one: the one setter for every
 * source, in the page or around it.  The text has the last word (lang.h).
 */
void meta_lang(struct meta *m, enum lang_from from, const char *s, size_t n);
/*
 * An element of hAtom's with its machine date in title= (<abbr
 * class="published" title="2013-04-04T18:52:11+00:00">, class
 * "updated"): the date of a page that gives no other, but a script's
 * data or its URL (date_source "time").  a: the element's attributes.
 */
void meta_hatom(struct meta *m, const struct tag_attrs *a);
/* whether class (or id) v marks the comments of a page */
int meta_aside_class(const char *v);
/* what the tags html, meta, link and time say, and an element of the body
 * with microdata's content=; a: its attributes (attrs.h) */
void meta_tag(struct meta *m, const struct tok_tag *tag,
    const struct tag_attrs *a);
/* add the fields found to d, in the stream's order; lang is decided here,
 * from the declaration and the text written so far */
void meta_to_doc(struct meta *m, struct doc *d);

/*
 * The page was fetched at s[0..n) (ISO 8601, a WARC-Date): no publication
 * date after that day is taken.  Call it before the page is fed.
 */
void meta_fetched(struct meta *m, const char *s, size_t n);

/* a date of the page's last modification in its data (dateModified,
 * article:modified_time), s[0..n): see meta.c, printed_modification */
void meta_modified(struct meta *m, const char *s, size_t n);

/* what JSON-LD s[0..n) says (headline, datePublished, author, publisher) */
void meta_jsonld(struct meta *m, const char *s, size_t n);
/* its "articleBody" string into out; 0 if it has none */
int jsonld_article_body(const char *s, size_t n, struct buf *out);

/*
 * A line of text that is a dateline ("Updated: 2015-09-18 07:40") or a
 * byline ("By Wang Xu (China Daily)"): offers what it says and returns 1.
 */
int meta_text_line(struct meta *m, const char *s, size_t n);

/*
 * A paragraph of the text that may be a dateline printed near the
 * headline ("martes 17 de marzo de 2020", "22/11/2020 - 04:30"): the
 * first one gives the date where nothing stronger does, and the local
 * day of a stronger date given in UTC (meta_to_doc).  linked: the
 * paragraph is all link text, which is a dateline only when it is the
 * date alone (a blog's date links to its archive), else a teaser's or a
 * menu's.
 */
void meta_dateline(struct meta *m, const char *s, size_t n, int linked);

/*
 * The month (1-12) that the word w[0..k) names in data/dates.txt's
 * [months], in any case; 0 if none.  On a page declared in lang (NULL or
 * "" if none), one of the listed languages, a three-letter word counts
 * only in its own languages.  Exported for the unit tests.
 */
int meta_month_word(const char *w, size_t k, const char *lang);

/*
 * Text of a <script> that is not JSON-LD: while the page has given no
 * date, the first plausible date under a key of [script] in
 * data/dates.txt ("published_at":"2019-03-02T06:22:28+01:00", and
 * escaped, \"createdAt\":\"…\") is kept as the weakest source.
 */
void meta_script(struct meta *m, const char *s, size_t n);

/* the text of a byline element: "By Ann Lee" or "Ann Lee", not a form's
 * label ("Name *") */
void meta_byline(struct meta *m, const char *s, size_t n);

/*
 * Whether a class attribute marks a byline ("byline", "author",
 * "authors" as words), and not a field of a comment or contact form
 * ("comment-form-author").  The author comes from bylines, rel=author,
 * itemprop=author and the page's data, never from a form.
 */
int meta_byline_class(const char *class);

/* <title> without the site's name: "Headline - Site" gives "Headline" */
size_t meta_title_core(const char *s, size_t n);

/* s[0..n) as an ISO 8601 date or date-time into out; 0 if not a date */
int meta_iso_date(struct buf *out, const char *s, size_t n);

#endif
