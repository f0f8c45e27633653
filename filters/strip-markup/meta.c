/* meta.c: metadata from <meta>, <link>, <html lang> and <time>. */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "meta.h"
#include "bytes16.h"
#include "elements.h"
#include "text.h"

static void change_pairs_init(struct meta *m);

static const char *const field_names[M_N] = {
	"url", "title", "date", "author", "lang", "source"
};

void
meta_init(struct meta *m)
{
	time_t tomorrow = time(NULL) + 24 * 60 * 60;
	struct tm tm;

	memset(m, 0, sizeof *m);
	strftime(m->tomorrow, sizeof m->tomorrow, "%Y-%m-%d",
	    gmtime_r(&tomorrow, &tm));
	memcpy(m->latest, m->tomorrow, sizeof m->latest);
	change_pairs_init(m);
	lang_sample_init(&m->sample);
	lang_detector_init();
}

void
meta_free(struct meta *m)
{
	int f;

	for (f = 0; f < M_N; f++)
		buf_free(&m->value[f]);
	buf_free(&m->scratch);
	lang_sample_free(&m->sample);
}

void
meta_reset(struct meta *m)
{
	int f;

	for (f = 0; f < M_N; f++) {
		buf_clear(&m->value[f]);
		m->prio[f] = 0;
	}
	lang_sample_reset(&m->sample);
	memcpy(m->latest, m->tomorrow, sizeof m->latest);
	m->dateline[0] = '\0';
	m->local_times = 0;
	m->modified[0] = '\0';
	m->date_unnamed = 0;
	m->description_date[0] = '\0';
	m->aside = 0;
}

void
meta_fetched(struct meta *m, const char *s, size_t n)
{
	struct buf iso = BUF_INIT;

	if (meta_iso_date(&iso, s, n) && iso.len >= 10 &&
	    strncmp(iso.data, m->latest, 10) < 0) {
		memcpy(m->latest, iso.data, 10);
		m->latest[10] = '\0';
	}
	buf_free(&iso);
}

/*
 * A publication date of a web page: not before 1995 (htmldate's floor; an
 * older one is a birth date, a founding, a copyright), not after tomorrow
 * (a script's countdown, an event; time zones allow a day).
 */
static int
plausible(const struct meta *m, const char *iso)
{
	return strncmp(iso, "1995", 4) >= 0 && strncmp(iso, m->latest, 10) <= 0;
}

/*
 * Keep s[0..n) if it is a machine date with a time to the second and no
 * zone, "2023-11-08 18:09:55" or "2023-11-08T18:09:55.000", or a zone
 * other than UTC's ("2023-10-31T05:41:58+01:00", kept as its local time
 * "2023-10-31T05:41:58"): the same
 * instant as a date in UTC elsewhere on the page is then known in the
 * page's own zone (local_day).  A cheap test of the shape: this sees
 * every date offered, whatever its priority.
 */
static void
note_local_time(struct meta *m, const char *s, size_t n)
{
	static const char shape[] = "dddd-dd-dd?dd:dd:dd";
	char *t;
	size_t i;

	if (m->local_times == LOCAL_TIMES || n < 19)
		return;
	for (i = 0; i < 19; i++)
		if (shape[i] == 'd' ? !isdigit((unsigned char)s[i]) :
		    shape[i] == '?' ? s[i] != 'T' && s[i] != ' ' :
		    s[i] != shape[i])
			return;
	/* a fraction of a second may follow, and a zone other than UTC's
	 * ("05:41:58+01:00": the local time is written with it) */
	i = 19;
	if (i < n && s[i] == '.')
		for (i++; i < n && isdigit((unsigned char)s[i]); i++)
			;
	if (i < n && (s[i] == '+' || s[i] == '-') && n - i >= 5 &&
	    n - i <= 6 && isdigit((unsigned char)s[i + 1]) &&
	    isdigit((unsigned char)s[i + 2]) &&
	    strspn(s + i + 1, "0:") != n - i - 1)
		i = n;
	if (i < n)
		return;
	t = m->local_time[m->local_times++];
	memcpy(t, s, 19);
	t[10] = 'T';
	t[19] = '\0';
}

void
meta_offer(struct meta *m, enum meta_field f, int prio, const char *s,
    size_t n)
{
	struct buf *v = &m->scratch;

	/* machine dates of the page (not a dump's record about it) */
	if (f == M_DATE && prio >= P_TAG && prio < P_RECORD)
		note_local_time(m, s, n);
	if (prio <= m->prio[f])
		return;
	if (f == M_LANG) {
		/* a language from anywhere is a primary subtag, as meta_lang
		 * makes it */
		char code[LANG_MAX];

		if (lang_primary(code, s, n)) {
			buf_clear(&m->value[f]);
			buf_adds(&m->value[f], code);
			m->prio[f] = prio;
		}
		return;
	}
	buf_clear(v);
	if (!text_fold(v, s, n))
		return;
	if (f == M_DATE) {
		struct buf iso = BUF_INIT;

		if (!meta_iso_date(&iso, v->data, v->len) ||
		    !plausible(m, iso.data)) {
			buf_free(&iso);
			return;
		}
		buf_clear(&m->value[f]);
		buf_add(&m->value[f], iso.data, iso.len);
		buf_free(&iso);
	} else {
		buf_clear(&m->value[f]);
		buf_add(&m->value[f], v->data, v->len);
	}
	m->prio[f] = prio;
	if (f == M_DATE)
		m->date_unnamed = 0;	/* meta_key says when it is */
}

const char *
meta_get(const struct meta *m, enum meta_field f)
{
	return m->prio[f] ? m->value[f].data : NULL;
}

void
meta_lang(struct meta *m, enum lang_from from, const char *s, size_t n)
{
	meta_offer(m, M_LANG, (int)from, s, n);
}

static int url_date(struct buf *out, const char *s);
static int digits(const char *s, size_t n, size_t at, int k);

