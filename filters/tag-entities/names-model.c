/* names-model.c: PERSON/ORGANIZATION/LOCATION from a linear-chain model
 * (averaged structured perceptron, BILOU labels, Viterbi), behind names.h.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigmem.h"
#include "err.h"
#include "feat.h"
#include "model.h"
#include "names.h"
#include "xalloc.h"

struct names {
	struct model m;
};

/* a token's scores are the sums of its features' rows, twelve int16
 * weights each (model.h).  With the vector extension on a little-endian
 * machine a row is read as six int32 lanes of two weights each: the
 * even weight is the low half of a lane, sign-extended by a shift up and
 * an arithmetic shift down, the odd one the high half, shifted down; so
 * a row costs a few vector instructions instead of twelve widenings and
 * adds (the compiler's own vectorizing of the loop keeps the sums in
 * memory).  The sums are the same integers either way. */
/* -DROW_LANES=0 builds the plain loop on any compiler, to test it */
#ifndef ROW_LANES
#if (defined(__GNUC__) || defined(__clang__)) && \
    defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define ROW_LANES 1
#else
#define ROW_LANES 0
#endif
#endif

#if ROW_LANES
typedef int32_t lanes4 __attribute__((vector_size(16)));
typedef uint32_t lanes4u __attribute__((vector_size(16)));
typedef uint64_t lanes2u64 __attribute__((vector_size(16)));

/* weights 0-7 (even, odd) and 8-11 (in lanes 0 and 1 of tail_even,
 * tail_odd) */
struct row_sum {
	lanes4 even, odd, tail_even, tail_odd;
};

static inline void
row_add(struct row_sum *sum, const int16_t *row)
{
	lanes4 v, t;
	uint64_t x;

	memcpy(&v, row, 16);
	memcpy(&x, row + 8, 8);
	t = (lanes4)(lanes2u64){ x, 0 };
	sum->even += (lanes4)((lanes4u)v << 16) >> 16;
	sum->odd += v >> 16;
	sum->tail_even += (lanes4)((lanes4u)t << 16) >> 16;
	sum->tail_odd += t >> 16;
}

static inline void
row_sums(const struct row_sum *sum, int32_t *acc)
{
	int k;

	for (k = 0; k < 4; k++) {
		acc[2 * k] = sum->even[k];
		acc[2 * k + 1] = sum->odd[k];
	}
	for (k = 0; k < 2; k++) {
		acc[8 + 2 * k] = sum->tail_even[k];
		acc[8 + 2 * k + 1] = sum->tail_odd[k];
	}
}
#endif
_Static_assert(NLABELS - 1 == 12, "row_add reads rows of twelve weights");

/* live tokens whose features are made before their lookups */
#define TE_BATCH 32
/* how far ahead of its lookup a feature's entry is fetched */
#define TE_AHEAD 16

struct names_work {
	struct feat_work fw;
	float *emit;
	uint8_t *lab, *back;
	int8_t *force;
	size_t cap;
	uint64_t *f;		/* the features of a batch of tokens */
	uint8_t *nf;
	size_t fcap;
};

int
model_load(struct model *m, const unsigned char *p, size_t n)
{
	uint32_t nlabels, nfeat, nnz, i, q, key;
	size_t need, size, j;
	const unsigned char *keys, *count, *label, *weight;
	int32_t w[NLABELS];
	int l;

	memset(m, 0, sizeof *m);
	if (n < 8 + 16 + sizeof m->trans || memcmp(p, MODEL_MAGIC, 8) != 0)
		return -1;
	memcpy(&nlabels, p + 8, 4);
	memcpy(&nfeat, p + 12, 4);
	memcpy(&nnz, p + 16, 4);
	memcpy(&m->scale, p + 20, 4);
	if (nlabels != NLABELS || !(m->scale > 0))
		return -1;
	need = 24 + sizeof m->trans + (size_t)nfeat * 5 + (size_t)nnz * 3;
	if (n != need)
		return -1;
	memcpy(m->trans, p + 24, sizeof m->trans);
	keys = p + 24 + sizeof m->trans;
	count = keys + (size_t)nfeat * 4;
	label = count + nfeat;
	weight = label + nnz;
	m->nfeat = nfeat;
	/* an index at load factor <= 2/3 */
	for (size = 16; size < (size_t)nfeat + nfeat / 2; size <<= 1)
		;
	m->ent = big_alloc(size * sizeof *m->ent);
	m->mask = size - 1;
	for (i = 0, q = 0; i < nfeat; i++) {
		struct model_entry *e;
		uint32_t c = count[i];

		if (c > NLABELS || q + c > nnz)
			goto bad;
		memset(w, 0, sizeof w);
		for (; c > 0; c--, q++) {
			int16_t x;

			if (label[q] >= NLABELS)
				goto bad;
			memcpy(&x, weight + 2 * (size_t)q, 2);
			w[label[q]] = x;
		}
		memcpy(&key, keys + 4 * (size_t)i, 4);
		key = key ? key : 1;
		/* keys are spread by the hash already: use the low bits */
		j = key & m->mask;
		while (m->ent[j].key)
			j = (j + 1) & m->mask;
		e = &m->ent[j];
		e->key = key;
		if (w[0] == 0) {
			/* most features: nothing to take off, and every
			 * weight is an int16 of the file already */
			for (l = 1; l < NLABELS; l++)
				e->w[l - 1] = (int16_t)w[l];
			continue;
		}
		for (l = 1; l < NLABELS; l++) {
			int32_t d = w[l] - w[0];

			e->w[l - 1] = (int16_t)(d > 32767 ? 32767 :
			    d < -32768 ? -32768 : d);
		}
	}
	if (q != nnz)
		goto bad;
	return 0;
bad:
	model_free(m);
	return -1;
}

