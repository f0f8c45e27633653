/* memory.c: the per-document memory of names (see memory.h). */
#include <stdlib.h>
#include <string.h>

#include "memory.h"
#include "tagger.h"
#include "stream.h"
#include "xalloc.h"

static const int name_types_mem[3] = {
	ENT_PERSON, ENT_ORGANIZATION, ENT_LOCATION
};

enum { MEM_PART = 1 };	/* a word of a person's name of two words or more */

static uint64_t
hash_text(const char *s, size_t n, uint64_t seed)
{
	uint64_t h = 1469598103934665603ull ^ seed;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h | 1;	/* 0 marks an empty slot */
}

void
memory_clear(struct memory *mem)
{
	if (mem->n) {
		memset(mem->key, 0, sizeof mem->key);
		memset(mem->val, 0, sizeof mem->val);
		mem->n = 0;
	}
}

static size_t
find(const struct memory *mem, uint64_t h)
{
	size_t j = (size_t)(h >> 17) & (MEMORY_SLOTS - 1);

	while (mem->key[j] && mem->key[j] != h)
		j = (j + 1) & (MEMORY_SLOTS - 1);
	return j;
}

/* the slot of h, claimed if new; MEMORY_SLOTS when the memory is full:
 * bounded, a long document stops learning, it never grows */
static size_t
claim(struct memory *mem, uint64_t h)
{
	size_t j = find(mem, h);

	if (!mem->key[j]) {
		if (mem->n >= MEMORY_SLOTS / 2)
			return MEMORY_SLOTS;
		mem->key[j] = h;
		mem->n++;
	}
	return j;
}

static void
put(struct memory *mem, uint64_t h, uint8_t set, uint8_t mask)
{
	size_t j = claim(mem, h);

	if (j < MEMORY_SLOTS && !(mem->val[j] & mask))
		mem->val[j] |= set;
}

/* count one more under h (saturating) */
static void
count(struct memory *mem, uint64_t h)
{
	size_t j = claim(mem, h);

	if (j < MEMORY_SLOTS && mem->val[j] < 255)
		mem->val[j]++;
}

/* the hash of a name's text, and its key as a type (k = 0..2) */
static uint64_t
name_hash(const struct sent *st, const struct mention *x)
{
	const char *p = TOK_P(st, x->a);

	return hash_text(p, (size_t)(TOK_P(st, x->b - 1) + TOK_N(st, x->b - 1) -
	    p), 0x51ED27A1u);
}

static uint64_t
type_key(uint64_t h, int k)
{
	return (h ^ (0x9E3779B97F4A7C15ull * (uint64_t)(k + 1))) | 1;
}

static int
type_index(int type)
{
	return type == ENT_PERSON ? 0 : type == ENT_ORGANIZATION ? 1 :
	    type == ENT_LOCATION ? 2 : -1;
}

static uint8_t
get(const struct memory *mem, uint64_t h)
{
	size_t j = find(mem, h);

	return mem->key[j] ? mem->val[j] : 0;
}

void
memory_learn(struct memory *mem, const struct sent *st,
    const struct mentions *m)
{
	size_t k, i;

	for (k = 0; k < m->n; k++) {
		const struct mention *x = &m->v[k];

		if (type_index(x->type) < 0)
			continue;
		/* how often this text was each type */
		count(mem, type_key(name_hash(st, x), type_index(x->type)));
		if (x->type != ENT_PERSON || x->b - x->a < 2)
			continue;
		for (i = x->a; i < x->b; i++)
			if ((st->tok[i].shape & SH_UPPER) && TOK_N(st, i) >= 2 &&
			    !(st->gaz[i] & (GAZ_TITLE | GAZ_COMMON)))
				put(mem, hash_text(TOK_P(st, i), TOK_N(st, i),
				    0), MEM_PART, MEM_PART);
	}
}

static int
person_part(const struct memory *mem, const struct sent *st, size_t i)
{
	return (get(mem, hash_text(TOK_P(st, i), TOK_N(st, i), 0)) &
	    MEM_PART) != 0;
}

void
memory_apply(struct memory *mem, const struct sent *st,
    struct mentions *m, size_t from)
{
	size_t k, i, j, n0 = m->n;