/* days since 1970-01-01 of the ISO day at s (proleptic Gregorian) */
static long
day_number(const char *s)
{
	long y = digits(s, 10, 0, 4), mo = digits(s, 10, 5, 2),
	    d = digits(s, 10, 8, 2), era, yoe, doy;

	y -= mo <= 2;
	era = y / 400;
	yoe = y - era * 400;
	doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/*
 * A machine date in UTC ("2020-12-05T23:15:00Z") gives the day in London;
 * the page's readers saw their own.  A local time of the same instant
 * elsewhere on the page tells their zone.  Else, when the page's first
 * dateline says the day after or before, and a zone where news is written
 * (UTC-8, the US Pacific coast, to UTC+9, Japan and Korea) can make it
 * so at that hour, the dateline's day is the date: 23:15Z and "6
 * December" is UTC+1 or more, 00:38Z and "April 13" UTC-1 or less.  The
 * first dateline is often a masthead's date of the day the page was
 * shown: at 12:53Z a next day would need UTC+11:07, which is taken for
 * that rather than for a zone few pages are written in.
 */
static void
local_day(struct meta *m)
{
	const char *v = m->value[M_DATE].data;
	size_t n = m->value[M_DATE].len;
	long shift;
	int h, i;

	if (m->prio[M_DATE] <= P_TEXT || n < 16 || v[10] != 'T')
		return;
	if (v[n - 1] != 'Z' && !(n >= 22 && (!strcmp(v + n - 6, "+00:00") ||
	    !strcmp(v + n - 6, "-00:00"))))
		return;
	h = digits(v, n, 11, 2);
	/* the same instant in the page's zone: its minutes and seconds,
	 * whole hours from UTC, UTC-12 to UTC+14 ("2023-11-09T01:09:55Z"
	 * and "2023-11-08 18:09:55" are 18:09:55-07:00) */
	for (i = 0; i < m->local_times && n >= 19 && v[16] == ':'; i++) {
		const char *t = m->local_time[i];
		long zone = (day_number(t) - day_number(v)) * 24 +
		    digits(t, 19, 11, 2) - h;

		if (memcmp(t + 14, v + 14, 5) || zone < -12 || zone > 14)
			continue;
		if (zone) {
			buf_clear(&m->value[M_DATE]);
			buf_adds(&m->value[M_DATE], t);
			buf_printf(&m->value[M_DATE], "%c%02ld:00",
			    zone < 0 ? '-' : '+', zone < 0 ? -zone : zone);
		}
		return;	/* the page's zone is known: no dateline needed */
	}
	if (!m->dateline[0])
		return;
	shift = day_number(m->dateline) - day_number(v);
	if ((shift == 1 && h >= 15) || (shift == -1 && h < 8)) {
		buf_clear(&m->value[M_DATE]);
		buf_adds(&m->value[M_DATE], m->dateline);
		m->prio[M_DATE] = P_TEXT;
	}
}

void
meta_modified(struct meta *m, const char *s, size_t n)
{
	struct buf iso = BUF_INIT;

	if (!m->modified[0] && meta_iso_date(&iso, s, n) &&
	    iso.len < sizeof m->modified && plausible(m, iso.data))
		memcpy(m->modified, iso.data, iso.len + 1);
	buf_free(&iso);
}

/*
 * The page's data states its first publication and its last modification
 * (datePublished and dateModified), and prints the day of the
 * modification, not the publication's, as its first dateline: what its
 * readers are shown as its date is the modification's (an evergreen
 * article brought up to date, a shop's page), and that is the date.  On
 * htmldate's tune half, of 51 pages whose two data dates differ, the
 * gold is the modification on all 5 that print it first, and the
 * publication on 40 of the 46 that do not.
 */
/*
 * A <meta> date of no named event (name=date, dc.date, dcterms.date; not
 * pubdate, dc.date.issued) on another day than the page's first dateline
 * gives way to the printed day: German CMSs write the last change there,
 * later than the publication (4 pages of htmldate's tune half), others a
 * first version's day, earlier than the one printed (1).  Either way no
 * half of either dev set loses a page.
 */
static void
printed_over_unnamed(struct meta *m)
{
	if (m->prio[M_DATE] != P_META || !m->date_unnamed ||
	    !m->dateline[0] || !memcmp(m->dateline, m->value[M_DATE].data,
	    10))
		return;
	buf_clear(&m->value[M_DATE]);
	buf_adds(&m->value[M_DATE], m->dateline);
	m->prio[M_DATE] = P_TEXT;
}

static void
printed_modification(struct meta *m)
{
	const char *v = m->value[M_DATE].data;

	if (m->prio[M_DATE] < P_META || m->prio[M_DATE] > P_JSONLD ||
	    !m->modified[0] || !m->dateline[0] ||
	    memcmp(m->modified, m->dateline, 10) || !memcmp(v, m->dateline, 10))
		return;
	buf_clear(&m->value[M_DATE]);
	buf_adds(&m->value[M_DATE], m->modified);
}

/* where the date came from, by its priority */
static const char *
date_source(int prio)
{
	switch (prio) {
	case P_SCRIPT: return "script";
	case P_DESCRIPTION: return "meta";
	case P_URL: return "url";
	case P_CHANGED:
	case P_UPDATED:
	case P_TEXT: return "text";
	case P_HATOM:
	case P_TAG: return "time";
	case P_JSONLD: return "json-ld";
	case P_RECORD: return "record";
	default: return "meta";
	}
}

void
meta_to_doc(struct meta *m, struct doc *d)
{
	char lang[LANG_MAX];
	const char *url;
	int f;

	printed_modification(m);
	printed_over_unnamed(m);
	local_day(m);
	/* the URL's date when nothing better says one (a script's data is
	 * weaker) */
	if (m->prio[M_DATE] < P_URL && (url = meta_get(m, M_URL))) {
		struct buf iso = BUF_INIT;

		if (url_date(&iso, url))
			meta_offer(m, M_DATE, P_URL, iso.data, iso.len);
		buf_free(&iso);
	}
	/* and the description's as the last resort ("Notizia del 14 Gennaio
	 * 2020") */
	if (!m->prio[M_DATE] && m->description_date[0])
		meta_offer(m, M_DATE, P_DESCRIPTION, m->description_date, 10);
	for (f = 0; f < M_N; f++)
		if (f == M_DATE && m->prio[f]) {
			doc_set(d, field_names[f], m->value[f].data,
			    m->value[f].len);
			url = date_source(m->prio[f]);
			doc_set(d, "date_source", url, strlen(url));
		} else if (f == M_LANG) {
			if (lang_decide(lang, meta_get(m, M_LANG), &m->sample))
				doc_set(d, field_names[f], lang, strlen(lang));
		} else if (m->prio[f]) {
			doc_set(d, field_names[f], m->value[f].data,
			    m->value[f].len);
		}
}

/* <meta> keys (name, property or itemprop) and what they give */
static const struct {
	const char *key;
	enum meta_field f;
	int prio;
	int unnamed;	/* a date of no named event: printed_over_unnamed */
} meta_keys[] = {
	{ "og:title", M_TITLE, P_OG, 0 },
	{ "dc:title", M_TITLE, P_DC, 0 },
	{ "dcterm:title", M_TITLE, P_DC, 0 },
	{ "dc.title", M_TITLE, P_DC, 0 },
	{ "twitter:title", M_TITLE, P_META, 0 },
	{ "parsely-title", M_TITLE, P_META, 0 },
	{ "title", M_TITLE, P_META, 0 },
	{ "og:url", M_URL, P_META, 0 },
	{ "og:site_name", M_SOURCE, P_OG, 0 },
	{ "application-name", M_SOURCE, P_META, 0 },
	{ "author", M_AUTHOR, P_META, 0 },
	{ "dc:creator", M_AUTHOR, P_DC, 0 },
	{ "dcterm:creator", M_AUTHOR, P_DC, 0 },
	{ "dc.creator", M_AUTHOR, P_DC, 0 },
	{ "article:author", M_AUTHOR, P_TAG, 0 },
	{ "byl", M_AUTHOR, P_META, 0 },
	{ "sailthru.author", M_AUTHOR, P_META, 0 },
	{ "parsely-author", M_AUTHOR, P_META, 0 },
	{ "article:published_time", M_DATE, P_OG, 0 },
	{ "og:article:published_time", M_DATE, P_OG, 0 },
	{ "article:published", M_DATE, P_OG, 0 },
	{ "parsely-pub-date", M_DATE, P_META, 0 },
	{ "datepublished", M_DATE, P_META, 0 },
	{ "date", M_DATE, P_META, 1 },
	{ "pubdate", M_DATE, P_META, 0 },
	{ "publishdate", M_DATE, P_META, 0 },
	{ "publish-date", M_DATE, P_META, 0 },
	{ "publish_date", M_DATE, P_META, 0 },
	{ "published-date", M_DATE, P_META, 0 },
	{ "published_date", M_DATE, P_META, 0 },
	{ "published_time", M_DATE, P_META, 0 },
	{ "publication_date", M_DATE, P_META, 0 },
	{ "pub_date", M_DATE, P_META, 0 },
	{ "date_published", M_DATE, P_META, 0 },
	{ "article.published", M_DATE, P_META, 0 },
	{ "originalpublicationdate", M_DATE, P_META, 0 },
	{ "citation_publication_date", M_DATE, P_META, 0 },
	{ "citation_date", M_DATE, P_META, 0 },
	{ "rnews:datepublished", M_DATE, P_META, 0 },
	{ "cxenseparse:recs:publishtime", M_DATE, P_META, 0 },
	{ "dc.date", M_DATE, P_META, 1 },
	{ "dc.date.issued", M_DATE, P_META, 0 },
	{ "dc.date.created", M_DATE, P_META, 0 },
	{ "dc.date.published", M_DATE, P_META, 0 },
	{ "dc:date", M_DATE, P_META, 1 },
	{ "dcterms.date", M_DATE, P_META, 1 },
	{ "dcterms.issued", M_DATE, P_META, 0 },
	{ "dcterms.created", M_DATE, P_META, 0 },
	{ "sailthru.date", M_DATE, P_META, 0 },
	{ "og:published_time", M_DATE, P_META, 0 },
	{ "datecreated", M_DATE, P_META, 0 },
};

/* a meta key: "og:title", or several separated by spaces; "schema:" (an
 * RDFa prefix) aside.  dates_only: the other fields are not taken. */
static void
meta_key(struct meta *m, const char *key, const char *v, size_t n,
    int dates_only)
{
	const char *end;
	size_t i, k;
	int before;

	for (; *key; key = end) {
		while (*key == ' ')
			key++;
		if (!strncasecmp(key, "schema:", 7))
			key += 7;
		for (end = key; *end && *end != ' '; end++)
			;
		k = (size_t)(end - key);
		if (k == 21 && !strncasecmp(key, "article:modified_time", k)) {
			meta_modified(m, v, n);
			continue;
		}
		for (i = 0; i < sizeof meta_keys / sizeof meta_keys[0]; i++)
			if (strlen(meta_keys[i].key) == k &&
			    strncasecmp(key, meta_keys[i].key, k) == 0) {
				if (dates_only && meta_keys[i].f != M_DATE)
					break;
				/* a profile URL is not a name */
				if (meta_keys[i].f == M_AUTHOR &&
				    strncmp(v, "http", 4) == 0)
					break;
				before = m->prio[M_DATE];
				meta_offer(m, meta_keys[i].f,
				    meta_keys[i].prio, v, n);
				if (m->prio[M_DATE] > before)
					m->date_unnamed = meta_keys[i].unnamed;
				break;
			}
	}
}

static int any_date(struct buf *out, const char *s, size_t n,
    const char *lang);
static int has_year(const char *s, size_t n);

/* the first date in the page's description, s[0..n) (up to 300 bytes) */
static void
description_date(struct meta *m, const char *s, size_t n)
{
	struct buf iso = BUF_INIT;

	if (n > 300)
		n = 300;
	if (has_year(s, n) && any_date(&iso, s, n, meta_get(m, M_LANG)) &&
	    plausible(m, iso.data)) {
		memcpy(m->description_date, iso.data, 10);
		m->description_date[10] = '\0';
	}
	buf_free(&iso);
}

void
meta_tag(struct meta *m, const struct tok_tag *tag,
    const struct tag_attrs *a)
{
	const char *v, *key;
	size_t n;

	if (tag->end)
		return;
	if (tag->el == EL_HTML) {
		if ((v = tok_attr(tag, "lang", &n)) ||
		    (v = tok_attr(tag, "xml:lang", &n)))
			meta_lang(m, LANG_FROM_HTML, v, n);
	} else if (tag->el == EL_META) {
		if (!(v = a->content))
			return;
		n = strlen(v);
		if ((key = a->http_equiv) &&
		    !strcasecmp(key, "content-language"))
			meta_lang(m, LANG_FROM_EQUIV, v, n);
		if (((key = a->property) || (key = a->name)) &&
		    !strcasecmp(key, "og:locale"))
			meta_lang(m, LANG_FROM_OG, v, n);
		if ((key = a->name) &&
		    (!strcasecmp(key, "dc.language") ||
		    !strcasecmp(key, "dcterms.language") ||
		    !strcasecmp(key, "language")))
			meta_lang(m, LANG_FROM_DC, v, n);
		if ((key = a->property))
			meta_key(m, key, v, n, 0);
		if ((key = a->name))
			meta_key(m, key, v, n, 0);
		if (!m->description_date[0] &&
		    ((key = a->name) || (key = a->property)) &&
		    (!strcasecmp(key, "description") ||
		    !strcasecmp(key, "og:description")))
			description_date(m, v, n);
		if ((key = a->itemprop))
			meta_key(m, key, v, n, 0);
	} else if (tag->el == EL_LINK) {
		if (a->rel && strcasecmp(a->rel, "canonical") == 0 &&
		    (v = tok_attr(tag, "href", &n)))
			meta_offer(m, M_URL, P_JSONLD, v, n);
	} else if (tag->el == EL_TIME && !m->aside) {
		if ((v = tok_attr(tag, "datetime", &n)))
			meta_offer(m, M_DATE, P_TAG, v, n);
	} else if (!m->aside) {
		/* microdata and RDFa in the body: <span itemprop=
		 * "datePublished" content="2020-04-27T18:50:24+02:00">, <span
		 * property="schema:dateCreated" content=…>; dates only, as
		 * the names and titles there are a reader's too */
		if (!(v = a->content))
			return;
		n = strlen(v);
		if ((key = a->itemprop))
			meta_key(m, key, v, n, 1);
		if ((key = a->property))
			meta_key(m, key, v, n, 1);
	}
}

/* ---- dates ---- */

static int
digits(const char *s, size_t n, size_t at, int k)
{
	int v = 0, i;

	if (at + (size_t)k > n)
		return -1;
	for (i = 0; i < k; i++) {
		if (!isdigit((unsigned char)s[at + i]))
			return -1;
		v = v * 10 + s[at + i] - '0';
	}
	return v;
}

static const char *const months[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
	"nov", "dec"
};


/*
 * v in decimal, zero-padded to width digits, as printf's "%0*d" writes
 * it; without printf, which costs more than the rest of a date's
 * parsing (a dump's every line has a date).
 */
static void
put_number(struct buf *out, int v, int width)
{
	char d[4];
	int n = 0;

	if (v < 0 || v > 9999 || width > 4) {
		buf_printf(out, "%0*d", width, v);
		return;
	}
	do {
		d[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n < width)
		d[n++] = '0';
	while (n)
		buf_addc(out, d[--n]);
}

/* "%04d-%02d-%02d" */
static void
put_date(struct buf *out, int y, int mo, int d)
{
	put_number(out, y, 4);
	buf_addc(out, '-');
	put_number(out, mo, 2);
	buf_addc(out, '-');
	put_number(out, d, 2);
}
/* "November 18, 2019", "Nov. 18, 2019", "18 November 2019" */
static int
english_date(struct buf *out, const char *s, size_t n)
{
	int d = 0, mo = 0, y = 0, v;
	size_t i = 0, j, k;

	while (i < n) {
		while (i < n && !isalnum((unsigned char)s[i]))
			i++;
		for (j = i; j < n && isalnum((unsigned char)s[j]); j++)
			;
		if (j == i)
			break;
		if (isdigit((unsigned char)s[i])) {
			v = 0;
			for (k = i; k < j && isdigit((unsigned char)s[k]); k++)
				v = v * 10 + s[k] - '0';
			if (k == j && j - i == 4 && v >= 1900 && v < 2100 && !y)
				y = v;
			else if (k - i <= 2 && v >= 1 && v <= 31 && !d &&
			    (k == j || (j - k == 2 && isalpha(
			    (unsigned char)s[k]))))
				d = v;	/* 18, 18th */
		} else if (j - i >= 3 && !mo) {
			for (k = 0; k < 12; k++)
				if (strncasecmp(s + i, months[k], 3) == 0)
					mo = (int)k + 1;
		}
		if (d && mo && y)
			break;
		i = j;
	}
	if (!(d && mo && y))
		return 0;
	put_date(out, y, mo, d);
	return 1;
}

/* ---- datelines in the page's languages ---- */

/*
 * Month names and their usual abbreviations, lower case, with the
 * languages (ISO 639-1) that write them: month_words[] and month_langs
 * (every language named), made from data/dates.txt by gen-dates.sh, with
 * the words of update and masthead datelines, dateline_update[] and
 * dateline_today[] (NULL-terminated).  A word must be a month's whole
 * (a dot after it is allowed).  On a page declared in one of these
 * languages a three-letter word counts only in its own languages ("set"
 * is September in Portuguese and Italian but a verb in English); longer
 * names count on every page, a page's declaration being often a
 * template's default (lang="en" on a Romanian page).
 */
struct month_word {
	const char *name;
	size_t len;
	int month;
	const char *langs;
};
#include "dates.inc"

/* whether the space-separated list has the language code */
static int
lang_listed(const char *list, const char *code)
{
	size_t k = strlen(code);
	const char *p;

	for (p = list; (p = strstr(p, code)); p += k)
		if ((p == list || p[-1] == ' ') && (p[k] == ' ' || !p[k]))
			return 1;
	return 0;
}

/*
 * w[0..k) in lower case into low (size lowsize): ASCII, Latin-1,
 * Cyrillic and Turkish Ş, the capitals a month's name may start with; 0
 * if it does not fit.
 */
static int
lower_word(char *low, size_t lowsize, const char *w, size_t k)
{
	const unsigned char *s = (const unsigned char *)w;
	size_t i;

	if (k >= lowsize)
		return 0;
	for (i = 0; i < k; i++) {
		unsigned char c = s[i], c2 = i + 1 < k ? s[i + 1] : 0;

		low[i] = (char)c;
		if (c >= 'A' && c <= 'Z') {
			low[i] = (char)(c + 32);
			continue;
		}
		if (c == 0xC3 && c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97)
			c2 += 0x20;		/* À..Þ: à..þ */
		else if (c == 0xD0 && c2 >= 0x90 && c2 <= 0x9F)
			c2 += 0x20;		/* А..П: а..п */
		else if (c == 0xD0 && c2 >= 0xA0 && c2 <= 0xAF)
			c = 0xD1, c2 -= 0x20;	/* Р..Я: р..я */
		else if (c == 0xC5 && c2 == 0x9E)
			c2 = 0x9F;		/* Ş: ş */
		else
			continue;
		low[i++] = (char)c;
		low[i] = (char)c2;
	}
	low[k] = '\0';
	return 1;
}

int
meta_month_word(const char *w, size_t k, const char *lang)
{
	char low[32];
	size_t i, end;
	int known;

	/* no month's name is longer (lower case keeps a name's length) */
	if (k < 3 || k > MONTH_NAME_MAX ||
	    !lower_word(low, sizeof low, w, k))
		return 0;
	/* this runs on every word of every short paragraph with a year in
	 * it: only the names of the word's first byte are compared, in the
	 * file's order (gen-dates.sh keeps it within a byte), so the first
	 * that fits is the answer a scan of the whole list would give */
	i = month_first[(unsigned char)low[0]];
	end = month_first[(unsigned char)low[0] + 1];
	if (i == end)
		return 0;
	known = lang && *lang && lang_listed(month_langs, lang);
	for (; i < end; i++)
		if (month_words[i].len == k &&
		    memcmp(low, month_words[i].name, k) == 0 &&
		    (!known || k >= 4 ||
		    lang_listed(month_words[i].langs, lang)))
			return month_words[i].month;
	return 0;
}

static int
word_byte(unsigned char c)
{
	return isalpha(c) || c >= 0x80;
}

/* the UTF-8 bytes at s[i..n) are those of u */
static int
bytes_at(const char *s, size_t n, size_t i, const char *u)
{
	size_t k = strlen(u);

	return i + k <= n && memcmp(s + i, u, k) == 0;
}

/* a run of 1-2 digits at s[*i]: its value, *i after it; -1 if none */
static int
small_number(const char *s, size_t n, size_t *i)
{
	int v = 0;
	size_t j;

	for (j = *i; j < n && j - *i < 3 && isdigit((unsigned char)s[j]); j++)
		v = v * 10 + s[j] - '0';
	if (j == *i || j - *i > 2)
		return -1;
	*i = j;
	return v;
}

/*
 * The year first, as East Asian, Hungarian, Lithuanian and Swedish pages
 * and ISO write it: "2020-03-12", "2020/03/12 20:19", "2020.08.27",
 * "2020. 08. 27.", "2020年3月12日", "2020년 8월 27일".  y is the year at
 * s[i..i+4); month and day into *mo and *d.
 */
static int
year_first(const char *s, size_t n, size_t i, int *mo, int *d)
{
	static const char *const cjk[][3] = {
		{ "\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5" },	/* 年月日 */
		{ "\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC" },	/* 년월일 */
	};
	size_t j = i + 4, k;
	int a, b;

	for (k = 0; k < 2; k++) {
		size_t at = j;

		if (!bytes_at(s, n, at, cjk[k][0]))
			continue;
		at += 3;
		while (at < n && s[at] == ' ')
			at++;
		if ((a = small_number(s, n, &at)) < 0 ||
		    !bytes_at(s, n, at, cjk[k][1]))
			return 0;
		at += 3;
		while (at < n && s[at] == ' ')
			at++;
		if ((b = small_number(s, n, &at)) < 0 ||
		    !bytes_at(s, n, at, cjk[k][2]))
			return 0;
		*mo = a;
		*d = b;
		return 1;
	}
	if (j >= n || !strchr("/.-", s[j]))
		return 0;
	char sep = s[j++];
	if (sep == '.' && j < n && s[j] == ' ')
		j++;	/* 2020. 08. 27. */
	if ((a = small_number(s, n, &j)) < 0 || j >= n || s[j] != sep)
		return 0;
	if (++j < n && sep == '.' && s[j] == ' ')
		j++;
	if ((b = small_number(s, n, &j)) < 0 ||
	    (j < n && isdigit((unsigned char)s[j])))
		return 0;
	*mo = a;
	*d = b;
	return 1;
}

/*
 * A date with a two-digit year, as German and Swiss pages print it:
 * "31.10.23" (two digits each, dots, nothing numeric around: not a
 * version "1.10.23.4" nor a time), the year of this century.
 */
static int
short_year(const char *s, size_t n, int *d, int *mo, int *y)
{
	const char *p;
	size_t i;

	for (p = s; (p = memchr(p, '.', n - (size_t)(p - s))); p++) {
		i = (size_t)(p - s);
		if (i < 2 || i + 6 > n || s[i + 3] != '.' ||
		    (i > 2 && (isdigit((unsigned char)s[i - 3]) ||
		    s[i - 3] == '.')) ||
		    (i + 6 < n && (isdigit((unsigned char)s[i + 6]) ||
		    (s[i + 6] == '.' && i + 7 < n &&
		    isdigit((unsigned char)s[i + 7])))))
			continue;
		*d = digits(s, n, i - 2, 2);
		*mo = digits(s, n, i + 1, 2);
		*y = digits(s, n, i + 4, 2);
		if (*d >= 1 && *d <= 31 && *mo >= 1 && *mo <= 12 && *y >= 0) {
			*y += 2000;
			return 1;
		}
	}
	return 0;
}

/*
 * A short line that is a date, as pages print them near the headline:
 * "martes 17 de marzo de 2020", "22/11/2020 - 04:30", "9 oktober 2020
 * 11:12 Bron: 112 Den Haag", "August 06, 2019", "2020/03/12 20:19".
 * Numbers a/b/yyyy are day first unless the day cannot be (b > 12); both
 * 12 or less is day first only where the page is not English (US pages
 * write the month first).  The year first is always year, month, day.  At
 * most six other words; a time ("07:47", "15h30") or a temperature ("19
 * °C") is no day; a range ("July 15-24") or two months make no date.  The
 * ISO date into out; 0 if none.
 */
static int
dateline_date(struct buf *out, const char *s, size_t n, const char *lang)
{
	int d = 0, mo = 0, y = 0, words = 0, v, a, b, m;
	size_t i = 0, j, k;

	if (n > 80)
		return 0;
	/* numbers: 17/03/2020, 17.03.2020, 17-03-2020, 2020-03-17 */
	for (i = 0; i + 8 <= n && !y; i++) {
		/* after a letter is fine: text runs together where the
		 * markup had no space ("Información16.08.2020") */
		if (!isdigit((unsigned char)s[i]) ||
		    (i && isdigit((unsigned char)s[i - 1])))
			continue;
		if ((v = digits(s, n, i, 4)) >= 1990 && v <= 2099 &&
		    year_first(s, n, i, &a, &b)) {
			if (a < 1 || a > 12 || b < 1 || b > 31)
				return 0;
			y = v;
			mo = a;
			d = b;
			break;
		}
		for (j = i, a = 0; j < n && j - i < 3 &&
		    isdigit((unsigned char)s[j]); j++)
			a = a * 10 + s[j] - '0';
		if (j - i > 2 || j + 6 > n || !strchr("/.-", s[j]))
			continue;
		char sep = s[j];
		/* "4. 2. 2022": a space after each dot */
		int spaced = sep == '.' && s[j + 1] == ' ';
		j += 1 + spaced;
		for (k = j, b = 0; k < n && k - j < 3 &&
		    isdigit((unsigned char)s[k]); k++)
			b = b * 10 + s[k] - '0';
		if (k == j || k - j > 2 || k + 5 + spaced > n || s[k] != sep ||
		    (spaced && s[k + 1] != ' '))
			continue;
		k += spaced;
		if ((v = digits(s, n, k + 1, 4)) < 1990 || v > 2099 ||
		    (k + 5 < n && isdigit((unsigned char)s[k + 5])))
			continue;
		if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12))
			return 0;
		if (b > 12 || (a <= 12 && lang && !strcmp(lang, "en") &&
		    sep == '/')) {
			if (a <= 12 && b > 12) {
				mo = a;
				d = b;
			} else {
				return 0;	/* 03/04/2020 on an English page */
			}
		} else {
			d = a;
			mo = b;
		}
		y = v;
	}
	if (y) {
		put_date(out, y, mo, d);
		return 1;
	}
	if (short_year(s, n, &d, &mo, &y)) {
		put_date(out, y, mo, d);
		return 1;
	}
	/* words: a month's name with a day and a year */
	for (i = 0; i < n; i = j) {
		while (i < n && !isalnum((unsigned char)s[i]) &&
		    !((unsigned char)s[i] >= 0x80))
			i++;
		if (i == n)
			break;
		if (isdigit((unsigned char)s[i])) {
			/* only runs of up to 4 digits matter: no overflow */
			for (j = i, v = 0; j < n &&
			    isdigit((unsigned char)s[j]); j++)
				if (j - i < 5)
					v = v * 10 + s[j] - '0';
			k = j;
			while (k < n && s[k] == ' ')
				k++;
			if (j + 1 < n && (s[j] == ':' || s[j] == 'h' ||
			    s[j] == 'H') && isdigit((unsigned char)s[j + 1])) {
				/* a time: 07:47, 15h30, and its minutes */
				for (j++; j < n && (isdigit((unsigned char)
				    s[j]) || s[j] == ':'); j++)
					;
				continue;
			}
			if (bytes_at(s, n, k, "\xC2\xB0"))
				continue;	/* 19 °C */
			if ((j + 1 < n && s[j] == '-' &&
			    isdigit((unsigned char)s[j + 1])) ||
			    (bytes_at(s, n, j, "\xE2\x80\x93") && j + 3 < n &&
			    isdigit((unsigned char)s[j + 3])))
				return 0;	/* 15-24, 15–24: a range */
			if (j - i == 4 && v >= 1990 && v <= 2099 && !y)
				y = v;
			else if (j - i == 4 && !y)
				d = 0;	/* 11 شوال 1441: another calendar's */
			else if (j - i <= 2 && v >= 1 && v <= 31 && !d)
				d = v;
			/* 18th, 1st, 2nd; 1º */
			while (j < n && isalpha((unsigned char)s[j]) &&
			    j - i < 4)
				j++;
			continue;
		}
		/* the Arabic comma ends a word */
		for (j = i; j < n && word_byte((unsigned char)s[j]) &&
		    !bytes_at(s, n, j, "\xD8\x8C"); j++)
			;
		if (j == i) {
			j++;
			continue;
		}
		if ((m = meta_month_word(s + i, j - i, lang))) {
			if (mo && m != mo)
				return 0;	/* two months: a range */
			mo = m;
			continue;
		}
		if (++words > 6)
			return 0;
	}
	if (!(d && mo && y))
		return 0;
	put_date(out, y, mo, d);
	return 1;
}

