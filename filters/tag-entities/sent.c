/* sent.c: what the rules and passes ask of a line's words. */
#include <string.h>

#include "sent.h"
#include "xalloc.h"

static inline int
lower_ascii(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c;
}

/* s[0..n) is word, ignoring ASCII case */
static inline int
same_word(const char *s, size_t n, const char *word)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (!word[k] || lower_ascii((unsigned char)s[k]) !=
		    lower_ascii((unsigned char)word[k]))
			return 0;
	return word[n] == '\0';
}

int
tok_is(const struct sent *st, size_t i, const char *word)
{
	return same_word(TOK_P(st, i), TOK_N(st, i), word);
}

uint64_t
tok_classes_look_up(const struct sent *st, size_t i)
{
	st->cls[i] = word_classes(st->words, TOK_P(st, i), TOK_N(st, i));
	return st->cls[i];
}

void
mentions_add(struct mentions *m, size_t a, size_t b, int type)
{
	if (m->n == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 16;
		m->v = xreallocarray(m->v, m->cap, sizeof *m->v);
	}
	m->v[m->n].a = (uint32_t)a;
	m->v[m->n].b = (uint32_t)b;
	m->v[m->n].type = type;
	m->n++;
}

/* append s[0..n) folded to ASCII lower case */
static void
fold(struct buf *b, const char *s, size_t n)
{
	size_t i;

	buf_reserve(b, n);
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 'a' - 'A');
		b->data[b->len++] = c;
	}
	b->data[b->len] = '\0';
}

unsigned
phrase_gaz(const struct sent *st, size_t a, size_t b)
{
	size_t i;

	if (b - a == 1)
		return st->gaz[a];
	if (b - a > gaz_max_words)
		return 0;	/* and the cost of a long name stays linear */
	buf_clear(st->scratch);
	for (i = a; i < b; i++) {
		if (i > a)
			buf_addc(st->scratch, ' ');
		fold(st->scratch, TOK_P(st, i), TOK_N(st, i));
	}
	return gaz_lookup(st->g, st->scratch->data, st->scratch->len);
}