	if (mem->n == 0)
		return;
	/* a name takes the type the document gave it most often so far
	 * ("Enron" an organisation throughout) */
	for (k = from; k < n0; k++) {
		struct mention *x = &m->v[k];
		int t = type_index(x->type), u, best;
		uint8_t c[3];
		uint64_t h;

		if (t < 0)
			continue;
		h = name_hash(st, x);
		for (u = 0; u < 3; u++)
			c[u] = get(mem, type_key(h, u));
		best = t;
		for (u = 0; u < 3; u++)
			if (c[u] > c[best])
				best = u;
		x->type = name_types_mem[best];
	}
	for (k = from; k < n0; k++) {
		struct mention *x = &m->v[k];

		if (x->type < 0 || x->type == ENT_PERSON ||
		    x->type > ENT_LOCATION)
			continue;
		/* every word a part of a known person's name: "Zheng",
		 * "the Donald Trump impersonator" */
		for (i = x->a; i < x->b; i++)
			if (!person_part(mem, st, i) ||
			    (st->gaz[i] & (GAZ_COUNTRY | GAZ_SUBDIV | GAZ_ORG |
			    GAZ_ORGSUFFIX)))
				break;
		if (i == x->b)
			x->type = ENT_PERSON;
	}
	/* free tokens that name a known person: those no mention before
	 * this step holds, counted once over the line (cover[i]: how many
	 * hold token i) so that a line of many names stays linear */
	if (mem->covercap < st->n + 1) {
		mem->covercap = st->n + 1;
		mem->cover = xreallocarray(mem->cover, mem->covercap,
		    sizeof *mem->cover);
	}
	memset(mem->cover, 0, (st->n + 1) * sizeof *mem->cover);
	for (k = 0; k < n0; k++)
		if (m->v[k].type >= 0 && m->v[k].a < m->v[k].b) {
			mem->cover[m->v[k].a]++;
			mem->cover[m->v[k].b]--;
		}
	for (i = 1; i < st->n; i++)
		mem->cover[i] += mem->cover[i - 1];
	for (i = 0; i < st->n; i = j) {
		j = i + 1;
		if (st->used[i] || !(st->tok[i].shape & SH_UPPER) ||
		    (st->tok[i].shape & SH_ALLCAPS) ||
		    (st->gaz[i] & (GAZ_TITLE | GAZ_COMMON)) ||
		    !person_part(mem, st, i) || mem->cover[i])
			continue;
		/* "Barack Obama" again: one mention */
		if (m->n > n0 && m->v[m->n - 1].b == i)
			m->v[m->n - 1].b = (uint32_t)i + 1;
		else
			mentions_add(m, i, i + 1, ENT_PERSON);
	}
}

void
memory_free(struct memory *mem)
{
	free(mem->cover);
	mem->cover = NULL;
	mem->covercap = 0;
}

/* the window of lines around the one in hand (memory.h) */

static struct look_line *
look_slot(struct look *lk, size_t i)
{
	return &lk->slot[i % LOOK_SLOTS];
}

/* drop the oldest lines behind past the bounds */
static void
look_trim(struct look *lk)
{
	while (lk->first < lk->next && (lk->next - lk->first > LOOK_BEHIND ||
	    lk->behind_bytes > LOOK_BYTES)) {
		lk->behind_bytes -= look_slot(lk, lk->first)->n;
		lk->first++;
	}
}

void
look_push(struct look *lk, const char *s, size_t n, size_t lineno)
{
	struct look_line *l;

	look_trim(lk);
	l = look_slot(lk, lk->end++);
	buf_clear(&l->text);
	if (!s)
		n = 0;
	if (n > LOOK_BYTES) {
		/* borrowed: a copy would be one more of the longest line,
		 * kept in its slot after the line is gone */
		l->s = s;
	} else {
		if (s)
			buf_add(&l->text, s, n);
		l->s = l->text.data;
	}
	l->n = n;
	l->is_break = s == NULL;
	l->lineno = lineno;
	lk->ahead_bytes += n;
}

int
look_due(const struct look *lk, int all)
{
	if (lk->next == lk->end)
		return 0;
	return all || lk->end - lk->next > LOOK_AHEAD ||
	    lk->ahead_bytes > LOOK_BYTES;
}

const struct look_line *
look_current(const struct look *lk)
{
	return &lk->slot[lk->next % LOOK_SLOTS];
}

void
look_done(struct look *lk)
{
	size_t len = look_slot(lk, lk->next)->n;

	lk->ahead_bytes -= len;
	lk->behind_bytes += len;
	lk->next++;
	/* a borrowed line is over the bound alone: it leaves here */
	look_trim(lk);
}

void
look_clear(struct look *lk)
{
	lk->first = lk->next = lk->end = 0;
	lk->behind_bytes = lk->ahead_bytes = 0;
}