void
model_free(struct model *m)
{
	if (m->ent)
		big_free(m->ent, (m->mask + 1) * sizeof *m->ent);
	memset(m, 0, sizeof *m);
}

const int16_t *
model_find(const struct model *m, uint64_t feature)
{
	uint32_t k = model_key(feature);
	size_t j = k & m->mask;

	while (m->ent[j].key) {
		if (m->ent[j].key == k)
			return m->ent[j].w;
		j = (j + 1) & m->mask;
	}
	return NULL;
}

static unsigned char *
read_file(const char *path, size_t *n)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *p = NULL;
	size_t cap = 0, len = 0, r;

	if (!fp)
		die("%s:", path);
	for (;;) {
		if (cap - len < 65536) {
			cap = cap ? 2 * cap : 1 << 20;
			p = xrealloc(p, cap);
		}
		r = fread(p + len, 1, cap - len, fp);
		len += r;
		if (r == 0)
			break;
	}
	if (ferror(fp)) {
		int e = errno;	/* fread's, for the message */

		free(p);
		errno = e;
		die("%s:", path);
	}
	fclose(fp);
	*n = len;
	return p;
}

/* the error paths free what they hold before they exit: a damaged model
 * leaves nothing behind (make test-valgrind) */
struct names *
names_open(const char *path)
{
	struct names *nm;
	unsigned char *p;
	size_t n;

	if (!path)
		return names_open_blob(te_model_blob, te_model_blob_len);
	p = read_file(path, &n);
	nm = xcalloc(1, sizeof *nm);
	if (model_load(&nm->m, p, n) < 0) {
		free(p);
		free(nm);
		die("%s: not a tag-entities model", path);
	}
	free(p);
	return nm;
}

struct names *
names_open_blob(const unsigned char *p, size_t n)
{
	struct names *nm = xcalloc(1, sizeof *nm);

	if (model_load(&nm->m, p, n) < 0) {
		free(nm);
		die("a built-in model is damaged");
	}
	return nm;
}

void
names_close(struct names *nm)
{
	if (!nm)
		return;
	model_free(&nm->m);
	free(nm);
}

struct names_work *
names_work_new(const struct names *nm)
{
	(void)nm;
	return xcalloc(1, sizeof(struct names_work));
}

void
names_work_free(struct names_work *w)
{
	if (!w)
		return;
	feat_free(&w->fw);
	free(w->emit);
	free(w->lab);
	free(w->back);
	free(w->force);
	free(w->f);
	free(w->nf);
	free(w);
}

/* whether tokens [a, b) of a segment, labelled lab[], score on average
 * at least min_margin above O (emit[] holds scores less that of O; the
 * average, since a connector inside a name, "of", scores little alone) */
static int
sure(const float *emit, const uint8_t *lab, size_t a, size_t b,
    float min_margin)
{
	float sum = 0;
	size_t i;

	for (i = a; i < b; i++)
		sum += emit[i * NLABELS + lab[i]];
	return sum >= min_margin * (float)(b - a);
}

/* append the mentions of labels lab[0..n) of tokens first.., those the
 * model is sure of (min_margin > 0, emit[] the segment's scores) */
static void
labels_to_mentions(const uint8_t *lab, size_t n, size_t first,
    const float *emit, float min_margin, struct mentions *out)
{
	size_t i, a = 0;
	int open = -1, t, p;

	for (i = 0; i < n; i++) {
		t = label_type(lab[i]);
		p = label_pos(lab[i]);
		if (p == 'B' || p == 'U' || p == 'O' || t != open) {
			open = -1;
		}
		if (p == 'B') {
			a = i;
			open = t;
		} else if (p == 'U') {
			if (min_margin <= 0 ||
			    sure(emit, lab, i, i + 1, min_margin))
				mentions_add(out, first + i, first + i + 1,
				    name_types[t]);
		} else if (p == 'L' && open == t) {
			if (min_margin <= 0 ||
			    sure(emit, lab, a, i + 1, min_margin))
				mentions_add(out, first + a, first + i + 1,
				    name_types[t]);
			open = -1;
		}
	}
}

