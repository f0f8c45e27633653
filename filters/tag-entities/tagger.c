/* tagger.c: one line through the tokenizer, the rules and the model. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "stream.h"
#include "tagger.h"
#include "xalloc.h"

void
tagger_open(struct tagger *t, const char *model,
    const struct lang *model_lang, int with_model, unsigned types)
{
	memset(t, 0, sizeof *t);
	/* a model file is read first, so that a bad one is said at once,
	 * not at the first document in its language, and before anything
	 * else is allocated: its error exits holding nothing */
	if (with_model && model && lang_index(model_lang) >= 0)
		t->models[lang_index(model_lang)] = names_open(model);
	gaz_open(&t->g);
	t->memo = xcalloc(GAZ_MEMO, sizeof *t->memo);
	t->with_model = with_model;
	t->model_file = model;
	t->model_lang = model_lang;
	if (with_model)
		t->work = names_work_new(NULL);
	t->types = types;
	tagger_doc(t, lang_find("en", 2));
}

void
tagger_close(struct tagger *t)
{
	size_t i;

	gaz_close(&t->g);
	memory_free(&t->mem);
	free(t->memo);
	names_work_free(t->work);
	for (i = 0; i < LANG_MAX; i++)
		names_close(t->models[i]);

	buf_free(&t->plain);
	buf_free(&t->key);
	free(t->tok.v);
	free(t->gaz);
	free(t->cls);
	free(t->used);
	free(t->span_of);
	free(t->ment.v);
	free(t->known.v);
	free(t->win.v);
	free(t->added.v);
	free(t->taken);
	free(t->spans);
}

void
tagger_doc(struct tagger *t, const struct lang *lang)
{
	int k = lang_index(lang);

	memory_clear(&t->mem);
	t->lang = lang;
	t->names = NULL;
	if (!t->with_model)
		return;
	if (k < 0)
		return;
	/* built-in models are loaded when first needed: a stream in one
	 * language pays for one model's index */
	if (!t->models[k] && lang->model)
		t->models[k] = names_open_blob(lang->model, *lang->model_len);
	t->names = t->models[k];
}

/* gaz_lookup of a folded word, of gaz_hash h, through the memo; w[]
 * holds GAZ_MEMO_WORD bytes at least, zero after the word, so that a
 * word is compared as a whole of fixed size (a few loads, no call) */
static unsigned
memo_lookup(struct tagger *t, const char *w, size_t len, uint32_t h)
{
	struct gaz_memo *m = &t->memo[(h ^ (h >> 16)) & (GAZ_MEMO - 1)];

	if (len > sizeof m->w)
		return gaz_lookup_hash(&t->g, w, len, h);
	if (m->len == len && m->hash == h &&
	    memcmp(m->w, w, sizeof m->w) == 0)
		return m->flags;
	m->hash = h;
	m->len = (uint8_t)len;
	memcpy(m->w, w, sizeof m->w);
	m->flags = gaz_lookup_hash(&t->g, w, len, h);
	return m->flags;
}

static void
add_span(struct tagger *t, size_t start, size_t end, int type)
{
	if (t->nspans == t->spancap) {
		t->spancap = t->spancap ? 2 * t->spancap : 16;
		t->spans = xreallocarray(t->spans, t->spancap,
		    sizeof *t->spans);
	}
	t->spans[t->nspans].start = start;
	t->spans[t->nspans].end = end;
	t->spans[t->nspans].type = type;
	t->nspans++;
}

static int
span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	return (x->start > y->start) - (x->start < y->start);
}

/* a headline in capitals: at least three cased words, none lower case */
static int
all_caps(const struct tagger *t)
{
	size_t i, words = 0;

	for (i = 0; i < t->tok.n; i++) {
		uint16_t sh = t->tok.v[i].shape;

		if (sh & SH_LOWER)
			return 0;
		if ((sh & SH_ALLCAPS) && !(sh & SH_PUNCT))
			words++;
	}
	return words >= 3;
}

/* a line in lower case, as web text is often written: its first word
 * is ("how many ounces in a pint in ireland?"), and it has three words
 * or more */
static int
low_case(const struct tagger *t)
{
	size_t i, words = 0;
	int first = 0;

	for (i = 0; i < t->tok.n && words < 3; i++) {
		uint16_t sh = t->tok.v[i].shape;

		if (!(sh & (SH_UPPER | SH_LOWER | SH_NOCASE)))
			continue;
		if (words == 0)
			first = (sh & SH_LOWER) != 0;
		words++;
	}
	return first && words >= 3;
}