void
look_free(struct look *lk)
{
	size_t i;

	for (i = 0; i < LOOK_SLOTS; i++)
		buf_free(&lk->slot[i].text);
}

static int
word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80 || c == '_';
}

/* the first place of w[0..wn) (wn >= 1) in p..end, as memmem finds it:
 * its first byte by memchr, then the rest compared (the first letter of
 * a word is rare enough in a line that this is cheaper than memmem's
 * general search, the most of this memory's time) */
static const char *
find_bytes(const char *p, const char *end, const char *w, size_t wn)
{
	while ((size_t)(end - p) >= wn) {
		p = memchr(p, (unsigned char)w[0], (size_t)(end - p) - wn + 1);
		if (!p)
			return NULL;
		if (memcmp(p + 1, w + 1, wn - 1) == 0)
			return p;
		p++;
	}
	return NULL;
}

/* whether s[0..n) holds the needle (wn >= 1 bytes) as a word of
 * running text: not part of a longer word, nor of an address
 * ("www.cybersecurity.com", "@cybersecurity") */
static int
holds_word(const char *s, size_t n, const char *w, size_t wn)
{
	const char *p = s, *end;

	if (n < wn)
		return 0;
	end = s + n;
	while ((size_t)(end - p) >= wn &&
	    (p = find_bytes(p, end, w, wn)) != NULL) {
		unsigned char before = p > s ? (unsigned char)p[-1] : ' ';
		unsigned char after = p + wn < end ? (unsigned char)p[wn] : ' ';
		unsigned char next = p + wn + 1 < end ?
		    (unsigned char)p[wn + 1] : ' ';

		if (!word_byte(before) && !strchr("./@#:", before) &&
		    !word_byte(after) && after != '@' && after != '/' &&
		    !(after == '.' && word_byte(next)))
			return 1;
		p++;
	}
	return 0;
}

int
look_lowercase_near(const struct look *lk, const char *w, size_t n)
{
	char low[64];
	size_t i;

	if (n < 2 || n > sizeof low || w[0] < 'A' || w[0] > 'Z')
		return 0;
	memcpy(low, w, n);
	low[0] = (char)(w[0] - 'A' + 'a');
	for (i = lk->first; i < lk->end; i++) {
		const struct look_line *l = &lk->slot[i % LOOK_SLOTS];

		/* a line over the budget is no neighbour's (memory.h) */
		if (l->n > LOOK_BYTES && i != lk->next)
			continue;
		if (!l->is_break && holds_word(l->s, l->n, low, n))
			return 1;
	}
	return 0;
}

/* whether token i opens a sentence: the line's first word, or the first
 * after . ! ?, opening quotes and brackets aside */
static int
sentence_start(const struct sent *st, size_t i)
{
	while (i > 0 && (st->tok[i - 1].shape & SH_PUNCT)) {
		const char *p = TOK_P(st, i - 1);

		if (p[0] == '.' || p[0] == '!' || p[0] == '?')
			return 1;
		i--;
	}
	return i == 0;
}

/* words that may well be a name whatever else the document does with
 * them: known first names, places, organisations (and, below, words of
 * two letters, "De", and names with a hyphen or an apostrophe, whose
 * lower-case first letter is a particle: "al-Faisal", "d'Estaing") */
#define LOOK_KNOWN (GAZ_FIRST | GAZ_LOCATION | GAZ_ORG | GAZ_ORGSUFFIX | \
	GAZ_ORGHEAD)

void
look_drop_lowercase_starts(const struct look *lk, struct tagger *t)
{
	const struct sent *st = &t->st;
	size_t k, out = 0, i = 0, checks = 0;

	for (k = 0; k < t->nspans; k++) {
		const struct span *sp = &t->spans[k];
		int drop = 0;

		while (i < st->n && st->tok[i].start < sp->start)
			i++;
		if (sp->type == ENT_PERSON && i < st->n &&
		    st->tok[i].start == sp->start && st->tok[i].end == sp->end &&
		    st->span_of[i] < 0 && checks < LOOK_CHECKS &&
		    (st->tok[i].shape & SH_UPPER) && TOK_N(st, i) >= 3 &&
		    !(st->tok[i].shape & (SH_ALLCAPS | SH_HYPHEN | SH_APOS |
		    SH_PERIOD | SH_HASDIGIT)) &&
		    !(st->gaz[i] & LOOK_KNOWN) && sentence_start(st, i)) {
			checks++;
			drop = look_lowercase_near(lk, TOK_P(st, i),
			    TOK_N(st, i));
		}
		if (!drop)
			t->spans[out++] = *sp;
	}
	t->nspans = out;
}