/* where the first of the words is whole in low[0..n); n if nowhere */
static size_t
word_at(const char *low, size_t n, const char *const *words, size_t k)
{
	const char *p;
	size_t i, w, first = n;

	for (i = 0; i < k; i++) {
		w = strlen(words[i]);
		for (p = low; (p = memmem(p, n - (size_t)(p - low), words[i],
		    w)); p++)
			if ((p == low || !word_byte((unsigned char)p[-1])) &&
			    ((size_t)(p - low) + w == n ||
			    !isalpha((unsigned char)p[w]))) {
				if ((size_t)(p - low) < first)
					first = (size_t)(p - low);
				break;
			}
	}
	return first;
}

static int
has_word(const char *low, size_t n, const char *const *words, size_t k)
{
	return word_at(low, n, words, k) < n;
}

/*
 * Whether a dateline says it is of an update, not of first publication
 * ("Mis à jour le 4 mars 2020", "Aktualisiert am 5. März 2020"): the word
 * comes before the date (its first digit).  After it, the word is of a
 * second date ("Written: 2023-11-07 15:03 / Updated: 2023-11-07 15:30",
 * "4 mars 2020, mis à jour à 12h"), and the date read, the first, is not.
 */
static int
update_line(const char *low, size_t n)
{
	size_t at = word_at(low, n, dateline_update,
	    sizeof dateline_update / sizeof *dateline_update - 1), i;

	for (i = 0; i < at && !isdigit((unsigned char)low[i]); i++)
		;
	return at < n && i == at;
}

