/* feat.c: feature hashing and Viterbi decoding for the name model. */
#include <stdlib.h>
#include <string.h>

#include "feat.h"
#include "stream.h"
#include "utf8.h"
#include "xalloc.h"

const int name_types[NTYPES_NAME] = {
	ENT_PERSON, ENT_ORGANIZATION, ENT_LOCATION
};

enum {
	T_BIAS = 1, T_W, T_WC, T_SH, T_P2, T_P3, T_S2, T_S3, T_S4, T_WM1,
	T_WP1, T_WM2, T_WP2, T_SHM1, T_SHP1, T_BIGL, T_BIGR, T_SH3, T_GAZ,
	T_GAZM1, T_GAZP1, T_PH, T_START, T_CAPS, T_LIVEM1, T_LIVEP1,
	T_GAZM2, T_SHM2, T_LOWS, T_STARTLOW,
	/* FEATS_WIDE */
	T_S5, T_S6, T_WM3, T_WP3, T_BIGL2, T_ARTSH
};

#define FNV_OFF 1469598103934665603ull
#define FNV_PRIME 1099511628211ull

static inline uint64_t
mix(uint64_t a, uint64_t b)
{
	uint64_t x = (a ^ 0x2545F4914F6CDD1Dull) * 0x9E3779B97F4A7C15ull ^ b;

	x ^= x >> 31;
	x *= 0xD6E8FEB86659FD93ull;
	x ^= x >> 29;
	return x;
}

static uint64_t
fnv(const char *s, size_t n, int lower)
{
	uint64_t h = FNV_OFF;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (lower && c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		h = (h ^ c) * FNV_PRIME;
	}
	return h;
}

/* Xx, X, x, d, X.X., Xx-Xx: letters and digits by class, runs collapsed */
static uint64_t
shape_hash(const char *s, size_t n, uint16_t sh)
{
	uint64_t h = FNV_OFF;
	size_t i, len = 0;
	char prev = 0, c;

	for (i = 0; i < n && len < 8; i++) {
		unsigned char b = (unsigned char)s[i];

		if (b >= 'A' && b <= 'Z')
			c = 'X';
		else if (b >= 'a' && b <= 'z')
			c = 'x';
		else if (b >= '0' && b <= '9')
			c = 'd';
		else if (b >= 0xC0)
			c = (i == 0 && (sh & SH_UPPER)) ? 'X' :
			    (i == 0 && (sh & SH_NOCASE)) ? 'c' : 'x';
		else if (b >= 0x80)
			continue;
		else
			c = (char)b;
		if (c == prev && (c == 'X' || c == 'x' || c == 'd' ||
		    c == 'c'))
			continue;
		prev = c;
		h = (h ^ (unsigned char)c) * FNV_PRIME;
		len++;
	}
	return h;
}

static void
grow(struct feat_work *w, size_t n)
{
	if (n <= w->cap)
		return;
	w->cap = n + n / 2 + 16;
	w->lower = xreallocarray(w->lower, w->cap, sizeof *w->lower);
	w->exact = xreallocarray(w->exact, w->cap, sizeof *w->exact);
	w->shape = xreallocarray(w->shape, w->cap, sizeof *w->shape);
	w->p2 = xreallocarray(w->p2, w->cap, sizeof *w->p2);
	w->p3 = xreallocarray(w->p3, w->cap, sizeof *w->p3);
	w->s2 = xreallocarray(w->s2, w->cap, sizeof *w->s2);
	w->s3 = xreallocarray(w->s3, w->cap, sizeof *w->s3);
	w->s4 = xreallocarray(w->s4, w->cap, sizeof *w->s4);
	w->live = xreallocarray(w->live, w->cap, 1);
	w->phrase = xreallocarray(w->phrase, w->cap, 1);
	w->start = xreallocarray(w->start, w->cap, 1);
}

void
feat_free(struct feat_work *w)
{
	free(w->lower);
	free(w->exact);
	free(w->shape);
	free(w->p2);
	free(w->p3);
	free(w->s2);
	free(w->s3);
	free(w->s4);
	free(w->live);
	free(w->phrase);
	free(w->start);
	memset(w, 0, sizeof *w);
}

