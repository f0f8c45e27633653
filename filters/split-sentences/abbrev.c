/* abbrev.c: a small open-addressing hash set of words with flags. */
#include <stdlib.h>
#include <string.h>

#include "abbrev.h"
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

	if (n == 0 || n > MAX_WORD)
		return;
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

int
abbrev_load(struct abbrev_table *t, const char *s, size_t n)
{
	unsigned flags = AB_PLAIN;
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
		if (s[a] == '[' && s[b - 1] == ']') {
			flags = class_flag(s + a + 1, b - a - 2);
			if (!flags)
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

	if (n == 0 || n > t->maxlen)
		return 0;
	e = slot_for(t, hash(s, n), s, n);
	return e->len ? e->flags : 0;
}
