/* memory.c: the per-document memory of names (see memory.h). */
#include <stdlib.h>
#include <string.h>

#include "memory.h"
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
