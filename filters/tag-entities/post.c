/* post.c: post-rules over the model's names, and per-document memory. */
#include <string.h>

#include "post.h"
#include "stream.h"

/* titles that make what follows a person, whatever the model said */
static const char *const honorifics[] = {
	"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam",
	"mister", NULL
};
/* last words of events, laws and awards: MISC, not names */
static const char *const misc_words[] = {
	"agreement", "treaty", "accord", "accords", "amendment", "act",
	"protocol", "doctrine", "award", "awards", "prize", "cup",
	"championship", "championships", "olympics", "games", "festival",
	"war", "expo", "declaration", "trophy", NULL
};

static int
is_punct(const struct sent *st, size_t i)
{
	return (st->tok[i].shape & SH_PUNCT) != 0;
}

static int
is_possessive(const struct sent *st, size_t i)
{
	return (st->tok[i].shape & SH_APOS) && TOK_N(st, i) <= 5 &&
	    (TOK_P(st, i)[0] == '\'' ||
	    (unsigned char)TOK_P(st, i)[0] == 0xe2);
}

/* titles written out: "National Security Advisor Susan Rice" is a
 * title, then a person; "Secretary of State" is a title alone */
static void
title_phrases(const struct sent *st, struct mentions *m, size_t from)
{
	size_t k, q;

	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];

		if (x->type != ENT_ORGANIZATION && x->type != ENT_LOCATION)
			continue;
		/* a first name at the end belongs to the person after it */
		if (x->b - x->a >= 2 && (st->gaz[x->b - 1] & GAZ_FIRST))
			for (q = from; q < m->n; q++)
				if (m->v[q].type == ENT_PERSON &&
				    m->v[q].a == x->b) {
					x->b--;
					m->v[q].a--;
					break;
				}
		if ((st->gaz[x->b - 1] & GAZ_TITLE) &&
		    !(st->gaz[x->b - 1] & (GAZ_ORGSUFFIX | GAZ_LOCATION)) &&
		    (x->b - x->a >= 2 || (x->a >= 2 &&
		    tok_is(st, x->a - 1, "of") &&
		    (st->gaz[x->a - 2] & GAZ_TITLE))))
			x->type = -1;
	}
}

/* "Uber and Snapchat": two known names joined by "and" are two names,
 * unless the whole is one ("Bosnia and Herzegovina") */
static void
split_and(const struct sent *st, struct mentions *m, size_t from)
{
	size_t k, q, n = m->n;

	for (k = from; k < n; k++) {
		struct mention *x = &m->v[k];
		unsigned left, right;

		if (x->type < 0 || x->type > ENT_LOCATION || x->b - x->a < 3 ||
		    (phrase_gaz(st, x->a, x->b) & (GAZ_LOCATION | GAZ_ORG)))
			continue;
		for (q = x->a + 1; q + 1 < x->b; q++)
			if (tok_is(st, q, "and") || tok_is(st, q, "&"))
				break;
		if (q + 1 >= x->b)
			continue;
		left = phrase_gaz(st, x->a, q);
		right = phrase_gaz(st, q + 1, x->b);
		if (!(left & (GAZ_LOCATION | GAZ_ORG)) ||
		    !(right & (GAZ_LOCATION | GAZ_ORG)))
			continue;
		mentions_add(m, q + 1, m->v[k].b, (right & GAZ_ORG) ?
		    ENT_ORGANIZATION : ENT_LOCATION);
		x = &m->v[k];	/* mentions_add may move the array */
		x->b = (uint32_t)q;
		x->type = (left & GAZ_ORG) ? ENT_ORGANIZATION : ENT_LOCATION;
	}
}

