/* names-model.c: PERSON/ORGANIZATION/LOCATION from a linear-chain model
 * (averaged structured perceptron, BILOU labels, Viterbi), behind names.h.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "feat.h"
#include "model.h"
#include "names.h"
#include "xalloc.h"

struct names {
	struct model m;
};

struct names_work {
	struct feat_work fw;
	float *emit;
	uint8_t *lab, *back;
	int8_t *force;
	size_t cap;
};

static inline uint32_t
key_of(uint64_t f)
{
	return (uint32_t)(f >> 32);
}

int
model_load(struct model *m, const unsigned char *p, size_t n)
{
	uint32_t nlabels, nfeat, nnz, i;
	size_t need, size, j;
	const unsigned char *count;

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
	p += 24 + sizeof m->trans;
	m->nfeat = nfeat;
	m->key = xreallocarray(NULL, (size_t)nfeat + 1, sizeof *m->key);
	m->start = xreallocarray(NULL, (size_t)nfeat + 1, sizeof *m->start);
	m->label = xreallocarray(NULL, (size_t)nnz + 1, 1);
	m->weight = xreallocarray(NULL, (size_t)nnz + 1, sizeof *m->weight);
	memcpy(m->key, p, (size_t)nfeat * 4);
	count = p + (size_t)nfeat * 4;
	m->start[0] = 0;
	for (i = 0; i < nfeat; i++)
		m->start[i + 1] = m->start[i] + count[i];
	if (m->start[nfeat] != nnz) {
		model_free(m);
		return -1;
	}
	memcpy(m->label, count + nfeat, nnz);
	memcpy(m->weight, count + nfeat + nnz, (size_t)nnz * 2);
	for (i = 0; i < nnz; i++)
		if (m->label[i] >= NLABELS) {
			model_free(m);
			return -1;
		}
	/* an index at load factor <= 1/2 */
	for (size = 16; size < 2 * (size_t)nfeat; size <<= 1)
		;
	m->slot = xcalloc(size, sizeof *m->slot);
	m->mask = size - 1;
	for (i = 0; i < nfeat; i++) {
		/* keys are spread by the hash already: use the low bits */
		j = m->key[i] & m->mask;
		while (m->slot[j])
			j = (j + 1) & m->mask;
		m->slot[j] = i + 1;
	}
	return 0;
}

void
model_free(struct model *m)
{
	free(m->key);
	free(m->start);
	free(m->label);
	free(m->weight);
	free(m->slot);
	memset(m, 0, sizeof *m);
}

long
model_find(const struct model *m, uint64_t feature)
{
	uint32_t k = key_of(feature), e;
	size_t j = k & m->mask;

	while ((e = m->slot[j]) != 0) {
		if (m->key[e - 1] == k)
			return (long)e - 1;
		j = (j + 1) & m->mask;
	}
	return -1;
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
	if (ferror(fp))
		die("%s:", path);
	fclose(fp);
	*n = len;
	return p;
}

struct names *
names_open(const char *path)
{
	struct names *nm = xcalloc(1, sizeof *nm);

	if (path) {
		size_t n;
		unsigned char *p = read_file(path, &n);

		if (model_load(&nm->m, p, n) < 0)
			die("%s: not a tag-entities model", path);
		free(p);
	} else if (model_load(&nm->m, te_model_blob, te_model_blob_len) < 0) {
		die("the built-in model is damaged");
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
	free(w);
}

/* append the mentions of labels lab[0..n) of tokens first.. */
static void
labels_to_mentions(const uint8_t *lab, size_t n, size_t first,
    struct mentions *out)
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
			mentions_add(out, first + i, first + i + 1,
			    name_types[t]);
		} else if (p == 'L' && open == t) {
			mentions_add(out, first + a, first + i + 1,
			    name_types[t]);
			open = -1;
		}
	}
}

void
names_tag(const struct names *nm, struct names_work *w, const struct sent *st,
    struct mentions *out)
{
	const struct model *m = &nm->m;
	uint64_t f[FEAT_MAX];
	size_t i, j, k, nf, a;
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
	for (i = 0; i < st->n; i = j) {
		j = i + 1;
		if (!w->fw.live[i])
			continue;
		for (j = i; j < st->n && w->fw.live[j]; j++) {
			int32_t acc[NLABELS] = { 0 };
			float *e = w->emit + (j - i) * NLABELS;

			nf = feat_token(&w->fw, st, j, f);
			for (k = 0; k < nf; k++) {
				long r = model_find(m, f[k]);
				uint32_t q;

				if (r < 0)
					continue;
				for (q = m->start[r]; q < m->start[r + 1]; q++)
					acc[m->label[q]] += m->weight[q];
			}
			for (l = 0; l < NLABELS; l++)
				e[l] = (float)acc[l] / m->scale;
		}
		a = i;
		force_labels(w->emit, w->force + a, j - a);
		viterbi(w->emit, j - a, m->trans, w->lab, w->back);
		/* only what is new */
		for (k = a; k < j; k++)
			if (w->force[k] > 0)
				w->lab[k - a] = 0;
		labels_to_mentions(w->lab, j - a, a, out);
	}
}