static int
is_end_punct(const struct sent *st, size_t i)
{
	return TOK_N(st, i) == 1 && (TOK_P(st, i)[0] == '.' ||
	    TOK_P(st, i)[0] == '!' || TOK_P(st, i)[0] == '?' ||
	    TOK_P(st, i)[0] == ':');
}

/* the bytes of a prefix of k characters (k = 2, 3) */
static size_t
prefix_len(const char *s, size_t n, size_t k)
{
	size_t i = 0, chars = 0;

	while (i < n && chars < k) {
		i++;
		while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		chars++;
	}
	return chars == k ? i : 0;
}

static size_t
suffix_len(const char *s, size_t n, size_t k)
{
	size_t i = n, chars = 0;

	while (i > 0 && chars < k) {
		i = utf8_prev(s, i);
		chars++;
	}
	return chars == k ? n - i : 0;
}

/* the hashes of token i: all of them for a live token, the word and its
 * shape for a neighbour */
static void
token_hashes(struct feat_work *w, const struct sent *st, size_t i, int full)
{
	const char *p = TOK_P(st, i);
	size_t j, k, len = TOK_N(st, i);
	uint16_t sh = st->tok[i].shape;
	uint64_t hl = FNV_OFF, he = FNV_OFF, h2 = 0, h3 = 0;
	unsigned high = 0;

	w->shape[i] = shape_hash(p, len, sh);
	if (!full) {
		w->lower[i] = fnv(p, len, 1);
		return;
	}
	/* the word in both cases and, for a word in ASCII, its prefixes
	 * (hashes of a prefix are where the hash of the whole stood then),
	 * in one pass */
	for (j = 0; j < len; j++) {
		unsigned char c = (unsigned char)p[j];

		high |= c;
		he = (he ^ c) * FNV_PRIME;
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		hl = (hl ^ c) * FNV_PRIME;
		if (j == 1)
			h2 = hl;
		else if (j == 2)
			h3 = hl;
	}
	w->lower[i] = hl;
	w->exact[i] = he;
	if (!(high & 0x80)) {
		/* ASCII: k characters are k bytes */
		w->p2[i] = len >= 2 ? h2 : 0;
		w->p3[i] = len >= 3 ? h3 : 0;
		w->s2[i] = len >= 2 ? fnv(p + len - 2, 2, 1) : 0;
		w->s3[i] = len >= 3 ? fnv(p + len - 3, 3, 1) : 0;
		w->s4[i] = len >= 4 ? fnv(p + len - 4, 4, 1) : 0;
		return;
	}
	k = prefix_len(p, len, 2);
	w->p2[i] = k ? fnv(p, k, 1) : 0;
	k = prefix_len(p, len, 3);
	w->p3[i] = k ? fnv(p, k, 1) : 0;
	k = suffix_len(p, len, 2);
	w->s2[i] = k ? fnv(p + len - k, k, 1) : 0;
	k = suffix_len(p, len, 3);
	w->s3[i] = k ? fnv(p + len - k, k, 1) : 0;
	k = suffix_len(p, len, 4);
	w->s4[i] = k ? fnv(p + len - k, k, 1) : 0;
}

