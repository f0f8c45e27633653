/* gazetteer.c: a hash index over the compiled-in gazetteer table. */
#include <stdlib.h>
#include <string.h>

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
	g->slot = xcalloc(size, sizeof *g->slot);
	g->mask = size - 1;
	for (i = 0; i < gaz_table_len; i++) {
		const char *k = gaz_table[i].key;

		j = gaz_hash(k, strlen(k)) & g->mask;
		while (g->slot[j])
			j = (j + 1) & g->mask;
		g->slot[j] = (uint32_t)i + 1;
	}
}

void
gaz_close(struct gazetteer *g)
{
	free(g->slot);
	g->slot = NULL;
}

unsigned
gaz_lookup(const struct gazetteer *g, const char *key, size_t n)
{
	size_t j = gaz_hash(key, n) & g->mask;
	uint32_t e;

	while ((e = g->slot[j]) != 0) {
		const char *k = gaz_table[e - 1].key;

		if (strncmp(k, key, n) == 0 && k[n] == '\0')
			return gaz_table[e - 1].flags;
		j = (j + 1) & g->mask;
	}
	return 0;
}
