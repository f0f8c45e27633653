#include <stdlib.h>
#include <string.h>

#include "mentions.h"
#include "xalloc.h"

#define SLOTS_MIN 64

static void
empty_slots(struct mention_slot *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		s[i].type = -1;
}

void
mentions_init(struct mentions *m, const char *sep)
{
	memset(m, 0, sizeof *m);
	m->sep = sep;
	m->seplen = strlen(sep);
	m->nslots = SLOTS_MIN;
	m->slots = xreallocarray(NULL, m->nslots, sizeof *m->slots);
	m->filled = xreallocarray(NULL, m->nslots / 2, sizeof *m->filled);
	empty_slots(m->slots, m->nslots);
}

void
mentions_free(struct mentions *m)
{
	int t;

	for (t = 0; t < ENT_NTYPES; t++) {
		buf_free(&m->joined[t]);
		free(m->items[t]);
		m->items[t] = NULL;
	}
	free(m->slots);
	free(m->filled);
	m->slots = NULL;
	m->filled = NULL;
}

void
mentions_clear(struct mentions *m)
{
	size_t i;
	unsigned types;
	int t;

	if (m->used == 0)
		return;
	/* only the types the row named: most name one or two */
	for (types = m->types; types; types &= types - 1) {
		t = __builtin_ctz(types);
		buf_clear(&m->joined[t]);
		m->count[t] = 0;
		if (m->cap[t] > 256) {
			/* as the table below: one big row leaves no big list */
			free(m->items[t]);
			m->items[t] = NULL;
			m->cap[t] = 0;
		}
	}
	if (m->nslots > SLOTS_MIN) {
		/* a table grown by one big document shrinks back */
		free(m->slots);
		free(m->filled);
		m->nslots = SLOTS_MIN;
		m->slots = xreallocarray(NULL, m->nslots, sizeof *m->slots);
		m->filled = xreallocarray(NULL, m->nslots / 2,
		    sizeof *m->filled);
		empty_slots(m->slots, m->nslots);
	} else {
		for (i = 0; i < m->used; i++)
			m->slots[m->filled[i]].type = -1;
	}
	m->used = 0;
	m->types = 0;
}

/*
 * Eight bytes a step, multiplied and folded (a mention is a few words, so
 * FNV-1a's multiply per byte was most of adding one).  Only the table's
 * layout depends on it, never what is written.
 */
static uint32_t
hash(int type, const char *s, size_t n)
{
	const uint64_t k = 0x9E3779B97F4A7C15u;	/* 2^64 / golden ratio */
	uint64_t h = ((uint64_t)type << 32) ^ n, w;
	const char *end = s + n;
	int long_enough = n >= 8;
	uint32_t lo, hi;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	/*
	 * The last 1 to 7 bytes, without a memcpy of a variable length (a
	 * call, and most mentions end here): fixed-size loads that stay
	 * inside s[0..n) and together cover those bytes.  The hash needs
	 * only to be a function of the bytes (the length is in h already);
	 * equal mentions are still told apart by their bytes.
	 */
	if (n > 0) {
		if (long_enough) {
			memcpy(&w, end - 8, 8);	/* overlaps the last block */
		} else if (n >= 4) {
			memcpy(&lo, s, 4);
			memcpy(&hi, end - 4, 4);
			w = (uint64_t)hi << 32 | lo;
		} else {
			w = (uint64_t)(unsigned char)s[0] |
			    (uint64_t)(unsigned char)s[n / 2] << 8 |
			    (uint64_t)(unsigned char)s[n - 1] << 16;
		}
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	h *= k;
	return (uint32_t)(h >> 32);
}

static struct mention_slot *
find(struct mention_slot *slots, size_t nslots, uint32_t h)
{
	return &slots[h & (nslots - 1)];
}

static void
grow(struct mentions *m)
{
	struct mention_slot *old = m->slots, *s;
	size_t i, oldn = m->nslots;

	m->nslots *= 2;
	m->slots = xreallocarray(NULL, m->nslots, sizeof *m->slots);
	m->filled = xreallocarray(m->filled, m->nslots / 2,
	    sizeof *m->filled);
	empty_slots(m->slots, m->nslots);
	m->used = 0;
	for (i = 0; i < oldn; i++) {
		if (old[i].type < 0)
			continue;
		for (s = find(m->slots, m->nslots, old[i].hash); s->type >= 0;)
			s = s + 1 == m->slots + m->nslots ? m->slots : s + 1;
		*s = old[i];
		m->filled[m->used++] = (size_t)(s - m->slots);
	}
	free(old);
}

void
mentions_add(struct mentions *m, int type, const char *s, size_t n)
{
	uint32_t h = hash(type, s, n);
	struct mention_slot *slot;
	struct buf *j = &m->joined[type];

	if (n == 0)
		return;		/* an empty tag names nothing */
	for (slot = find(m->slots, m->nslots, h); slot->type >= 0;) {
		if (slot->hash == h && slot->type == type && slot->len == n &&
		    memcmp(j->data + slot->off, s, n) == 0)
			return;
		slot = slot + 1 == m->slots + m->nslots ? m->slots : slot + 1;
	}
	if (j->len > 0 || m->count[type] > 0)
		buf_add(j, m->sep, m->seplen);
	slot->off = j->len;
	slot->len = n;
	slot->hash = h;
	slot->type = type;
	buf_add(j, s, n);
	if (m->count[type] == m->cap[type]) {
		m->cap[type] = m->cap[type] ? 2 * m->cap[type] : 8;
		m->items[type] = xreallocarray(m->items[type], m->cap[type],
		    sizeof *m->items[type]);
	}
	m->items[type][m->count[type]].off = slot->off;
	m->items[type][m->count[type]].len = n;
	m->count[type]++;
	m->types |= 1u << type;
	m->filled[m->used++] = (size_t)(slot - m->slots);
	if (m->used * 2 >= m->nslots)
		grow(m);
}
