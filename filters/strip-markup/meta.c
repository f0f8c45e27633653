/* meta.c: metadata from <meta>, <link>, <html lang> and <time>. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "meta.h"
#include "elements.h"
#include "text.h"

static const char *const field_names[M_N] = {
	"url", "title", "date", "author", "lang", "source"
};

void
meta_init(struct meta *m)
{
	memset(m, 0, sizeof *m);
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
}

void
meta_offer(struct meta *m, enum meta_field f, int prio, const char *s,
    size_t n)
{
	struct buf *v = &m->scratch;

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

		if (!meta_iso_date(&iso, v->data, v->len)) {
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

void
meta_to_doc(struct meta *m, struct doc *d)
{
	char lang[LANG_MAX];
	int f;

	for (f = 0; f < M_N; f++)
		if (f == M_LANG) {
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
} meta_keys[] = {
	{ "og:title", M_TITLE, P_OG },
	{ "dc:title", M_TITLE, P_DC },
	{ "dcterm:title", M_TITLE, P_DC },
	{ "dc.title", M_TITLE, P_DC },
	{ "twitter:title", M_TITLE, P_META },
	{ "parsely-title", M_TITLE, P_META },
	{ "title", M_TITLE, P_META },
	{ "og:url", M_URL, P_META },
	{ "og:site_name", M_SOURCE, P_OG },
	{ "application-name", M_SOURCE, P_META },
	{ "author", M_AUTHOR, P_META },
	{ "dc:creator", M_AUTHOR, P_DC },
	{ "dcterm:creator", M_AUTHOR, P_DC },
	{ "dc.creator", M_AUTHOR, P_DC },
	{ "article:author", M_AUTHOR, P_META - 1 },
	{ "byl", M_AUTHOR, P_META },
	{ "sailthru.author", M_AUTHOR, P_META },
	{ "parsely-author", M_AUTHOR, P_META },
	{ "article:published_time", M_DATE, P_OG },
	{ "parsely-pub-date", M_DATE, P_META },
	{ "datepublished", M_DATE, P_META },
	{ "date", M_DATE, P_META },
	{ "pubdate", M_DATE, P_META },
	{ "publishdate", M_DATE, P_META },
	{ "dc.date", M_DATE, P_META },
	{ "dc.date.issued", M_DATE, P_META },
	{ "dcterms.date", M_DATE, P_META },
	{ "sailthru.date", M_DATE, P_META },
	{ "og:published_time", M_DATE, P_META },
};

/* a meta key: "og:title", or several separated by spaces */
static void
meta_key(struct meta *m, const char *key, const char *v, size_t n)
{
	const char *end;
	size_t i, k;

	for (; *key; key = end) {
		while (*key == ' ')
			key++;
		for (end = key; *end && *end != ' '; end++)
			;
		k = (size_t)(end - key);
		for (i = 0; i < sizeof meta_keys / sizeof meta_keys[0]; i++)
			if (strlen(meta_keys[i].key) == k &&
			    strncasecmp(key, meta_keys[i].key, k) == 0) {
				/* a profile URL is not a name */
				if (meta_keys[i].f == M_AUTHOR &&
				    strncmp(v, "http", 4) == 0)
					break;
				meta_offer(m, meta_keys[i].f,
				    meta_keys[i].prio, v, n);
				break;
			}
	}
}

void
meta_tag(struct meta *m, const struct tok_tag *tag)
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
		if (!(v = tok_attr(tag, "content", &n)))
			return;
		if ((key = tok_attr(tag, "http-equiv", NULL)) &&
		    !strcasecmp(key, "content-language"))
			meta_lang(m, LANG_FROM_EQUIV, v, n);
		if (((key = tok_attr(tag, "property", NULL)) ||
		    (key = tok_attr(tag, "name", NULL))) &&
		    !strcasecmp(key, "og:locale"))
			meta_lang(m, LANG_FROM_OG, v, n);
		if ((key = tok_attr(tag, "name", NULL)) &&
		    (!strcasecmp(key, "dc.language") ||
		    !strcasecmp(key, "dcterms.language") ||
		    !strcasecmp(key, "language")))
			meta_lang(m, LANG_FROM_DC, v, n);
		if ((key = tok_attr(tag, "property", NULL)))
			meta_key(m, key, v, n);
		if ((key = tok_attr(tag, "name", NULL)))
			meta_key(m, key, v, n);
		if ((key = tok_attr(tag, "itemprop", NULL)))
			meta_key(m, key, v, n);
	} else if (tag->el == EL_LINK) {
		const char *rel = tok_attr(tag, "rel", NULL);

		if (rel && strcasecmp(rel, "canonical") == 0 &&
		    (v = tok_attr(tag, "href", &n)))
			meta_offer(m, M_URL, P_JSONLD, v, n);
	} else if (tag->el == EL_TIME) {
		if ((v = tok_attr(tag, "datetime", &n)))
			meta_offer(m, M_DATE, P_TAG, v, n);
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
	buf_printf(out, "%04d-%02d-%02d", y, mo, d);
	return 1;
}

/*
 * ISO 8601 as pages write it: "2019-11-20", "2019-11-20T10:13:00+0000",
 * "2019-11-20 10:13", "20191120T101300Z" is rare and not taken.
 */
int
meta_iso_date(struct buf *out, const char *s, size_t n)
{
	int y, mo, d, h, mi, sec = -1, zh, zm;
	size_t i;

	y = digits(s, n, 0, 4);
	if (y < 1000 || n < 10 || s[4] != '-' || s[7] != '-')
		return english_date(out, s, n);
	mo = digits(s, n, 5, 2);
	d = digits(s, n, 8, 2);
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		return 0;
	buf_printf(out, "%04d-%02d-%02d", y, mo, d);
	i = 10;
	if (i + 6 > n || (s[i] != 'T' && s[i] != ' ') || s[i + 3] != ':')
		return 1;
	h = digits(s, n, i + 1, 2);
	mi = digits(s, n, i + 4, 2);
	if (h < 0 || h > 24 || mi < 0 || mi > 59)
		return 1;
	i += 6;
	if (i + 3 <= n && s[i] == ':') {
		sec = digits(s, n, i + 1, 2);
		if (sec < 0 || sec > 60)
			sec = -1;
		else
			i += 3;
	}
	buf_printf(out, "T%02d:%02d", h, mi);
	if (sec >= 0)
		buf_printf(out, ":%02d", sec);
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

/* whether s[0..n) reads as a name: 1-5 capitalised words, no digits */
static int
is_name(const char *s, size_t n)
{
	size_t i, words = 0;
	int start = 1;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (isdigit(c))
			return 0;
		if (c == ' ') {
			start = 1;
			continue;
		}
		if (start) {
			words++;
			/* "and", "de", "van der": small words in names */
			if (islower(c) && !small_word(s + i, n - i))
				return 0;
		}
		start = 0;
	}
	return words >= 1 && words <= 5;
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

	if (n > 100)
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
		if (k && k < 60 && is_name(p, k))
			meta_offer(m, M_AUTHOR, P_TAG, p, k);
	}
	buf_free(&f);
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