/* whether a dateline is the masthead's date of the day the page was
 * shown ("Sunday, July 19, 2020 | Today's Paper", "Hoy: 15/04/2020") */
static int
today_line(const char *low, size_t n)
{
	return has_word(low, n, dateline_today,
	    sizeof dateline_today / sizeof *dateline_today - 1);
}

/* whether the four digits at s[i..i+4) (i + 4 <= n) are a year of a web
 * page's time, 1990-2099, as their own run of four digits */
static int
year_at(const char *s, size_t n, size_t i)
{
	return ((s[i] == '1' && s[i + 1] == '9') ||
	    (s[i] == '2' && s[i + 1] == '0')) &&
	    isdigit((unsigned char)s[i + 2]) &&
	    isdigit((unsigned char)s[i + 3]) &&
	    (i == 0 || !isdigit((unsigned char)s[i - 1])) &&
	    (i + 4 == n || !isdigit((unsigned char)s[i + 4]));
}

#if BYTES16
/* whether a run of four digits that starts at s[at + skip..at + 13)
 * (at + 16 <= n) is a year */
static inline int
digit_runs_year(const char *s, size_t n, size_t at, size_t skip)
{
	bytes16 v = bytes16_load(s + at);
	unsigned d = bytes16_mask((bytes16)((bytes16)(v - '0') < 10)), run;

	/* most blocks of a line have no digit */
	if (!d)
		return 0;
	/* the runs of four digits: at bits 0..12 */
	for (run = (d & d >> 1 & d >> 2 & d >> 3) & ~0u << skip; run;
	    run &= run - 1)
		if (year_at(s, n, at + (size_t)__builtin_ctz(run)))
			return 1;
	return 0;
}
#endif

