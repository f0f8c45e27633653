/* words.c: the word classes of a language (see words.h). */
#include <string.h>

#include "words.h"

uint64_t
word_classes(const struct word_table *t, const char *s, size_t n)
{
	char w[64];
	size_t lo, hi, k;
	unsigned char c0;

	if (n == 0 || n > t->maxlen || n > sizeof w)
		return 0;
	for (k = 0; k < n; k++)
		w[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 'a' - 'A' :
		    s[k]);
	/* the words with the same first byte, then bytewise, as
	 * gen-words.sh sorted them */
	c0 = (unsigned char)w[0];
	lo = t->first[c0];
	hi = t->first[c0 + 1];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct word_entry *e = &t->v[mid];
		const char *p = t->text + e->key;
		size_t m = e->len < n ? e->len : n;
		int c = 0;

		for (k = 1; k < m && !c; k++)
			c = (unsigned char)p[k] - (unsigned char)w[k];
		if (c == 0)
			c = (e->len > n) - (e->len < n);
		if (c == 0)
			return e->classes;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}