/* the text without tags into t->plain, the tags into t->spans */
static void
strip_tags(struct tagger *t, const char *s, size_t n)
{
	struct tag_span ts;
	size_t pos = 0;

	while (stream_next_tag(s, n, pos, &ts)) {
		size_t a;

		buf_add(&t->plain, s + pos, ts.start - pos);
		a = t->plain.len;
		buf_add(&t->plain, s + ts.text_start,
		    ts.text_end - ts.text_start);
		add_span(t, a, t->plain.len, ts.type);
		pos = ts.end;
	}
	buf_add(&t->plain, s + pos, n - pos);
}

/* the tokens of t->plain, those of existing tags fixed to their type.
 * The whole line is there before any word is cut, so that a word is cut
 * the same whether a tag follows it or not (a second run must see the
 * words of the first) */
static void
tokenize_line(struct tagger *t)
{
	size_t pos = 0, i;

	for (i = 0; i < t->nspans; i++) {
		tokenize(&t->tok, t->plain.data, pos, t->spans[i].start, -1);
		tokenize(&t->tok, t->plain.data, t->spans[i].start,
		    t->spans[i].end, t->spans[i].type);
		pos = t->spans[i].end;
	}
	tokenize(&t->tok, t->plain.data, pos, t->plain.len, -1);
	if (t->tok.n > t->cap) {
		t->cap = t->tok.n;
		t->gaz = xreallocarray(t->gaz, t->cap, sizeof *t->gaz);
		t->cls = xreallocarray(t->cls, t->cap, sizeof *t->cls);
		t->used = xreallocarray(t->used, t->cap, sizeof *t->used);
		t->span_of = xreallocarray(t->span_of, t->cap,
		    sizeof *t->span_of);
	}
}

/* span_of: the existing tag that holds each token, or -1 */
static void
find_tagged(struct tagger *t)
{
	size_t sp = 0, i;

	/* spans and tokens are both in order */
	for (i = 0; i < t->tok.n; i++) {
		const struct token *k = &t->tok.v[i];

		while (sp < t->nspans && t->spans[sp].end <= k->start)
			sp++;
		t->span_of[i] = sp < t->nspans &&
		    k->start >= t->spans[sp].start &&
		    k->end <= t->spans[sp].end ? (int)sp : -1;
	}
}

/* near[i] (kept in t->used until look_up_words): whether word i is within
 * two of a capitalised one, or every word of a line in lower case */
static void
mark_near_capitals(struct tagger *t, int lowcase)
{
	size_t last_cap = (size_t)-1, i;

	for (i = 0; i < t->tok.n; i++)
		t->used[i] = (uint8_t)lowcase;
	for (i = 0; i < t->tok.n && !lowcase; i++)
		if (t->tok.v[i].shape & (SH_UPPER | SH_NOCASE)) {
			size_t a = i >= 2 ? i - 2 : 0, b = i + 2;

			if (last_cap != (size_t)-1 && a <= last_cap)
				a = last_cap + 1;
			for (; a <= b && a < t->tok.n; a++)
				t->used[a] = 1;
			last_cap = b;
		}
}

/* the gazetteer bits of each word: words near a capital (names, their
 * neighbours) get the whole gazetteer; the others only the rules' words,
 * from a table that stays in cache; punctuation and numbers nothing.
 * Then used[] starts as "inside an existing tag". */
static void
look_up_words(struct tagger *t)
{
	size_t i;

	for (i = 0; i < t->tok.n; i++) {
		const struct token *k = &t->tok.v[i];
		int near = t->used[i];
		/* fold on the stack: no single gazetteer word is longer,
		 * and far words only need the rules' words (none longer
		 * than 9 bytes) */
		char w[64];
		size_t len = k->end - k->start, q;
		const char *p = t->plain.data + k->start;
		uint32_t h = GAZ_HASH_START;

		t->used[i] = k->fixed >= 0;
		t->cls[i] = WC_UNASKED;
		if (k->shape & (SH_PUNCT | SH_DIGIT)) {
			t->gaz[i] = 0;
			continue;
		}
		if (len > sizeof w || (!near && len > 9)) {
			t->gaz[i] = 0;
			continue;
		}
		/* the memo compares words with the zeros after them */
		if (near)
			memset(w, 0, GAZ_MEMO_WORD);
		/* folded and hashed in one pass */
		for (q = 0; q < len; q++) {
			w[q] = (char)(p[q] >= 'A' && p[q] <= 'Z' ?
			    p[q] + 'a' - 'A' : p[q]);
			h = gaz_hash_step(h, (unsigned char)w[q]);
		}
		t->gaz[i] = near ? memo_lookup(t, w, len, h) :
		    gaz_lookup_rule_hash(&t->g, w, len, h);
	}
}