/* whether s[0..n) has a year of a web page's time, 1990-2099, as its own
 * run of four digits: the one cheap test before a paragraph is read */
static int
has_year(const char *s, size_t n)
{
	size_t i = 0;

#if BYTES16
	/*
	 * Sixteen bytes a step, most of them without a digit: a year is
	 * four digits in a row, and the runs of four in a block's digit mask
	 * start at its bits 0..12, so blocks 13 bytes apart (three bytes
	 * shared) hold every run of four whole; only where one starts is
	 * the year itself looked at.  The last block ends at the line's end
	 * and looks at the starts no block before it saw.
	 */
	for (; i + 16 <= n; i += 13)
		if (digit_runs_year(s, n, i, 0))
			return 1;
	/* at n - 16, at most 12 bytes back: skip the starts seen */
	if (n >= 16)
		return i + 3 < n && digit_runs_year(s, n, n - 16,
		    i + 16 - n);
#endif
	for (; i + 4 <= n; i++) {
		/* a year from i, i + 1, i + 2 or i + 3 has a digit at
		 * i + 3: most of a line is passed four bytes a step */
		if ((unsigned)(s[i + 3] - '0') > 9) {
			i += 3;
			continue;
		}
		if (year_at(s, n, i))
			return 1;
	}
	return 0;
}

/*
 * The words of s[0..n) other than month names, up to 2: runs of two
 * letters or more ("Édition du 12 octobre 2020" has two, "Dienstag, 29.
 * Januar 2019" one, "30.01.2022 18:36" none).
 */
static int
other_words(const char *s, size_t n, const char *lang)
{
	size_t i, j;
	int words = 0;

	for (i = 0; i < n && words < 2; i = j) {
		if (!word_byte((unsigned char)s[i])) {
			j = i + 1;
			continue;
		}
		for (j = i; j < n && word_byte((unsigned char)s[j]); j++)
			;
		if (j - i >= 2 && !meta_month_word(s + i, j - i, lang))
			words++;
	}
	return words;
}

/*
 * The length of the labelled date at the start of s[0..n) ("Veröffentlicht
 * am 16.08.2019" of "Veröffentlicht am 16.08.2019 Dauer: 1 Stunde 4
 * Minuten Lizenz: CC BY 4.0", "Published: November 8, 2023" of
 * "PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: …"): from a
 * word of [published] as the line's first to the end of the first year
 * and the digits and separators after it; 0 if the line does not start
 * so or there is no year within 80 bytes.
 */
