/* jsonld.c: the few schema.org fields strip-markup wants from JSON-LD.
 *
 * Not a JSON parser: it finds "headline", "datePublished", "author" and
 * "publisher" keys and reads their string, or the "name" inside their
 * object or array.  The first of each wins (an Article comes before the
 * BreadcrumbList and the WebSite in real pages' @graph).
 */
#include <string.h>

#include "meta.h"
#include "utf8.h"

/* the end of the JSON value that starts at s[i], or n */
static size_t
value_end(const char *s, size_t n, size_t i)
{
	int depth = 0;

	for (; i < n; i++) {
		switch (s[i]) {
		case '"':
			for (i++; i < n && s[i] != '"'; i++)
				if (s[i] == '\\')
					i++;
			if (!depth)
				return i + 1;
			break;
		case '{': case '[':
			depth++;
			break;
		case '}': case ']':
			if (--depth <= 0)
				return i + 1;
			break;
		case ',':
			if (!depth)
				return i;
			break;
		}
	}
	return n;
}

static unsigned
hex4(const char *s)
{
	unsigned v = 0;
	int i, c;

	for (i = 0; i < 4; i++) {
		c = s[i];
		v = v * 16 + (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' +
		    10);
	}
	return v;
}

/* the JSON string starting at s[i] (a '"') into out; 0 if not one */
static int
string_at(const char *s, size_t n, size_t i, struct buf *out)
{
	unsigned u;

	buf_clear(out);
	if (i >= n || s[i] != '"')
		return 0;
	for (i++; i < n && s[i] != '"'; i++) {
		if (s[i] != '\\') {
			buf_addc(out, s[i]);
			continue;
		}
		if (++i >= n)
			break;
		switch (s[i]) {
		case 'n': case 't': case 'r': buf_addc(out, ' '); break;
		case 'u':
			if (i + 4 >= n)
				return 0;
			u = hex4(s + i + 1);
			i += 4;
			if (u < 0xD800 || u > 0xDFFF)
				utf8_add(out, (int32_t)u);
			break;
		default: buf_addc(out, s[i]); break;
		}
	}
	return out->len > 0;
}

/* where the value of the first "key" is, or n */
static size_t
find_key(const char *s, size_t from, size_t n, const char *key)
{
	size_t k = strlen(key), i;
	const char *p;

	for (i = from; i < n; i = (size_t)(p - s) + 1) {
		if (!(p = memmem(s + i, n - i, key, k)))
			return n;
		i = (size_t)(p - s) + k;
		if (p == s || p[-1] != '"' || i >= n || s[i] != '"')
			continue;
		for (i++; i < n && (s[i] == ' ' || s[i] == '\n' ||
		    s[i] == '\t' || s[i] == '\r'); i++)
			;
		if (i >= n || s[i] != ':')
			continue;
		for (i++; i < n && (s[i] == ' ' || s[i] == '\n' ||
		    s[i] == '\t' || s[i] == '\r'); i++)
			;
		return i;
	}
	return n;
}

/* the string value of key, or the "name" inside its object or array */
static int
field(const char *s, size_t n, const char *key, struct buf *out)
{
	size_t v = find_key(s, 0, n, key), end, nm;

	if (v >= n)
		return 0;
	if (s[v] == '"')
		return string_at(s, n, v, out);
	end = value_end(s, n, v);
	nm = find_key(s, v, end, "name");
	return nm < end && string_at(s, end, nm, out);
}

void
meta_jsonld(struct meta *m, const char *s, size_t n)
{
	struct buf v = BUF_INIT;

	if (field(s, n, "headline", &v))
		meta_offer(m, M_TITLE, P_JSONLD, v.data, v.len);
	if (field(s, n, "datePublished", &v))
		meta_offer(m, M_DATE, P_JSONLD, v.data, v.len);
	if (field(s, n, "dateModified", &v))
		meta_modified(m, v.data, v.len);
	if (field(s, n, "author", &v) && strncmp(v.data, "http", 4) != 0)
		meta_offer(m, M_AUTHOR, P_JSONLD, v.data, v.len);
	if (field(s, n, "publisher", &v))
		meta_offer(m, M_SOURCE, P_JSONLD, v.data, v.len);
	buf_free(&v);
}

/* the string value of "articleBody", the first one */
int
jsonld_article_body(const char *s, size_t n, struct buf *out)
{
	size_t v = find_key(s, 0, n, "articleBody");

	return v < n && s[v] == '"' && string_at(s, n, v, out);
}