void
feat_prepare(struct feat_work *w, const struct sent *st)
{
	size_t i, j, n = st->n;
	int start = 1;

	grow(w, n);
	for (i = 0; i < n; i++) {
		uint16_t sh = st->tok[i].shape;

		w->start[i] = (uint8_t)start;
		if (!(sh & SH_PUNCT))
			start = 0;
		else if (is_end_punct(st, i))
			start = 1;
		w->phrase[i] = 0;
		/* capitalised, caseless, or with a capital inside:
		 * "al-Jadaan", "iPhone" */
		w->live[i] = (sh & (SH_UPPER | SH_NOCASE | SH_INNERCAP)) != 0;
	}
	/* in a line in lower case, the lower-case words the gazetteer
	 * knows as places, organisations or first names (not common
	 * words), and its phrases ("san francisco") */
	if (st->lowcase)
		for (i = 0; i < n; i++) {
			unsigned g = st->gaz[i];

			if (!(st->tok[i].shape & SH_LOWER) ||
			    (g & (GAZ_LOWER | GAZ_COMMON)))
				continue;
			if (g & (GAZ_LOCATION | GAZ_ORG | GAZ_FIRST))
				w->live[i] = 1;
			if (g & GAZ_PREFIX)
				for (j = i + 2; j <= n && j <= i + 5; j++) {
					unsigned pg = phrase_gaz(st, i, j);

					if (pg & (GAZ_LOCATION | GAZ_ORG)) {
						memset(w->live + i, 1, j - i);
						break;
					}
					if (!(pg & GAZ_PREFIX))
						break;
				}
		}
	/* a common word alone ("The", "However", "I") opening a sentence
	 * is not scored: it is never a name on its own, and it is most of
	 * the capitalised words of running text */
	for (i = 0; i < n; i++)
		if (w->live[i] && (st->gaz[i] & GAZ_COMMON) &&
		    !(st->gaz[i] & (GAZ_FIRST | GAZ_LOCATION | GAZ_ORG |
		    GAZ_TITLE | GAZ_ORGHEAD)) &&
		    (i == 0 || !(st->tok[i - 1].shape & (SH_UPPER | SH_NOCASE))) &&
		    (i + 1 == n || !(st->tok[i + 1].shape & (SH_UPPER |
		    SH_NOCASE))))
			w->live[i] = 0;
	/* so is a word running text writes in lower case opening a
	 * sentence before a lower-case word ("Great place", "Service was
	 * slow") */
	for (i = 0; i + 1 < n; i++)
		if (w->live[i] && w->start[i] && (st->gaz[i] & GAZ_LOWER) &&
		    !(st->gaz[i] & (GAZ_FIRST | GAZ_LOCATION | GAZ_ORG |
		    GAZ_TITLE | GAZ_ORGHEAD)) &&
		    (st->tok[i + 1].shape & SH_LOWER))
			w->live[i] = 0;
	/* connectors between live words, numbers after them */
	for (i = 1; i + 1 < n; i++) {
		if (w->live[i] || !w->live[i - 1])
			continue;
		if ((st->tok[i].shape & SH_LOWER) && TOK_N(st, i) <= 5 &&
		    tok_class(st, i, WC_CONNECTOR) &&
		    (w->live[i + 1] || (i + 2 < n &&
		    (st->tok[i + 1].shape & SH_LOWER) &&
		    tok_class(st, i + 1, WC_CONNECTOR) && w->live[i + 2])))
			w->live[i] = 1;
		else if (TOK_N(st, i) == 1 && TOK_P(st, i)[0] == '&' &&
		    w->live[i + 1])
			w->live[i] = 1;
	}
	for (i = 1; i < n; i++)
		if (!w->live[i] && w->live[i - 1] &&
		    (st->tok[i].shape & SH_DIGIT) &&
		    !(st->tok[i - 1].shape & SH_DIGIT) &&
		    st->tok[i - 1].end < st->tok[i].start)
			w->live[i] = 1;
	/* hashes only where features will look: live tokens and two
	 * tokens either side */
	{
		/* the last live token at or before i + reach */
		size_t last = (size_t)-1, reach = st->feats == FEATS_WIDE ?
		    3 : 2;

		for (i = 0, j = 0; i < n; i++) {
			for (; j <= i + reach && j < n; j++)
				if (w->live[j])
					last = j;
			if (w->live[i])
				token_hashes(w, st, i, 1);
			else if (last != (size_t)-1 && last + reach >= i)
				token_hashes(w, st, i, 0);
		}
	}
	/* gazetteer phrases of two words or more: position and class */
	for (i = 0; i < n; i++) {
		size_t best = 0;
		unsigned bits, bestbits = 0;

		if (!w->live[i] || !(st->gaz[i] & GAZ_PREFIX) || i + 1 >= n ||
		    !w->live[i + 1])
			continue;
		for (j = i + 2; j <= n && j <= i + 6; j++) {
			bits = phrase_gaz(st, i, j);
			if (bits & (GAZ_LOCATION | GAZ_ORGSUFFIX | GAZ_ORG)) {
				best = j;
				bestbits = bits;
			}
			if (!(bits & GAZ_PREFIX) || j >= n || !w->live[j])
				break;
		}
		if (!best)
			continue;
		{
			uint8_t cls = (bestbits & GAZ_COUNTRY) ? 1 :
			    (bestbits & GAZ_LOCATION) ? 2 :
			    (bestbits & GAZ_ORG) ? 4 : 3;

			for (j = i; j < best; j++)
				w->phrase[j] = (uint8_t)(cls * 4 +
				    (j == i ? 0 : j + 1 == best ? 2 : 1));
			i = best - 1;
		}
	}
}