static size_t
labelled_date(const char *s, size_t n)
{
	char low[33];
	size_t k, i;
	unsigned c;

	/* most paragraphs start otherwise: one test before the words (the
	 * first letters of [published]; 0xD0 opens Cyrillic О) */
	if (!n)
		return 0;
	c = (unsigned char)s[0] | 0x20;
	if ((c != 'p' && c != 'w' && c != 'v' && c != 'e' &&
	    c != 'g' && c != 'o' && (unsigned char)s[0] != 0xD0))
		return 0;
	for (k = 0; k < n && k < 32 && word_byte((unsigned char)s[k]); k++)
		;
	if (k < 4 || k == 32 || !lower_word(low, sizeof low, s, k))
		return 0;
	for (i = 0; dateline_published[i]; i++)
		if (dateline_published[i][0] == low[0] &&
		    strlen(dateline_published[i]) == k &&
		    !memcmp(low, dateline_published[i], k))
			break;
	if (!dateline_published[i])
		return 0;
	for (i = k; i + 4 <= n && i + 4 <= 80; i++)
		if (((s[i] == '1' && s[i + 1] == '9') ||
		    (s[i] == '2' && s[i + 1] == '0')) &&
		    isdigit((unsigned char)s[i + 2]) &&
		    isdigit((unsigned char)s[i + 3]) &&
		    !isdigit((unsigned char)s[i - 1]) &&
		    (i + 4 == n || !isdigit((unsigned char)s[i + 4]))) {
			/* 2019-08-16, 2019/08/16: the rest of the date */
			for (i += 4; i < n && i < 80 &&
			    (isdigit((unsigned char)s[i]) ||
			    strchr("-/.", s[i])); i++)
				;
			return i;
		}
	return 0;
}

/*
 * A lead's dateline: a paragraph longer than a dateline starts with a
 * date, after a place (two words) at most, and a dash or a full stop
 * parts it from the text ("27.1.2022 - Bei der Erinnerung …", "Karlsruhe,
 * (12.11.2021). Traditionell …", "31. Oktober 2023. Dragqueens sind …").
 * The length of that start; 0 if none.
 */
static size_t
lead_date(const char *s, size_t n)
{
	size_t i, j, k;
	int words;

	/* most paragraphs have no year so near their start: the quick scan */
	if (!has_year(s, n < 44 ? n : 44))
		return 0;
	for (i = 0; i + 4 <= n && i < 40; i++)
		if (((s[i] == '1' && s[i + 1] == '9') ||
		    (s[i] == '2' && s[i + 1] == '0')) &&
		    isdigit((unsigned char)s[i + 2]) &&
		    isdigit((unsigned char)s[i + 3]) &&
		    (i == 0 || !isdigit((unsigned char)s[i - 1])) &&
		    (i + 4 == n || !isdigit((unsigned char)s[i + 4]))) {
			j = i + 4;
			if (j < n && s[j] == ')')
				j++;
			/* a place at most before the date: two words */
			for (k = 0, words = 0; k < i; k++)
				words += word_byte((unsigned char)s[k]) &&
				    (k == 0 ||
				    !word_byte((unsigned char)s[k - 1]));
			if (words > 2)
				return 0;
			if (bytes_at(s, n, j, ". ") || bytes_at(s, n, j, " - ") ||
			    bytes_at(s, n, j, " \xE2\x80\x93 ") ||
			    bytes_at(s, n, j, " \xE2\x80\x94 "))
				return j;
			return 0;
		}
	return 0;
}

/* the length of a separator of a line's items at s[i..n) ("|", "•", "·",
 * "⋅"); 0 if none */
static size_t
item_separator(const char *s, size_t n, size_t i)
{
	if (s[i] == '|')
		return 1;
	if (bytes_at(s, n, i, "\xE2\x80\xA2") ||
	    bytes_at(s, n, i, "\xE2\x8B\x85"))
		return 3;
	return bytes_at(s, n, i, "\xC2\xB7") ? 2 : 0;
}

/*
 * A line of items parted by separators ("⋅ November 22, 2011 ⋅ Email
 * this post ⋅ Diese Seite ausdrucken ⋅ Kommentieren", "Von: Anna Lee |
 * 31.10.23 | 3 Min."), too long or with too many words to be a dateline
 * whole: the first item with a year that is one.  Its start and length
 * into *at and *len; 0 if none.
 */
static int
dated_item(struct buf *out, const char *s, size_t n, const char *lang,
    size_t *at, size_t *len)
{
	size_t i, start = 0, k = 0;

	for (i = 0; i <= n; i++) {
		if (i < n && !(k = item_separator(s, n, i)))
			continue;
		/* the whole line (no separator) was read already */
		if (i > start && i - start <= 80 && !(start == 0 && i == n) &&
		    has_year(s + start, i - start) &&
		    dateline_date(out, s + start, i - start, lang)) {
			*at = start;
			*len = i - start;
			return 1;
		}
		if (i == n)
			break;
		start = i + k;
		i = start - 1;
	}
	return 0;
}

/*
 * The first date anywhere in s[0..n), among other words: a dateline's
 * reading of a short stretch from each number or month name ("29.
 * Januar 2020 um 13:22" of "Diese Seite wurde zuletzt am 29. Januar 2020
 * um 13:22 Uhr geändert").  The ISO date into out; 0 if none.
 */
static int
any_date(struct buf *out, const char *s, size_t n, const char *lang)
{
	size_t i, j, k;

	for (i = 0; i < n; i = j) {
		for (j = i; j < n && word_byte((unsigned char)s[j]); j++)
			;
		if (j == i)
			j = i + 1;
		if (!(isdigit((unsigned char)s[i]) && (i == 0 ||
		    !isdigit((unsigned char)s[i - 1]))) &&
		    !(j > i + 1 && meta_month_word(s + i, j - i, lang)))
			continue;
		k = n - i < 28 ? n - i : 28;
		if (dateline_date(out, s + i, k, lang))
			return 1;
		buf_clear(out);
	}
	return 0;
}

/* whether the lower-case text at low[0..n) starts with one of words,
 * whole */
static int
change_word_from(const char *low, size_t n, const char *const *words)
{
	size_t i, k;

	for (i = 0; words[i]; i++)
		if (words[i][0] == low[0] && (k = strlen(words[i])) <= n &&
		    !memcmp(low, words[i], k) && (k == n ||
		    !word_byte((unsigned char)low[k])))
			return 1;
	return 0;
}

/* the index of a word's first two letters in meta's change_pairs, if
 * both are ASCII letters; -1 if not */
static int
letter_pair(const char *s, size_t n)
{
	unsigned a, b;

	if (n < 2)
		return -1;
	a = ((unsigned char)s[0] | 0x20) - 'a';
	b = ((unsigned char)s[1] | 0x20) - 'a';
	return a < 26 && b < 26 ? (int)(a * 26 + b) : -1;
}

/* the first two letters of the words of [update] and [changed], as bits
 * of m->change_pairs (built once, in meta_init); a word of another
 * script's sets change_other */
static void
change_pairs_init(struct meta *m)
{
	const char *const *lists[] = { dateline_update, dateline_changed };
	size_t i, j;
	int k;

	for (i = 0; i < 2; i++)
		for (j = 0; lists[i][j]; j++)
			if ((k = letter_pair(lists[i][j],
			    strlen(lists[i][j]))) >= 0)
				m->change_pairs[k / 8] |= (unsigned char)
				    (1u << (k % 8));
			else
				m->change_other = 1;
}

/*
 * Whether s[0..n) has a word of [update] or [changed] (whole, or a
 * phrase's first): one pass over the words, and only a word whose first
 * two letters start one of them is put in lower case and compared (this
 * runs on every paragraph of a page with no date yet).
 */
static int
change_word(const struct meta *m, const char *s, size_t n)
{
	char low[24];
	size_t i, j, k;
	int pair;

	for (i = 0; i < n; i = j) {
		if (!word_byte((unsigned char)s[i])) {
			j = i + 1;
			continue;
		}
		for (j = i; j < n && word_byte((unsigned char)s[j]); j++)
			;
		pair = letter_pair(s + i, j - i);
		if (pair >= 0 ? !(m->change_pairs[pair / 8] & (1u << (pair %
		    8))) : !m->change_other || (unsigned char)s[i] < 0x80)
			continue;
		/* a phrase ("mis à jour") reads on past the word */
		k = n - i < sizeof low - 1 ? n - i : sizeof low - 1;
		if (lower_word(low, sizeof low, s + i, k) &&
		    (change_word_from(low, k, dateline_update) ||
		    change_word_from(low, k, dateline_changed)))
			return 1;
	}
	return 0;
}

/*
 * A line that says when the page last changed ([update] and [changed]
 * words: "[Stand: 09.10.2017, 01:40 Uhr]", "This page was last modified
 * on 4 November 2020"), up to 160 bytes and with a year (the caller
 * looks): its date, the weakest of the text's, while the page has given
 * none.
 */
