/* meta.c: metadata from <meta>, <link>, <html lang> and <time>. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "meta.h"
#include "text.h"

static const char *const field_names[M_N] = {
	"url", "title", "date", "author", "lang", "source"
};

void
meta_init(struct meta *m)
{
	memset(m, 0, sizeof *m);
}

void
meta_free(struct meta *m)
{
	int f;

	for (f = 0; f < M_N; f++)
		buf_free(&m->value[f]);
	buf_free(&m->scratch);
}

void
meta_reset(struct meta *m)
{
	int f;

	for (f = 0; f < M_N; f++) {
		buf_clear(&m->value[f]);
		m->prio[f] = 0;
	}
}

void
meta_offer(struct meta *m, enum meta_field f, int prio, const char *s,
    size_t n)
{
	struct buf *v = &m->scratch;

	if (prio <= m->prio[f])
		return;
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
meta_to_doc(const struct meta *m, struct doc *d)
{
	int f;

	for (f = 0; f < M_N; f++)
		if (m->prio[f])
			doc_set(d, field_names[f], m->value[f].data,
			    m->value[f].len);
}

/* <meta> keys (name, property or itemprop) and what they give */
static const struct {
	const char *key;
	enum meta_field f;
	int prio;
} meta_keys[] = {
	{ "og:title", M_TITLE, P_OG },
	{ "twitter:title", M_TITLE, P_META },
	{ "dc.title", M_TITLE, P_META },
	{ "headline", M_TITLE, P_META },
	{ "og:url", M_URL, P_OG - 1 },
	{ "og:site_name", M_SOURCE, P_OG },
	{ "application-name", M_SOURCE, P_META },
	{ "author", M_AUTHOR, P_META },
	{ "article:author", M_AUTHOR, P_META - 1 },
	{ "dc.creator", M_AUTHOR, P_META },
	{ "byl", M_AUTHOR, P_META },
	{ "sailthru.author", M_AUTHOR, P_META },
	{ "parsely-author", M_AUTHOR, P_META },
	{ "article:published_time", M_DATE, P_OG },
	{ "datepublished", M_DATE, P_META },
	{ "date", M_DATE, P_META },
	{ "pubdate", M_DATE, P_META },
	{ "publishdate", M_DATE, P_META },
	{ "dc.date", M_DATE, P_META },
	{ "dc.date.issued", M_DATE, P_META },
	{ "dcterms.date", M_DATE, P_META },
	{ "sailthru.date", M_DATE, P_META },
	{ "parsely-pub-date", M_DATE, P_META },
	{ "og:published_time", M_DATE, P_META },
	{ "dc.language", M_LANG, P_TAG - 1 },
};

void
meta_tag(struct meta *m, const struct tok_tag *tag)
{
	const char *v, *key;
	size_t n, i;

	if (tag->end)
		return;
	if (strcmp(tag->name, "html") == 0) {
		if ((v = tok_attr(tag, "lang", &n)) ||
		    (v = tok_attr(tag, "xml:lang", &n)))
			meta_offer(m, M_LANG, P_TAG, v, n);
	} else if (strcmp(tag->name, "meta") == 0) {
		if (!(v = tok_attr(tag, "content", &n)))
			return;
		if (!(key = tok_attr(tag, "property", NULL)) &&
		    !(key = tok_attr(tag, "name", NULL)) &&
		    !(key = tok_attr(tag, "itemprop", NULL)))
			return;
		for (i = 0; i < sizeof meta_keys / sizeof meta_keys[0]; i++)
			if (strcasecmp(key, meta_keys[i].key) == 0) {
				/* a profile URL is not a name */
				if (meta_keys[i].f == M_AUTHOR &&
				    strncmp(v, "http", 4) == 0)
					return;
				meta_offer(m, meta_keys[i].f,
				    meta_keys[i].prio, v, n);
				return;
			}
	} else if (strcmp(tag->name, "link") == 0) {
		const char *rel = tok_attr(tag, "rel", NULL);

		if (rel && strcasecmp(rel, "canonical") == 0 &&
		    (v = tok_attr(tag, "href", &n)))
			meta_offer(m, M_URL, P_OG, v, n);
	} else if (strcmp(tag->name, "time") == 0) {
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
		return 0;
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