#define BOS 0x1234567ull
#define EOS 0x7654321ull

/* FEATS_WIDE: suffixes of 5 and 6 characters ("-terium", "-erband"), the
 * words three away, the two words before together ("in der"), and the
 * word before with the shape ("die X", "Herr Xx") */
static size_t
wide_features(const struct feat_work *w, const struct sent *st, size_t i,
    uint64_t *out)
{
	const char *p = TOK_P(st, i);
	size_t k = 0, n = st->n, len = TOK_N(st, i), q;
	uint64_t lm1 = i > 0 ? w->lower[i - 1] : BOS;
	uint64_t lm2 = i > 1 ? w->lower[i - 2] : BOS;

	q = suffix_len(p, len, 5);
	if (q && q < len)
		out[k++] = mix(T_S5, fnv(p + len - q, q, 1));
	q = suffix_len(p, len, 6);
	if (q && q < len)
		out[k++] = mix(T_S6, fnv(p + len - q, q, 1));
	out[k++] = mix(T_WM3, i > 2 ? w->lower[i - 3] : BOS);
	out[k++] = mix(T_WP3, i + 3 < n ? w->lower[i + 3] : EOS);
	out[k++] = mix(T_BIGL2, mix(lm2, lm1));
	out[k++] = mix(T_ARTSH, mix(lm1, w->shape[i]));
	return k;
}

size_t
feat_token(const struct feat_work *w, const struct sent *st, size_t i,
    uint64_t *out)
{
	size_t k = 0, n = st->n;
	uint64_t lm1 = i > 0 ? w->lower[i - 1] : BOS;
	uint64_t lp1 = i + 1 < n ? w->lower[i + 1] : EOS;
	uint64_t lm2 = i > 1 ? w->lower[i - 2] : BOS;
	uint64_t lp2 = i + 2 < n ? w->lower[i + 2] : EOS;
	uint64_t sm1 = i > 0 ? w->shape[i - 1] : BOS;
	uint64_t sp1 = i + 1 < n ? w->shape[i + 1] : EOS;
	uint64_t sm2 = i > 1 ? w->shape[i - 2] : BOS;
	unsigned g, b;

	out[k++] = mix(T_BIAS, 0);
	out[k++] = mix(T_W, w->lower[i]);
	out[k++] = mix(T_WC, w->exact[i]);
	out[k++] = mix(T_SH, w->shape[i]);
	if (w->p2[i])
		out[k++] = mix(T_P2, w->p2[i]);
	if (w->p3[i])
		out[k++] = mix(T_P3, w->p3[i]);
	if (w->s2[i])
		out[k++] = mix(T_S2, w->s2[i]);
	if (w->s3[i])
		out[k++] = mix(T_S3, w->s3[i]);
	if (w->s4[i])
		out[k++] = mix(T_S4, w->s4[i]);
	out[k++] = mix(T_WM1, lm1);
	out[k++] = mix(T_WP1, lp1);
	out[k++] = mix(T_WM2, lm2);
	out[k++] = mix(T_WP2, lp2);
	out[k++] = mix(T_SHM1, sm1);
	out[k++] = mix(T_SHP1, sp1);
	out[k++] = mix(T_SHM2, mix(sm2, sm1));
	out[k++] = mix(T_BIGL, mix(lm1, w->lower[i]));
	out[k++] = mix(T_BIGR, mix(w->lower[i], lp1));
	out[k++] = mix(T_SH3, mix(mix(sm1, w->shape[i]), sp1));
	g = st->gaz[i] & ~(unsigned)GAZ_PREFIX;
	for (b = 0; g; b++, g >>= 1)
		if (g & 1)
			out[k++] = mix(T_GAZ, b);
	if (i > 0) {
		g = st->gaz[i - 1] & ~(unsigned)GAZ_PREFIX;
		for (b = 0; g; b++, g >>= 1)
			if (g & 1)
				out[k++] = mix(T_GAZM1, b);
		out[k++] = mix(T_LIVEM1, w->live[i - 1]);
	}
	if (i > 1) {
		g = st->gaz[i - 2] & (GAZ_TITLE | GAZ_LOCATION);
		if (g)
			out[k++] = mix(T_GAZM2, g);
	}
	if (i + 1 < n) {
		g = st->gaz[i + 1] & ~(unsigned)GAZ_PREFIX;
		for (b = 0; g; b++, g >>= 1)
			if (g & 1)
				out[k++] = mix(T_GAZP1, b);
		out[k++] = mix(T_LIVEP1, w->live[i + 1]);
	}
	if (w->phrase[i])
		out[k++] = mix(T_PH, w->phrase[i]);
	if (w->start[i])
		out[k++] = mix(T_START, w->lower[i]);
	/* a common lower-case word opening a sentence ("Great place") */
	if (st->gaz[i] & GAZ_LOWER)
		out[k++] = mix(T_STARTLOW, w->start[i]);
	out[k++] = mix(T_START, mix(w->start[i], w->shape[i]));
	if (st->allcaps)
		out[k++] = mix(T_CAPS, w->lower[i]);
	if (st->feats == FEATS_WIDE)
		k += wide_features(w, st, i, out + k);
	/* a line in lower case has features of its own: what case says
	 * elsewhere does not hold there */
	if (st->lowcase) {
		size_t q;

		for (q = 0; q < k; q++)
			out[q] = mix(T_LOWS, out[q]);
	}
	return k;
}