static void
changed_line(struct meta *m, const char *s, size_t n, const char *lang)
{
	struct buf iso = BUF_INIT;

	if (!change_word(m, s, n))
		return;
	if (any_date(&iso, s, n, lang) && plausible(m, iso.data))
		meta_offer(m, M_DATE, P_CHANGED, iso.data, iso.len);
	buf_free(&iso);
}

void
meta_dateline(struct meta *m, const char *s, size_t n, int linked)
{
	struct buf iso = BUF_INIT;
	const char *lang = meta_get(m, M_LANG);
	char low[161];
	size_t k, at;
	int up, d, mo, y, year = -1;

	if ((m->prio[M_DATE] >= P_TEXT && m->dateline[0]) || m->aside)
		return;
	/* year: whether the whole line has one, when that was looked for
	 * (-1 if not): the two tests below need it once */
	if (m->prio[M_DATE] < P_CHANGED && n <= 160 &&
	    (year = has_year(s, n)))
		changed_line(m, s, n, lang);
	/* a line labelled as of publication: its date, however long */
	if ((k = labelled_date(s, n)) || (n > 80 && (k = lead_date(s, n)))) {
		n = k;
		year = -1;
	} else if (n > 160) {
		return;
	}
	/* a longer line is read only as a line of items: its separators'
	 * bytes are looked for first, most sentences have none */
	if (n > 80 && !memchr(s, '|', n) && !memchr(s, '\xE2', n) &&
	    !memchr(s, '\xC2', n))
		return;
	if (!(year >= 0 ? year : has_year(s, n)) && (n > 80 ||
	    !memchr(s, '.', n) ||
	    !short_year(s, n, &d, &mo, &y)))
		return;
	if (n > 80) {
		for (k = 0; k < n && !item_separator(s, n, k); k++)
			;
		if (k == n)
			return;
	}
	if (linked && other_words(s, n, lang) > 1)
		return;
	lower_word(low, sizeof low, s, n);
	if (today_line(low, n)) {
		buf_free(&iso);
		return;
	}
	if (n > 80 || !dateline_date(&iso, s, n, lang)) {
		/* a line of items: the dated one is the line */
		buf_clear(&iso);
		if (!dated_item(&iso, s, n, lang, &at, &k)) {
			buf_free(&iso);
			return;
		}
		memmove(low, low + at, k);
		n = k;
	}
	if (!plausible(m, iso.data)) {
		buf_free(&iso);
		return;
	}
	/* first publication over an update: an update's dateline gives way
	 * to a later one that does not say so */
	up = update_line(low, n);
	if (!up && !m->dateline[0]) {
		memcpy(m->dateline, iso.data, 10);
		m->dateline[10] = '\0';
	}
	meta_offer(m, M_DATE, up ? P_UPDATED : P_TEXT, iso.data, iso.len);
	buf_free(&iso);
}

/* a quote at s[i..n), "\"" as a script writes one inside a string too:
 * its length; 0 if none */
static size_t
quote_at(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '"')
		return 1;
	return i + 1 < n && s[i] == '\\' && s[i + 1] == '"' ? 2 : 0;
}

void
meta_script(struct meta *m, const char *s, size_t n)
{
	struct buf iso = BUF_INIT;
	const char *q, *end = s + n;
	char low[24];
	size_t i, j, k, v, w;

	if (m->prio[M_DATE] >= P_SCRIPT || m->aside)
		return;
	/* a key is a quoted word: look from each quote (memchr passes over
	 * the rest of the script quickly) */
	for (q = s; (q = memchr(q, '"', (size_t)(end - q))); q++) {
		i = (size_t)(q - s) + 1;
		for (k = i; k < n && k - i < sizeof low - 1 &&
		    (isalpha((unsigned char)s[k]) || s[k] == '_'); k++)
			;
		if (k - i < 7 || !(w = quote_at(s, n, k)))
			continue;
		/* most quoted words are values, not keys of a quoted
		 * value: look past the colon before looking the word up */
		for (j = k + w; j < n && (s[j] == ' ' || s[j] == ':'); j++)
			;
		if (!(w = quote_at(s, n, j)) ||
		    !lower_word(low, sizeof low, s + i, k - i))
			continue;
		for (v = 0; dateline_script[v] &&
		    strcmp(dateline_script[v], low); v++)
			;
		if (!dateline_script[v])
			continue;
		k = j;
		for (i = k += w; k < n && k - i < 40 && s[k] != '"' &&
		    s[k] != '\\'; k++)
			;
		buf_clear(&iso);
		if (k < n && k - i >= 8 && meta_iso_date(&iso, s + i, k - i) &&
		    plausible(m, iso.data)) {
			meta_offer(m, M_DATE, P_SCRIPT, s + i, k - i);
			break;
		}
	}
	buf_free(&iso);
}

/*
 * The date in a URL: /2020/04/13/, /2020/4/13/, /2020-04-13, /20200413/,
 * /2020/oct/02/; not a longer number (an id) nor a year and month alone.
 */
static int
url_date(struct buf *out, const char *s)
{
	const char *p;
	int y, mo, d;
	size_t n = strlen(s), i, j, k;

	for (p = s; (p = strchr(p, '/')); p++) {
		i = (size_t)(p - s) + 1;
		if ((y = digits(s, n, i, 4)) < 1990 || y > 2099)
			continue;
		j = i + 4;
		if (j + 5 < n && s[j] == '/' && isalpha((unsigned char)s[j + 1])) {
			/* /2020/oct/02/: an English month's abbreviation */
			for (mo = 0, k = 0; k < 12 && !mo; k++)
				if (!strncasecmp(s + j + 1, months[k], 3) &&
				    s[j + 4] == '/')
					mo = (int)k + 1;
			j += 5;
			if (!mo || (d = small_number(s, n, &j)) < 0 ||
			    (j < n && s[j] != '/'))
				continue;
		} else if (j < n && (s[j] == '/' || s[j] == '-')) {
			char sep = s[j++];

			if ((mo = small_number(s, n, &j)) < 0 || j >= n ||
			    s[j++] != sep || (d = small_number(s, n, &j)) < 0 ||
			    (j < n && isdigit((unsigned char)s[j])))
				continue;
		} else {
			mo = digits(s, n, j, 2);
			d = digits(s, n, j + 2, 2);
			if (j + 4 < n && isdigit((unsigned char)s[j + 4]))
				continue;	/* a longer number: an id */
		}
		if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
			put_date(out, y, mo, d);
			return 1;
		}
	}
	return 0;
}

/*
 * ISO 8601 as pages write it: "2019-11-20", "2019-11-20T10:13:00+0000",
 * "2019-11-20 10:13", "2019/11/20 10:13:00", "20191120T101300Z",
 * "2019-11-20T10:13:0Z" (a one-digit second: the zone still counts);
 * else an English date ("November 20, 2019").
 */
int
meta_iso_date(struct buf *out, const char *s, size_t n)
{
	int y, mo, d, h, mi, sec = -1, zh, zm, colon;
	size_t i, k;

	y = digits(s, n, 0, 4);
	if (y >= 1000 && n >= 10 && strchr("-/.", s[4]) && s[7] == s[4]) {
		mo = digits(s, n, 5, 2);
		d = digits(s, n, 8, 2);
		i = 10;
	} else if (y >= 1000 && n >= 8 && (n == 8 || s[8] == 'T') &&
	    (mo = digits(s, n, 4, 2)) >= 0 && (d = digits(s, n, 6, 2)) >= 0) {
		i = 8;		/* 20191120, 20191120T101300Z */
	} else {
		return english_date(out, s, n);
	}
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		return 0;
	put_date(out, y, mo, d);
	if (i + 5 > n || (s[i] != 'T' && s[i] != ' '))
		return 1;
	i++;
	h = digits(s, n, i, 2);
	colon = s[i + 2] == ':';
	mi = digits(s, n, i + 2 + colon, 2);
	if (h < 0 || h > 24 || mi < 0 || mi > 59)
		return 1;
	i += 4 + colon;
	if (colon && i + 1 < n && s[i] == ':' && isdigit((unsigned char)
	    s[i + 1])) {
		for (k = i + 1, sec = 0; k < n && k - i <= 2 &&
		    isdigit((unsigned char)s[k]); k++)
			sec = sec * 10 + s[k] - '0';
		i = k;
	} else if (!colon && (sec = digits(s, n, i, 2)) >= 0) {
		i += 2;
	}
	buf_addc(out, 'T');
	put_number(out, h, 2);
	buf_addc(out, ':');
	put_number(out, mi, 2);
	if (sec >= 0 && sec <= 60) {
		buf_addc(out, ':');
		put_number(out, sec, 2);
	}
	if (i < n && s[i] == '.')
		for (i++; i < n && isdigit((unsigned char)s[i]); i++)
			;
	if (i < n && s[i] == 'Z') {
		buf_addc(out, 'Z');
	} else if (i < n && (s[i] == '+' || s[i] == '-')) {
		zh = digits(s, n, i + 1, 2);
		zm = i + 3 < n && s[i + 3] == ':' ? digits(s, n, i + 4, 2) :
		    digits(s, n, i + 3, 2);
		if (zh >= 0 && zh <= 14 && zm >= 0 && zm < 60)
			buf_printf(out, "%c%02d:%02d", s[i], zh, zm);
	}
	return 1;
}