/* "&lt;PERSON>" is an escaped tag written as text: not a name */
static void
mark_escaped_tags(struct tagger *t)
{
	size_t i;

	for (i = 0; i + 1 < t->tok.n; i++) {
		const struct token *k = &t->tok.v[i];

		if (k->end - k->start == 4 &&
		    memcmp(t->plain.data + k->start, "&lt;", 4) == 0) {
			size_t j = i + 1;

			while (j < t->tok.n && t->tok.v[j].start ==
			    t->tok.v[j - 1].end && !(t->plain.data[
			    t->tok.v[j].start] == '>')) {
				t->used[j] = 1;
				j++;
			}
		}
	}
}

/* web and mail addresses are not names: "news.bbc.co.uk",
 * "chris.abel@enron.com".  A run of tokens without spaces between them
 * is one if it holds "://", "www." or an "@" with a "." after it */
static void
mark_addresses(struct tagger *t)
{
	const char *p = t->plain.data;
	size_t i, j;

	for (i = 0; i < t->tok.n; i = j) {
		size_t j0 = i, q, end, first_at, last_dot;
		int addr = 0;

		for (j = i + 1; j < t->tok.n && t->tok.v[j].start ==
		    t->tok.v[j - 1].end; j++)
			;
		if (j - i < 3)
			continue;
		end = t->tok.v[j - 1].end;
		first_at = last_dot = (size_t)-1;
		for (q = t->tok.v[i].start; q < end && !addr; q++) {
			if (p[q] == '@' && first_at == (size_t)-1)
				first_at = q;
			else if (p[q] == '.')
				last_dot = q;
			if ((p[q] == ':' && q + 2 < end &&
			    p[q + 1] == '/' && p[q + 2] == '/') ||
			    (q + 4 <= end && (p[q] == 'w' || p[q] == 'W') &&
			    strncasecmp(p + q, "www.", 4) == 0))
				addr = 1;
		}
		if (first_at != (size_t)-1 && last_dot != (size_t)-1 &&
		    first_at < last_dot)
			addr = 1;
		for (; addr && j0 < j; j0++)
			if (t->tok.v[j0].fixed < 0)
				t->used[j0] = 1;
	}
}

void
tagger_prepare(struct tagger *t, const char *s, size_t n)
{
	struct sent *st = &t->st;

	buf_clear(&t->plain);
	t->tok.n = 0;
	t->nspans = 0;
	t->ment.n = 0;

	strip_tags(t, s, n);
	tokenize_line(t);
	find_tagged(t);
	st->lowcase = low_case(t);
	mark_near_capitals(t, st->lowcase);
	look_up_words(t);
	mark_escaped_tags(t);
	mark_addresses(t);

	st->s = t->plain.data;
	st->tok = t->tok.v;
	st->n = t->tok.n;
	st->gaz = t->gaz;
	st->used = t->used;
	st->cls = t->cls;
	st->span_of = t->span_of;
	st->allcaps = all_caps(t);
	st->g = &t->g;
	st->words = t->lang->words;
	st->feats = t->lang->feats;
	st->scratch = &t->key;
}

/* where the window that starts at token a ends: the whole rest if it
 * fits, else after the last sentence end (. ! ?) in the window's second
 * half, else at the last word boundary there outside an existing tag,
 * else at TAG_WINDOW tokens */
static size_t
window_end(const struct tagger *t, size_t a)
{
	const struct sent *st = &t->st;
	size_t n = st->n, c, cut = 0;

	if (n - a <= TAG_WINDOW)
		return n;
	for (c = a + TAG_WINDOW; c > a + TAG_WINDOW / 2; c--) {
		if (st->span_of[c - 1] >= 0 && st->span_of[c] == st->span_of[c - 1])
			continue;
		if (TOK_N(st, c - 1) == 1 && (TOK_P(st, c - 1)[0] == '.' ||
		    TOK_P(st, c - 1)[0] == '!' || TOK_P(st, c - 1)[0] == '?'))
			return c;
		if (!cut)
			cut = c;
	}
	return cut ? cut : a + TAG_WINDOW;
}

/* the names of window w after its rules' mentions m->v[0..from): the
 * model, the post-rules, then the document's memory, which learns from
 * the names of this window, those tagged before us too, and fills in
 * what the model missed */
static void
find_names(struct tagger *t, const struct sent *w, struct mentions *m,
    size_t from)
{
	size_t i, j;

	names_tag(t->names, t->work, w, t->lang->min_margin, m);
	if (t->lang->post_rules)
		post_rules(w, m, from, &t->added);
	t->known.n = 0;
	for (i = 0; i < w->n; i = j) {
		j = i + 1;
		if (w->span_of[i] < 0)
			continue;
		while (j < w->n && w->span_of[j] == w->span_of[i])
			j++;
		mentions_add(&t->known, i, j, w->tok[i].fixed);
	}
	memory_learn(&t->mem, w, &t->known);
	memory_learn(&t->mem, w, m);
	memory_apply(&t->mem, w, m, from);
}

