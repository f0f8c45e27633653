/* gazetteer.c: a hash index over the compiled-in gazetteer table. */
#include <stdlib.h>
#include <string.h>

#include "bigmem.h"
#include "gazetteer.h"
#include "xalloc.h"

uint32_t
gaz_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

void
gaz_open(struct gazetteer *g)
{
	size_t size = 1, i, j;

	/* load factor at most 1/2 keeps probes short */
	while (size < 2 * gaz_table_len)
		size <<= 1;
	g->slot = big_alloc(size * sizeof *g->slot);
	g->mask = size - 1;
	for (i = 0; i < gaz_table_len; i++) {
		const char *k = gaz_keys + gaz_table[i].key;
		uint32_t h = gaz_hash(k, gaz_table[i].len);

		j = h & g->mask;
		while (g->slot[j].entry)
			j = (j + 1) & g->mask;
		g->slot[j].hash = h;
		g->slot[j].entry = (uint32_t)i + 1;
		if (gaz_table[i].flags & GAZ_RULE) {
			j = h & 511;
			while (g->small[j].entry)
				j = (j + 1) & 511;
			g->small[j].hash = h;
			g->small[j].entry = (uint32_t)i + 1;
		}
	}
}

void
gaz_close(struct gazetteer *g)
{
	if (g->slot)
		big_free(g->slot, (g->mask + 1) * sizeof *g->slot);
	g->slot = NULL;
}

unsigned
gaz_lookup(const struct gazetteer *g, const char *key, size_t n)
{
	return gaz_lookup_hash(g, key, n, gaz_hash(key, n));
}

unsigned
gaz_lookup_hash(const struct gazetteer *g, const char *key, size_t n,
    uint32_t h)
{
	uint32_t e;
	size_t j = h & g->mask;

	/* the stored hash spares most string compares */
	while ((e = g->slot[j].entry) != 0) {
		const char *k = gaz_keys + gaz_table[e - 1].key;

		if (g->slot[j].hash == h && gaz_table[e - 1].len == n &&
		    memcmp(k, key, n) == 0)
			return gaz_table[e - 1].flags;
		j = (j + 1) & g->mask;
	}
	return 0;
}

unsigned
gaz_lookup_rule(const struct gazetteer *g, const char *key, size_t n)
{
	uint32_t h = gaz_hash(key, n), e;
	size_t j = h & 511;

	while ((e = g->small[j].entry) != 0) {
		const char *k = gaz_keys + gaz_table[e - 1].key;

		if (g->small[j].hash == h && gaz_table[e - 1].len == n &&
		    memcmp(k, key, n) == 0)
			return gaz_table[e - 1].flags;
		j = (j + 1) & 511;
	}
	return 0;
}
