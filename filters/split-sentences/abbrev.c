/* abbrev.c: a small open-addressing hash set of words with flags. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "abbrev.h"
#include "utf8.h"
#include "xalloc.h"

#define MAX_WORD 64	/* longer "words" are never abbreviations */

static unsigned char
lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* FNV-1a over the lowercased bytes */
static uint32_t
hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= lower((unsigned char)s[i]);
		h *= 16777619u;
	}
	return h;
}

static int
same(const char *key, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (key[i] != (char)lower((unsigned char)s[i]))
			return 0;
	return 1;
}

/*
 * s[0..n) lowercased into out (Unicode's simple lowercase, so "Кв" finds
 * "кв"); its length, or 0 if it does not fit.  ASCII-only words, the most
 * common, need no copy: the hash and compare lowercase them on the fly.
 */
static size_t
fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t i = 0, o = 0, len;
	int32_t cp;

	while (i < n) {
		len = utf8_decode(s + i, n - i, &cp);
		if (cp < 0 || len == 0)
			return 0;
		cp = utf8proc_tolower(cp);
		if (cap - o < 4)
			return 0;
		o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out + o);
		i += len;
	}
	return o;
}

static int
has_high(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 1;
	return 0;
}

void
abbrev_init(struct abbrev_table *t)
{
	memset(t, 0, sizeof *t);
}

void
abbrev_free(struct abbrev_table *t)
{
	free(t->slots);
	free(t->keys);
	memset(t, 0, sizeof *t);
}

static struct abbrev_entry *
slot_for(const struct abbrev_table *t, uint32_t h, const char *s, size_t n)
{
	size_t i = h & (t->cap - 1);

	for (;; i = (i + 1) & (t->cap - 1)) {
		struct abbrev_entry *e = &t->slots[i];

		if (e->len == 0)
			return e;
		if (e->hash == h && e->len == n && same(t->keys + e->key, s, n))
			return e;
	}
}

static void
grow(struct abbrev_table *t)
{
	struct abbrev_entry *old = t->slots;
	size_t oldcap = t->cap, i;

	t->cap = oldcap ? oldcap * 2 : 256;
	t->slots = xcalloc(t->cap, sizeof *t->slots);
	for (i = 0; i < oldcap; i++) {
		struct abbrev_entry *e;

		if (old[i].len == 0)
			continue;
		e = slot_for(t, old[i].hash, t->keys + old[i].key, old[i].len);
		*e = old[i];
	}
	free(old);
}

static void
add(struct abbrev_table *t, const char *s, size_t n, unsigned flags)
{
	struct abbrev_entry *e;
	uint32_t h;
	size_t i;
	char folded[4 * MAX_WORD];

	if (n == 0 || n > MAX_WORD)
		return;
	if (has_high(s, n)) {
		if (!(n = fold(s, n, folded, sizeof folded)))
			return;
		s = folded;
	}
	if ((t->n + 1) * 2 > t->cap)
		grow(t);
	h = hash(s, n);
	e = slot_for(t, h, s, n);
	if (e->len) {
		e->flags |= flags;
		return;
	}
	if (t->keys_cap - t->keys_len < n) {
		t->keys_cap = (t->keys_cap + n) * 2;
		t->keys = xrealloc(t->keys, t->keys_cap);
	}
	for (i = 0; i < n; i++)
		t->keys[t->keys_len + i] = (char)lower((unsigned char)s[i]);
	e->hash = h;
	e->len = (uint32_t)n;
	e->key = t->keys_len;
	e->flags = flags;
	t->keys_len += n;
	if (n > t->maxlen)
		t->maxlen = n;
	t->n++;
}

static unsigned
class_flag(const char *s, size_t n)
{
	static const struct { const char *name; unsigned flag; } classes[] = {
		{ "nonfinal", AB_NONFINAL }, { "number", AB_NUMBER },
		{ "final", AB_FINAL }, { "plain", AB_PLAIN },
		{ "starter", AB_STARTER }, { "prep", AB_PREP },
		{ "speech", AB_SPEECH }, { "date", AB_DATE },
		{ "label", AB_LABEL },
	};
	size_t i;

	for (i = 0; i < sizeof classes / sizeof classes[0]; i++)
		if (strlen(classes[i].name) == n &&
		    memcmp(classes[i].name, s, n) == 0)
			return classes[i].flag;
	return 0;
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

enum { SECTION_WORDS, SECTION_SETTING, SECTION_TERMINATOR };

static unsigned
setting_flag(const char *s, size_t n)
{
	return n == 7 && memcmp(s, "ordinal", 7) == 0 ? AB_SET_ORDINAL : 0;
}

/* one character of a [terminator] section, or 0 if the line is not one */
static int
add_terminator(struct abbrev_table *t, const char *s, size_t n)
{
	int32_t cp;
	size_t len = utf8_decode(s, n, &cp), i;

	if (cp <= ' ' || len != n || t->nterms == AB_MAX_TERMS)
		return 0;
	for (i = 0; i < t->nterms; i++)
		if (t->terms[i] == cp)
			return 1;
	t->terms[t->nterms++] = cp;
	return 1;
}

int
abbrev_load(struct abbrev_table *t, const char *s, size_t n)
{
	unsigned flags = AB_PLAIN;
	int section = SECTION_WORDS;
	size_t pos = 0, lineno = 0;

	while (pos < n) {
		const char *nl = memchr(s + pos, '\n', n - pos);
		size_t end = nl ? (size_t)(nl - s) : n, a = pos, b = end;

		lineno++;
		pos = end + 1;
		while (a < b && is_blank(s[a]))
			a++;
		while (b > a && is_blank(s[b - 1]))
			b--;
		if (a == b || s[a] == '#')
			continue;
		if (s[a] == '[' && s[b - 1] == ']' && b - a > 2) {
			section = SECTION_WORDS;
			if (b - a - 2 == 7 && !memcmp(s + a + 1, "setting", 7))
				section = SECTION_SETTING;
			else if (b - a - 2 == 10 &&
			    !memcmp(s + a + 1, "terminator", 10))
				section = SECTION_TERMINATOR;
			else if (!(flags = class_flag(s + a + 1, b - a - 2)))
				return (int)lineno;
			continue;
		}
		if (section == SECTION_SETTING) {
			unsigned f = setting_flag(s + a, b - a);

			if (!f)
				return (int)lineno;
			t->settings |= f;
			continue;
		}
		if (section == SECTION_TERMINATOR) {
			if (!add_terminator(t, s + a, b - a))
				return (int)lineno;
			continue;
		}
		/* "Mr." and "mr" are the same entry */
		if (b - a > 1 && s[b - 1] == '.')
			b--;
		add(t, s + a, b - a, flags);
	}
	return 0;
}

const struct abbrev_builtin *
abbrev_find_lang(const char *lang)
{
	const struct abbrev_builtin *b;

	for (b = abbrev_builtin; b->lang; b++)
		if (strcmp(b->lang, lang) == 0)
			return b;
	return NULL;
}

unsigned
abbrev_lookup(const struct abbrev_table *t, const char *s, size_t n)
{
	const struct abbrev_entry *e;
	char folded[4 * MAX_WORD];

	if (n == 0 || n > 4 * MAX_WORD)
		return 0;
	if (has_high(s, n)) {
		if (!(n = fold(s, n, folded, sizeof folded)))
			return 0;
		s = folded;
	}
	if (n > t->maxlen)
		return 0;
	e = slot_for(t, hash(s, n), s, n);
	return e->len ? e->flags : 0;
}