void
names_tag(const struct names *nm, struct names_work *w, const struct sent *st,
    float min_margin, struct mentions *out)
{
	const struct model *m = &nm->m;
	size_t i, j, k, a;
	int l;

	if (st->n == 0)
		return;
	feat_prepare(&w->fw, st);
	if (st->n > w->cap) {
		w->cap = st->n + st->n / 2;
		w->emit = xreallocarray(w->emit, w->cap,
		    NLABELS * sizeof *w->emit);
		w->lab = xreallocarray(w->lab, w->cap, 1);
		w->back = xreallocarray(w->back, w->cap, NLABELS);
		w->force = xreallocarray(w->force, w->cap, 1);
	}
	/* tokens of existing name tags keep their labels; other tagged
	 * tokens are O */
	for (i = 0; i < st->n; i++) {
		int sp = st->span_of[i], ty = -1;

		w->force[i] = -1;
		if (sp >= 0) {
			for (k = 0; k < NTYPES_NAME; k++)
				if (name_types[k] == st->tok[i].fixed)
					ty = (int)k;
		}
		if (ty >= 0) {
			int first = i == 0 || st->span_of[i - 1] != sp;
			int last = i + 1 == st->n || st->span_of[i + 1] != sp;

			w->force[i] = (int8_t)(1 + 4 * ty + (first && last ? 3 :
			    first ? 0 : last ? 2 : 1));
		} else if (st->used[i]) {
			w->force[i] = 0;
		}
	}
	/* the emission scores of all live tokens, in batches: the features
	 * of a batch first, their entries fetched ahead, then the lookups,
	 * which then overlap instead of waiting in turn for memory (a
	 * batch bounds the scratch space whatever the line) */
	if (!w->f) {
		w->f = xreallocarray(NULL, TE_BATCH, FEAT_MAX * sizeof *w->f);
		w->nf = xreallocarray(NULL, TE_BATCH, 1);
		w->fcap = TE_BATCH;
	}
	for (i = 0; i < st->n; i = j) {
		size_t nb = 0, tot = 0, q = 0;

		for (j = i; j < st->n && nb < TE_BATCH; j++) {
			if (!w->fw.live[j])
				continue;
			/* a pinned token's scores are overwritten anyway */
			w->nf[nb] = w->force[j] >= 0 ? 0 :
			    (uint8_t)feat_token(&w->fw, st, j, w->f + tot);
			tot += w->nf[nb++];
		}
		for (k = 0; k < TE_AHEAD && k < tot; k++)
			__builtin_prefetch(MODEL_SLOT0(m, w->f[k]));
		for (k = i, nb = 0; k < j; k++) {
			/* the labels other than O, as the rows hold them */
			int32_t acc[NLABELS - 1];
			float *e = w->emit + k * NLABELS;
			size_t end;
#if ROW_LANES
			struct row_sum sum;
#endif

			if (!w->fw.live[k])
				continue;
#if ROW_LANES
			sum.even = sum.odd = (lanes4){ 0 };
			sum.tail_even = sum.tail_odd = (lanes4){ 0 };
#else
			memset(acc, 0, sizeof acc);
#endif
			for (end = q + w->nf[nb++]; q < end; q++) {
				const int16_t *row;

				if (q + TE_AHEAD < tot)
					__builtin_prefetch(MODEL_SLOT0(m,
					    w->f[q + TE_AHEAD]));
				row = model_find(m, w->f[q]);
				if (!row)
					continue;
#if ROW_LANES
				row_add(&sum, row);
#else
				for (l = 0; l < NLABELS - 1; l++)
					acc[l] += row[l];
#endif
			}
#if ROW_LANES
			row_sums(&sum, acc);
#endif
			e[0] = 0;	/* O: the rows hold weights less O's */
			for (l = 1; l < NLABELS; l++)
				e[l] = (float)acc[l - 1] / m->scale;
		}
	}
	for (i = 0; i < st->n; i = j) {
		j = i + 1;
		if (!w->fw.live[i])
			continue;
		for (j = i; j < st->n && w->fw.live[j]; j++)
			;
		a = i;
		force_labels(w->emit + a * NLABELS, w->force + a, j - a);
		viterbi(w->emit + a * NLABELS, j - a, m->trans, w->lab,
		    w->back);
		/* a segment that already holds a name tag gets nothing new:
		 * the first run decided it, and post-rules may have changed
		 * what the model said there, so deciding again could differ
		 * (running twice must change nothing) */
		for (k = a; k < j; k++)
			if (w->force[k] > 0)
				break;
		if (k == j)
			labels_to_mentions(w->lab, j - a, a,
			    w->emit + a * NLABELS, min_margin, out);
	}
}
