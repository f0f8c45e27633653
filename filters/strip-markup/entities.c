/* entities.c: looking up named and numeric character references. */
#include <stdlib.h>
#include <string.h>

#include "entities.h"

struct entity {
	const char *name;
	unsigned char len;
	int32_t cp[2];
};

#include "entities.inc"

#define NENTITIES (sizeof entities / sizeof entities[0])

struct key {
	const char *s;
	size_t n;
};

static int
cmp(const void *k, const void *e)
{
	const struct key *key = k;
	const struct entity *ent = e;
	size_t m = key->n < ent->len ? key->n : ent->len;
	int c = memcmp(key->s, ent->name, m);

	if (c)
		return c;
	return (key->n > ent->len) - (key->n < ent->len);
}

size_t
entity_match(const char *s, size_t n, int32_t cp[2], int *ncp)
{
	struct key key;
	const struct entity *e;
	size_t k;

	if (n > ENTITY_MAX_NAME)
		n = ENTITY_MAX_NAME;
	/* few references are long, so trying each length is cheap enough */
	for (k = n; k > 0; k--) {
		key.s = s;
		key.n = k;
		e = bsearch(&key, entities, NENTITIES, sizeof *entities, cmp);
		if (e) {
			cp[0] = e->cp[0];
			cp[1] = e->cp[1];
			*ncp = e->cp[1] ? 2 : 1;
			return k;
		}
	}
	return 0;
}

static const uint16_t c1_1252[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
};

int32_t
entity_cp1252_c1(unsigned b)
{
	return c1_1252[(b - 0x80) & 31];
}

int32_t
entity_numeric(uint32_t v)
{
	if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0xFFFD;
	if (v >= 0x80 && v <= 0x9F)
		return entity_cp1252_c1(v);
	return (int32_t)v;
}