/* tag tokens [a, b) of the line through a view of just those tokens: the
 * rules, and names where the language has a model; the mentions are
 * appended to t->ment in the line's token numbers */
static void
tag_window(struct tagger *t, size_t a, size_t b)
{
	struct sent w = t->st;
	struct mentions *m = &t->win;
	size_t i;

	w.tok += a;
	w.gaz += a;
	w.used += a;
	w.cls += a;
	w.span_of += a;
	w.n = b - a;
	m->n = 0;
	rules_tag(&w, m);
	if (t->names)
		find_names(t, &w, m, m->n);
	for (i = 0; i < m->n; i++)
		mentions_add(&t->ment, m->v[i].a + a, m->v[i].b + a,
		    m->v[i].type);
}

/* whether bytes start..end meet one of the line's own tags, spans[0..n):
 * in line order and disjoint, so their ends are in order too, and the
 * last one that starts before end is the one to ask */
static int
meets_existing(const struct span *sp, size_t n, size_t start, size_t end)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (sp[mid].start < end)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && sp[lo - 1].end > start;
}

/* the tokens taken by the mentions kept so far, as a Fenwick tree of
 * counts (tokens are in order and not empty, so two mentions meet if and
 * only if they share a token) */
static size_t
taken_before(const uint32_t *tree, size_t i)
{
	size_t s = 0;

	for (; i > 0; i -= i & -i)
		s += tree[i];
	return s;
}

static void
take(uint32_t *tree, size_t n, size_t i)
{
	for (i++; i <= n; i += i & -i)
		tree[i]++;
}

void
tagger_line(struct tagger *t, const char *s, size_t n)
{
	size_t i, a, b, nexisting;

	tagger_prepare(t, s, n);
	nexisting = t->nspans;
	/* a line is tagged in windows of at most TAG_WINDOW tokens: every
	 * rule looks at a few words around a name, and a window bounds
	 * the cost of those that compare names with each other on a
	 * hostile line of millions of words */
	for (a = 0; a < t->st.n; a = b) {
		b = window_end(t, a);
		tag_window(t, a, b);
	}

	/* the tags already in the line and the names found first keep
	 * their place: the rules should leave no overlap, but should one
	 * slip through, the stream gets no crossed tags */
	if (t->tok.n + 1 > t->takencap) {
		t->takencap = t->tok.n + 1;
		t->taken = xreallocarray(t->taken, t->takencap,
		    sizeof *t->taken);
	}
	memset(t->taken, 0, (t->tok.n + 1) * sizeof *t->taken);
	for (i = 0; i < t->ment.n; i++) {
		const struct mention *m = &t->ment.v[i];
		size_t start = t->tok.v[m->a].start, end = t->tok.v[m->b - 1].end;

		if (m->type < 0 || !(t->types & (1u << m->type)) ||
		    meets_existing(t->spans, nexisting, start, end) ||
		    taken_before(t->taken, m->b) != taken_before(t->taken,
		    m->a))
			continue;
		for (a = m->a; a < m->b; a++)
			take(t->taken, t->tok.n, a);
		add_span(t, start, end, m->type);
	}
	if (t->nspans > nexisting)
		qsort(t->spans, t->nspans, sizeof *t->spans, span_cmp);
}

/* s[0..n) does not fit in out under spill: hand what out holds to the
 * writer, then s itself if it is longer than spill (straight from where
 * it is), else keep it in out */
static void
spill_text(struct buf *out, const char *s, size_t n, size_t spill,
    tagger_writer *write, void *arg)
{
	if (out->len) {
		write(arg, out->data, out->len);
		buf_clear(out);
	}
	if (n > spill)
		write(arg, s, n);
	else
		buf_add(out, s, n);
}

void
tagger_spill(const struct tagger *t, struct buf *out, size_t spill,
    tagger_writer *write, void *arg)
{
	size_t pos = 0, i;
	const char *s = t->plain.data;

	for (i = 0; i < t->nspans; i++) {
		const struct span *sp = &t->spans[i];
		size_t gap = sp->start - pos;

		if (gap <= spill - out->len)
			buf_add(out, s + pos, gap);
		else
			spill_text(out, s + pos, gap, spill, write, arg);
		stream_add_tag(out, sp->type, s + sp->start,
		    sp->end - sp->start);
		/* out->len <= spill, for the test above */
		if (out->len > spill) {
			write(arg, out->data, out->len);
			buf_clear(out);
		}
		pos = sp->end;
	}
	if (t->plain.len - pos <= spill - out->len)
		buf_add(out, s + pos, t->plain.len - pos);
	else
		spill_text(out, s + pos, t->plain.len - pos, spill, write,
		    arg);
}

void
tagger_format(const struct tagger *t, struct buf *out)
{
	tagger_spill(t, out, SIZE_MAX, NULL, NULL);
}
