/* gazetteer.c: a hash index over the compiled-in gazetteer table. */
#include <stdlib.h>
#include <string.h>

#include "bigmem.h"
#include "gazetteer.h"
#include "xalloc.h"

uint32_t
gaz_hash(const char *s, size_t n)
{
	uint32_t h = GAZ_HASH_START;
	size_t i;

	for (i = 0; i < n; i++)
		h = gaz_hash_step(h, (unsigned char)s[i]);
	return h;
}

static void
slot_put(struct gaz_slot *slot, size_t mask, uint32_t h, size_t i)
{
	size_t j = h & mask;

	while (slot[j].len)
		j = (j + 1) & mask;
	slot[j].hash = h;
	slot[j].key = gaz_table[i].key;
	slot[j].len = (uint16_t)gaz_table[i].len;
	slot[j].flags = (uint16_t)gaz_table[i].flags;
}

void
gaz_open(struct gazetteer *g)
{
	size_t size = 1, i;

	/* load factor at most 1/2 keeps probes short */
	while (size < 2 * gaz_table_len)
		size <<= 1;
	g->slot = big_alloc(size * sizeof *g->slot);
	g->mask = size - 1;
	for (i = 0; i < gaz_table_len; i++) {
		const char *k = gaz_keys + gaz_table[i].key;
		uint32_t h = gaz_hash(k, gaz_table[i].len);

		slot_put(g->slot, g->mask, h, i);
		if (gaz_table[i].flags & GAZ_RULE)
			slot_put(g->small, 511, h, i);
	}
}

int
gaz_ok(void)
{
	size_t i;

	/* the slots hold lengths and bits in 16 bits */
	for (i = 0; i < gaz_table_len; i++)
		if (gaz_table[i].len == 0 || gaz_table[i].len > 65535 ||
		    gaz_table[i].flags > 65535)
			return 0;
	return 1;
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

static unsigned
find(const struct gaz_slot *slot, size_t mask, const char *key, size_t n,
    uint32_t h)
{
	size_t j = h & mask;

	/* the stored hash and length spare most string compares */
	for (; slot[j].len; j = (j + 1) & mask)
		if (slot[j].hash == h && slot[j].len == n &&
		    memcmp(gaz_keys + slot[j].key, key, n) == 0)
			return slot[j].flags;
	return 0;
}

unsigned
gaz_lookup_hash(const struct gazetteer *g, const char *key, size_t n,
    uint32_t h)
{
	return find(g->slot, g->mask, key, n, h);
}

unsigned
gaz_lookup_rule_hash(const struct gazetteer *g, const char *key, size_t n,
    uint32_t h)
{
	return find(g->small, 511, key, n, h);
}