void
post_rules(const struct sent *st, struct mentions *m, size_t from)
{
	size_t k;

	split_and(st, m, from);
	title_phrases(st, m, from);

	for (k = from; k < m->n; k++) {
		struct mention *x = &m->v[k];
		size_t a = x->a, b = x->b;
		unsigned whole;

		if (x->type != ENT_PERSON && x->type != ENT_ORGANIZATION &&
		    x->type != ENT_LOCATION)
			continue;
		if (a >= b)
			continue;
		/* a leading "the", titles of a person, stray punctuation */
		for (;;) {
			if (b - a > 1 && tok_is(st, a, "the")) {
				a++;
			} else if (b - a > 1 && tok_in(st, a, honorifics)) {
				a++;
				x->type = ENT_PERSON;
			} else if (b - a > 1 && x->type == ENT_PERSON &&
			    (st->gaz[a] & GAZ_TITLE) &&
			    !(st->gaz[a] & GAZ_FIRST)) {
				a++;
			} else if (b - a > 1 && is_punct(st, a)) {
				a++;
			} else {
				break;
			}
		}
		while (b - a > 1 && (is_punct(st, b - 1) ||
		    is_possessive(st, b - 1)))
			b--;
		if ((b - a == 1 && (is_punct(st, a) ||
		    tok_in(st, a, honorifics))) ||
		    (b - a == 1 && x->type == ENT_PERSON &&
		    (st->gaz[a] & GAZ_TITLE) && !(st->gaz[a] & GAZ_FIRST))) {
			x->type = -1;
			continue;
		}
		x->a = (uint32_t)a;
		x->b = (uint32_t)b;
		whole = phrase_gaz(st, a, b);
		/* "Chinese", "Iraqi": not entities */
		if (b - a == 1 && (whole & GAZ_DEMONYM) &&
		    !(whole & (GAZ_LOCATION | GAZ_ORG))) {
			x->type = -1;
			continue;
		}
		if (b - a >= 2 && tok_in(st, b - 1, misc_words)) {
			x->type = -1;
			continue;
		}
		/* a country (US, U.S., UK) standing alone is a place */
		if (whole & GAZ_COUNTRY) {
			x->type = ENT_LOCATION;
			continue;
		}
		if (b - a >= 2 && !(whole & GAZ_LOCATION) &&
		    ((st->gaz[b - 1] & GAZ_ORGSUFFIX) ||
		    ((st->gaz[a] & GAZ_ORGHEAD) && tok_is(st, a + 1, "of"))))
			x->type = ENT_ORGANIZATION;
	}
}

/* ---- per-document memory ---- */

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

static void
put(struct memory *mem, uint64_t h, uint8_t set, uint8_t mask)
{
	size_t j = find(mem, h);

	if (!mem->key[j]) {
		/* bounded: a long document stops learning, it never grows */
		if (mem->n >= MEMORY_SLOTS / 2)
			return;
		mem->key[j] = h;
		mem->n++;
	}
	if (!(mem->val[j] & mask))
		mem->val[j] |= set;
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

		if (x->type != ENT_PERSON && x->type != ENT_ORGANIZATION &&
		    x->type != ENT_LOCATION)
			continue;
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
memory_apply(const struct memory *mem, const struct sent *st,
    struct mentions *m, size_t from)
{
	size_t k, i, j, n0 = m->n;

	if (mem->n == 0)
		return;
	for (k = from; k < n0; k++) {
		struct mention *x = &m->v[k];

		if (x->b - x->a != 1 || x->type < 0 ||
		    x->type == ENT_PERSON || x->type > ENT_LOCATION)
			continue;
		if (person_part(mem, st, x->a) &&
		    !(st->gaz[x->a] & (GAZ_COUNTRY | GAZ_SUBDIV | GAZ_ORG)))
			x->type = ENT_PERSON;
	}
	/* free tokens that name a known person */
	for (i = 0; i < st->n; i = j) {
		j = i + 1;
		if (st->used[i] || !(st->tok[i].shape & SH_UPPER) ||
		    (st->tok[i].shape & SH_ALLCAPS) ||
		    (st->gaz[i] & (GAZ_TITLE | GAZ_COMMON)) ||
		    !person_part(mem, st, i))
			continue;
		for (k = 0; k < n0; k++)
			if (m->v[k].type >= 0 && m->v[k].a <= i && i < m->v[k].b)
				break;
		if (k < n0)
			continue;
		/* "Barack Obama" again: one mention */
		if (m->n > n0 && m->v[m->n - 1].b == i)
			m->v[m->n - 1].b = (uint32_t)i + 1;
		else
			mentions_add(m, i, i + 1, ENT_PERSON);
	}
}