/* ---- lines of text ---- */

static int
starts_word(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	return n >= k && strncasecmp(s, w, k) == 0 &&
	    (n == k || !isalpha((unsigned char)s[k]));
}

static int
small_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"and", "da", "de", "del", "della", "den", "der", "di", "du",
		"la", "le", "van", "von", "bin", "al", "el", "y", "e"
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (starts_word(s, n, words[i]))
			return 1;
	return 0;
}

/*
 * Whether s[0..n) reads as a name: 1-5 capitalised words, no digits.
 * A word with no letter ("Name *", "Nome —") or one in lower case inside
 * brackets ("Nama (wajib)", "Name (required)") marks a form's label.
 */
static int
is_name(const char *s, size_t n)
{
	size_t i, words = 0;
	int start = 1, letter = 1;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (isdigit(c))
			return 0;
		if (c == ' ') {
			if (!letter)
				return 0;
			start = 1;
			continue;
		}
		if (start) {
			words++;
			letter = 0;
			/* "(Henrique Zecchin)": a bracket opens a word */
			if (c == '(' && i + 1 < n && islower(
			    (unsigned char)s[i + 1]))
				return 0;
			/* "and", "de", "van der": small words in names */
			if (islower(c) && !small_word(s + i, n - i))
				return 0;
		}
		if (isalpha(c) || c >= 0x80)
			letter = 1;
		start = 0;
	}
	return letter && words >= 1 && words <= 5;
}

static void
trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == ':' || **s == ','))
		(*s)++, (*n)--;
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == ','))
		(*n)--;
}

int
meta_text_line(struct meta *m, const char *s, size_t n)
{
	static const char *const date_words[] = {
		"updated", "published", "posted", "last updated", "modified",
		"date", "dated"
	};
	struct buf iso = BUF_INIT;
	const char *name, *src = NULL;
	size_t i, k, nn, sn = 0;

	if (n > 100 || n == 0)
		return 0;
	/* most lines start with none of the words below (their first letters
	 * and that of "by"): one test instead of eight */
	if (!strchr("bdlmpu", tolower((unsigned char)s[0])))
		return 0;
	for (i = 0; i < sizeof date_words / sizeof date_words[0]; i++) {
		k = strlen(date_words[i]);
		if (!starts_word(s, n, date_words[i]))
			continue;
		name = s + k;
		nn = n - k;
		trim(&name, &nn);
		if (meta_iso_date(&iso, name, nn)) {
			meta_offer(m, M_DATE, P_TEXT, name, nn);
			buf_free(&iso);
			return 1;
		}
	}
	buf_free(&iso);
	if (!starts_word(s, n, "by"))
		return 0;
	/* "By Wang Xu(China Daily)", "By Ann Lee | Reuters", "By A, AP" */
	name = s + 2;
	for (k = 0; k < n - 2 && !strchr("(|,", name[k]) &&
	    !(name[k] == ' ' && k + 2 < n - 2 && name[k + 1] == '-' &&
	    name[k + 2] == ' '); k++)
		;
	nn = k;
	if (k < n - 2) {
		src = name + k + 1;
		sn = n - 2 - k - 1;
		if (name[k] == ' ')
			src++, sn--;
		if (sn && src[sn - 1] == ')')
			sn--;
		trim(&src, &sn);
	}
	trim(&name, &nn);
	if (!nn || !is_name(name, nn))
		return 0;
	meta_offer(m, M_AUTHOR, P_TEXT, name, nn);
	if (src && sn && is_name(src, sn))
		meta_offer(m, M_SOURCE, P_TEXT, src, sn);
	return 1;
}

void
meta_byline(struct meta *m, const char *s, size_t n)
{
	struct buf f = BUF_INIT;
	const char *p;
	size_t k;

	text_fold(&f, s, n);
	p = f.data;
	k = f.len;
	if (k && !meta_text_line(m, p, k)) {
		trim(&p, &k);
		/* "Name *", "Nama (wajib)": a form's label is no name */
		if (k && k < 60 && is_name(p, k))
			meta_offer(m, M_AUTHOR, P_TAG, p, k);
	}
	buf_free(&f);
}

/* class words of a comment or contact form: its "author" is a field */
static const char *const form_words[] = {
	"comment", "comments", "form", "reply", "respond", "input",
	"field", "label", "login", "contact"
};

/* whether class v has a word of list (k words) */
static int
class_word(const char *v, const char *const *list, size_t k)
{
	const char *w;
	size_t n, i;

	while (*v) {
		while (*v && !isalpha((unsigned char)*v))
			v++;
		for (w = v; isalpha((unsigned char)*v); v++)
			;
		n = (size_t)(v - w);
		for (i = 0; i < k && n >= 4; i++)	/* no word is shorter */
			if (tolower((unsigned char)*w) == list[i][0] &&
			    strlen(list[i]) == n && !strncasecmp(w, list[i], n))
				return 1;
	}
	return 0;
}

void
meta_hatom(struct meta *m, const struct tag_attrs *a)
{
	static const char *const marks[] = { "published", "updated" };
	const char *v = a->title;
	size_t n;

	if (m->prio[M_DATE] >= P_HATOM || m->aside || !v || !a->class ||
	    (n = strlen(v)) < 10 || !isdigit((unsigned char)v[0]) ||
	    !class_word(a->class, marks, sizeof marks / sizeof *marks))
		return;
	meta_offer(m, M_DATE, P_HATOM, v, n);
}

int
meta_aside_class(const char *v)
{
	static const char *const marks[] = {
		"comment", "comments", "commentlist", "reply", "replies"
	};
	const char *p;
	int stem = 0;

	/* asked of every block's class and id: first the stems "comm" and
	 * "repl" (the first letter in either case; a class in capitals is
	 * not looked for), by the fast strchr: class_word alone cost 5 %
	 * of the HTML path */
	for (p = v; !stem && (p = strchr(p, 'm')); p++)
		stem = p - v >= 2 && p[-1] == 'o' && (p[-2] | 0x20) == 'c' &&
		    p[1] == 'm';
	for (p = v; !stem && (p = strchr(p, 'p')); p++)
		stem = p - v >= 2 && p[-1] == 'e' && (p[-2] | 0x20) == 'r' &&
		    p[1] == 'l';
	return stem && class_word(v, marks, sizeof marks / sizeof *marks);
}

int
meta_byline_class(const char *v)
{
	static const char *const marks[] = { "byline", "author", "authors" };

	/* asked of every class until a byline is found: marks first */
	return class_word(v, marks, sizeof marks / sizeof *marks) &&
	    !class_word(v, form_words, sizeof form_words / sizeof *form_words);
}

size_t
meta_title_core(const char *s, size_t n)
{
	static const char *const seps[] = {
		" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
		" \xC2\xB7 ", " \xC2\xBB ", " / "
	};
	size_t i, k, at = 0, words = 1;
	const char *p;

	/* the last separator: site names come last */
	for (i = 0; i < sizeof seps / sizeof seps[0]; i++)
		for (p = s; (p = memmem(p, n - (size_t)(p - s), seps[i],
		    strlen(seps[i]))); p++)
			if ((size_t)(p - s) > at)
				at = (size_t)(p - s);
	if (!at)
		return n;
	for (k = 0; k < at; k++)
		words += s[k] == ' ';
	return words >= 3 ? at : n;	/* "Home - Site": keep it whole */
}