/* ---- decoding ---- */

void
force_labels(float *emit, const int8_t *force, size_t n)
{
	size_t i;
	int l;

	for (i = 0; i < n; i++)
		if (force[i] >= 0)
			for (l = 0; l < NLABELS; l++)
				emit[i * NLABELS + l] = l == force[i] ? 0 :
				    -1e20f;
}

int
label_type(int label)
{
	return label == 0 ? -1 : (label - 1) / 4;
}

int
label_pos(int label)
{
	return label == 0 ? 'O' : "BILU"[(label - 1) % 4];
}

static int
allowed(int a, int b)
{
	int pa = label_pos(a), pb = label_pos(b);

	if (pa == 'B' || pa == 'I')
		return (pb == 'I' || pb == 'L') &&
		    label_type(a) == label_type(b);
	return pb == 'O' || pb == 'B' || pb == 'U';
}

/* allowed(a, b), tabulated: O=0, then B I L U of each type */
static const uint8_t allowed_table[NLABELS][NLABELS] = {
	/* from O */ { 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1 },
	/* B-PER */ { 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
	/* I-PER */ { 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
	/* L-PER */ { 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1 },
	/* U-PER */ { 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1 },
	/* B-ORG */ { 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0 },
	/* I-ORG */ { 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0 },
	/* L-ORG */ { 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1 },
	/* U-ORG */ { 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1 },
	/* B-LOC */ { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0 },
	/* I-LOC */ { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0 },
	/* L-LOC */ { 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1 },
	/* U-LOC */ { 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1 },
};

int
label_allowed(int a, int b)
{
	return allowed_table[a][b];
}

/* the table agrees with the definition (checked by test-tagger) */
int
label_table_ok(void)
{
	int a, b;

	for (a = 0; a < NLABELS; a++)
		for (b = 0; b < NLABELS; b++)
			if (allowed(a, b) != allowed_table[a][b])
				return 0;
	return 1;
}

/* the labels that may precede each label, in increasing order (so the
 * first best one wins, as with a scan of all) */
static const uint8_t pred_n[NLABELS] = {
	7, 7, 2, 2, 7, 7, 2, 2, 7, 7, 2, 2, 7
};
static const uint8_t pred_v[NLABELS][7] = {
	/* O */ { 0, 3, 4, 7, 8, 11, 12 },
	/* B-PER */ { 0, 3, 4, 7, 8, 11, 12 },
	/* I-PER */ { 1, 2 }, /* L-PER */ { 1, 2 },
	/* U-PER */ { 0, 3, 4, 7, 8, 11, 12 },
	/* B-ORG */ { 0, 3, 4, 7, 8, 11, 12 },
	/* I-ORG */ { 5, 6 }, /* L-ORG */ { 5, 6 },
	/* U-ORG */ { 0, 3, 4, 7, 8, 11, 12 },
	/* B-LOC */ { 0, 3, 4, 7, 8, 11, 12 },
	/* I-LOC */ { 9, 10 }, /* L-LOC */ { 9, 10 },
	/* U-LOC */ { 0, 3, 4, 7, 8, 11, 12 },
};

/* the predecessor lists agree with the table (checked by test-tagger) */
int
label_preds_ok(void)
{
	int a, b, k;

	for (b = 0; b < NLABELS; b++)
		for (a = 0, k = 0; a < NLABELS; a++) {
			if (!allowed_table[a][b])
				continue;
			if (k >= pred_n[b] || pred_v[b][k] != a)
				return 0;
			k++;
		}
	for (b = 0; b < NLABELS; b++) {
		for (a = 0, k = 0; a < NLABELS; a++)
			k += allowed_table[a][b];
		if (k != pred_n[b])
			return 0;
		/* viterbi's step is written out for these counts */
		if (pred_n[b] != ((b - 1) % 4 == 1 || (b - 1) % 4 == 2 ? 2 : 7))
			return 0;
	}
	return 1;
}

void
viterbi(const float *emit, size_t n, const float *trans, uint8_t *out,
    uint8_t *back)
{
	float delta[NLABELS], next[NLABELS], best, s;
	size_t i;
	int a, b, arg;

	if (n == 0)
		return;
	for (b = 0; b < NLABELS; b++)
		delta[b] = label_allowed(0, b) ?
		    trans[0 * NLABELS + b] + emit[b] : -1e30f;
	/* a step written out label by label, each label's predecessors
	 * (pred_v, in increasing order, as the loop over them was) by
	 * constant index, so that every index and offset is a constant
	 * (label_preds_ok checks the lists, and that each label has seven
	 * predecessors or two, as written here) */
#define VITERBI_PRED(b, k) do { \
		a = pred_v[b][k]; \
		s = delta[a] + trans[a * NLABELS + (b)]; \
		if (s > best) { \
			best = s; \
			arg = a; \
		} \
	} while (0)
#define VITERBI_END(b) do { \
		next[b] = best + emit[i * NLABELS + (b)]; \
		back[i * NLABELS + (b)] = (uint8_t)arg; \
	} while (0)
#define VITERBI_7(b) do { \
		best = -1e30f; \
		arg = 0; \
		VITERBI_PRED(b, 0); VITERBI_PRED(b, 1); VITERBI_PRED(b, 2); \
		VITERBI_PRED(b, 3); VITERBI_PRED(b, 4); VITERBI_PRED(b, 5); \
		VITERBI_PRED(b, 6); \
		VITERBI_END(b); \
	} while (0)
#define VITERBI_2(b) do { \
		best = -1e30f; \
		arg = 0; \
		VITERBI_PRED(b, 0); VITERBI_PRED(b, 1); \
		VITERBI_END(b); \
	} while (0)
	for (i = 1; i < n; i++) {
		VITERBI_7(0);
		VITERBI_7(1); VITERBI_2(2); VITERBI_2(3); VITERBI_7(4);
		VITERBI_7(5); VITERBI_2(6); VITERBI_2(7); VITERBI_7(8);
		VITERBI_7(9); VITERBI_2(10); VITERBI_2(11); VITERBI_7(12);
		memcpy(delta, next, sizeof delta);
	}
#undef VITERBI_7
#undef VITERBI_2
#undef VITERBI_END
#undef VITERBI_PRED
	best = -1e31f;
	arg = 0;
	for (a = 0; a < NLABELS; a++) {
		if (!label_allowed(a, 0))
			continue;
		s = delta[a] + trans[a * NLABELS + 0];
		if (s > best) {
			best = s;
			arg = a;
		}
	}
	for (i = n; i-- > 0;) {
		out[i] = (uint8_t)arg;
		if (i > 0)
			arg = back[i * NLABELS + arg];
	}
}
