/* words.c: the word classes of a language (see words.h). */
#include <string.h>

#include "words.h"

/* a hash of a folded word that gen-words.sh computes too, in awk (so
 * within 24 bits, where awk's numbers are exact) */
static inline uint32_t
word_hash_step(uint32_t h, unsigned char c)
{
	return (h * 31 + c) & 0xFFFFFF;
}

static inline size_t
word_slot(uint32_t h, size_t mask)
{
	return (h + (h >> 12)) & mask;
}

uint64_t
word_classes(const struct word_table *t, const char *s, size_t n)
{
	char w[64];
	uint32_t h = 0;
	size_t k, j;

	if (n == 0 || n > t->maxlen || n > sizeof w)
		return 0;
	for (k = 0; k < n; k++) {
		w[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 'a' - 'A' :
		    s[k]);
		h = word_hash_step(h, (unsigned char)w[k]);
	}
	for (j = word_slot(h, t->mask); t->index[j]; j = (j + 1) & t->mask) {
		const struct word_entry *e = &t->v[t->index[j] - 1];

		if (e->len == n && memcmp(t->text + e->key, w, n) == 0)
			return e->classes;
	}
	return 0;
}
