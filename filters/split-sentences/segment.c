/* segment.c: the sentence-boundary rules.
 *
 * One pass over the line looks only at terminators (. ! ? … and the CJK
 * full stops); everything else is skipped at memchr-like speed.  At each
 * terminator the decision uses the run of terminators, the closing quotes
 * and brackets after it, the word before it and the word after it.
 * Nothing is allocated per line beyond the output array.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "bytes16.h"
#include "segment.h"
#include "swar.h"
#include "stream.h"
#include "utf8.h"
#include "xalloc.h"

/* the longest token looked at as a word before a terminator */
#define MAX_TOKEN 64
/* how far a fragment ("At 5 a.m.") is looked at */
#define MAX_FRAGMENT 256
#define FRAGMENT_WORDS 4
/* how far the next item of an inline list is looked for */
#define MAX_LIST_ITEM 1024

/* bytes that may start a terminator, or a bracket we keep count of */
static const unsigned char common_interesting[256] = {
	['.'] = 1, ['!'] = 1, ['?'] = 1,
	[':'] = 1,	/* a time of day: see header_time_end() */
	[0xD6] = 1,	/* ։ Armenian */
	[0xD8] = 1,	/* ؟ Arabic */
	[0xDB] = 1,	/* ۔ Urdu */
	[0xE0] = 1,	/* । ॥ Devanagari */
	[0xE1] = 1,	/* ። ፧ Ethiopic, ။ Myanmar */
	[0xE2] = 1,	/* … ‼ ⁇ ⁈ ⁉ */
	[0xE3] = 1,	/* 。 《 》 〈 〉 */
	[0xEF] = 1,	/* ！ ？ ｡ ． （ ） */
};

void
seg_init(struct segmenter *sg)
{
	abbrev_init(&sg->words);
	memcpy(sg->interesting, common_interesting, sizeof sg->interesting);
	sg->ascii_terms = 0;
}

void
seg_free(struct segmenter *sg)
{
	abbrev_free(&sg->words);
}

int
seg_load(struct segmenter *sg, const char *s, size_t n)
{
	int bad = abbrev_load(&sg->words, s, n);
	size_t i;
	char first[4];

	for (i = 0; i < sg->words.nterms; i++) {
		utf8_encode(sg->words.terms[i], first);
		sg->interesting[(unsigned char)first[0]] = 1;
		if (sg->words.terms[i] < 0x80)
			sg->ascii_terms = 1;
	}
	return bad;
}

void
seg_offsets_free(struct seg_offsets *o)
{
	free(o->v);
	o->v = NULL;
	o->n = o->cap = 0;
}

void
seg_scratch_free(struct seg_scratch *w)
{
	free(w->text);
	free(w->chunks);
	free(w->spans);
	memset(w, 0, sizeof *w);
}

static void
push(struct seg_offsets *o, size_t e)
{
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 16;
		o->v = xreallocarray(o->v, o->cap, sizeof *o->v);
	}
	o->v[o->n++] = e;
}

/* ---- characters ---- */

/* the code point at s[i], its length in *len (input is valid UTF-8) */
static int32_t
cp_at(const char *s, size_t n, size_t i, size_t *len)
{
	unsigned char c = (unsigned char)s[i];
	int32_t cp;

	if (c < 0x80) {
		*len = 1;
		return c;
	}
	*len = utf8_decode(s + i, n - i, &cp);
	return cp < 0 ? UTF8_REPLACEMENT : cp;
}

/* whitespace as Unicode (and Python's \s) counts it */
static int
is_ws(int32_t c)
{
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\v' || c == '\f';
	return c == 0x85 || c == 0xA0 || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
	    c == 0x202F || c == 0x205F || c == 0x3000;
}

/* c is one of the ASCII characters of set */
static int
in_set(const char *set, char c)
{
	return c != '\0' && strchr(set, c) != NULL;
}

enum cclass { C_OTHER, C_SPACE, C_UPPER, C_LOWER, C_LETTER, C_DIGIT };

static enum cclass
cclass(int32_t c)
{
	if (c < 0x80) {
		if (c >= 'a' && c <= 'z')
			return C_LOWER;
		if (c >= 'A' && c <= 'Z')
			return C_UPPER;
		if (c >= '0' && c <= '9')
			return C_DIGIT;
		return is_ws(c) ? C_SPACE : C_OTHER;
	}
	if (is_ws(c))
		return C_SPACE;
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return C_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return C_LOWER;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return C_LETTER;
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return C_DIGIT;
	default:
		return C_OTHER;
	}
}

static int
is_alnum_class(enum cclass k)
{
	return k == C_UPPER || k == C_LOWER || k == C_LETTER || k == C_DIGIT;
}

static int
is_letter_class(enum cclass k)
{
	return k == C_UPPER || k == C_LOWER || k == C_LETTER;
}

/* quotes and brackets that may close a sentence after its terminator */
static int
is_closer(int32_t c)
{
	switch (c) {
	case '"': case '\'': case ')': case ']': case '}':
	case 0x2019: case 0x201D: case 0xBB: case 0x203A:	/* ’ ” » › */
	case 0x201C: case 0x2018: case 0xAB: case 0x2039:	/* “ ‘ « ‹: German
								 * and Danish close
								 * with these */
	case 0x300D: case 0x300F: case 0xFF09: case 0xFF3D:	/* 」 』 ） ］ */
	case 0xFF5D: case 0x3011: case 0x3009: case 0x300B:	/* ｝ 】 〉 》 */
	case 0x3015: case 0x3017: case 0xFF02: case 0xFF07:	/* 〕 〗 ＂ ＇ */
		return 1;
	default:
		return 0;
	}
}

/* quotes, brackets and inverted marks that may open a sentence */
static int
is_opener(int32_t c)
{
	switch (c) {
	case '"': case '\'': case '(': case '[': case '{':
	case 0x2018: case 0x201C: case 0xAB: case 0x2039:	/* ‘ “ « ‹ */
	case 0x201E: case 0x201A: case 0xBF: case 0xA1:		/* „ ‚ ¿ ¡ */
	case 0x300C: case 0x300E: case 0xFF08: case 0xFF3B:	/* 「 『 （ ［ */
	case 0xFF5B: case 0x3010: case 0x3008: case 0x300A:	/* ｛ 【 〈 《 */
	case 0x3014: case 0x3016:				/* 〔 〖 */
		return 1;
	default:
		return 0;
	}
}

enum term { T_NONE, T_DOT, T_QE, T_ELL, T_CJK, T_EXTRA };

static enum term
term_kind(int32_t c)
{
	switch (c) {
	case '.':
		return T_DOT;
	case '!': case '?':
	case 0x203C: case 0x2047: case 0x2048: case 0x2049:	/* ‼ ⁇ ⁈ ⁉ */
		return T_QE;
	case 0x2026:						/* … */
		return T_ELL;
	case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61:	/* 。！？｡ */
	case 0xFF0E:						/* ． */
	/* the full stops and question marks of other scripts: they end
	 * a sentence in any language, with or without a space after */
	case 0x0589:						/* ։ Armenian */
	case 0x061F: case 0x06D4:				/* ؟ ۔ Arabic */
	case 0x0964: case 0x0965:				/* । ॥ Devanagari */
	case 0x1362: case 0x1367: case 0x1368:			/* ። ፧ ፨ Ethiopic */
	case 0x104B:						/* ။ Myanmar */
		return T_CJK;
	default:
		return T_NONE;
	}
}

/* a character the document's language adds to the terminators */
static int
is_extra_term(const struct segmenter *sg, int32_t c)
{
	size_t i;

	for (i = 0; i < sg->words.nterms; i++)
		if (sg->words.terms[i] == c)
			return 1;
	return 0;
}

/* list bullets: a new item starts at each one */
static int
is_bullet(int32_t c)
{
	switch (c) {
	case 0x2022: case 0x2023: case 0x2043: case 0x25E6:	/* • ‣ ⁃ ◦ */
	case 0x25AA: case 0x25CF: case 0x25A0: case 0x25BA:	/* ▪ ● ■ ► */
	case 0x27A2: case 0x2219:				/* ➢ ∙ */
		return 1;
	default:
		return 0;
	}
}

/*
 * The first interesting byte at or after i, or n.  On the way it notes in
 * *folds whether the text holds whitespace the writer must fold (a TAB,
 * two spaces, a Unicode space), so that most lines can be copied as they
 * are.  Interesting bytes it stops at are checked by the caller.
 */
static size_t
next_interesting(const struct segmenter *sg, const char *s, size_t n,
    size_t i, int *folds)
{
	const unsigned char *u = (const unsigned char *)s;
	const unsigned char *interesting = sg->interesting;
	size_t end, len;
	uint64_t acc = 0;	/* kept in registers: *folds is written once */
	int f = 0;

#if BYTES16
	/* sixteen bytes at a time (bytes16.h): a mask of the terminators and
	 * of the bytes >= 0x80 (their own top bit), and whether two spaces or
	 * a TAB are among them; eight at a time in a word after that (and
	 * without the vector extension) */
	while (!sg->ascii_terms && n - i > 16) {
		bytes16 v = bytes16_load(s + i);
		unsigned m = bytes16_mask((bytes16)(v == '.') |
		    (bytes16)(v == '!') | (bytes16)(v == ':') |
		    (bytes16)(v == '?') | v);
		unsigned sp = bytes16_mask((bytes16)(v == ' '));

		acc |= (sp & (sp >> 1)) | bytes16_mask((bytes16)(v == '\t'));
		f |= (u[i + 15] == ' ') & (u[i + 16] == ' ');
		for (; m; m &= m - 1) {
			size_t p = i + (size_t)__builtin_ctz(m);

			if (interesting[u[p]]) {
				i = p;
				goto out;
			}
			if (u[p] >= 0xC2 && is_ws(cp_at(s, n, p, &len)))
				f = 1;
		}
		i += 16;
	}
#endif
	while (i < n) {
		if (n - i > 8 && !sg->ascii_terms) {
			uint64_t w = swar_load(s + i), sp = swar_eq(w, ' ');

			acc |= (sp & (sp >> 8)) | swar_eq(w, '\t');
			f |= (u[i + 7] == ' ') & (u[i + 8] == ' ');
			if (!((w & SWAR_HIGHS) | swar_eq(w, '.') |
			    swar_eq(w, '!') | swar_eq(w, '?') |
			    swar_eq(w, ':'))) {
				i += 8;
				continue;
			}
			end = i + 8;
		} else {
			end = n;
		}
		for (; i < end; i++) {
			if (interesting[u[i]])
				goto out;
			if (u[i] == '\t' || (u[i] == ' ' && i + 1 < n &&
			    (u[i + 1] == ' ' || u[i + 1] == '\t')) ||
			    (u[i] >= 0xC2 && is_ws(cp_at(s, n, i, &len))))
				f = 1;
		}
	}
out:
	*folds |= f | (acc != 0);
	return i;
}

/* ---- the line being split ---- */

struct marker {
	int32_t bullet;		/* 0 if none */
	int kind;		/* 0 none, 'n' number, 'a' letter */
	long value;
	char suffix[3];		/* ".", ")", ".)" */
};


struct line {
	const struct segmenter *sg;
	const char *s;
	size_t n;
	size_t sent;		/* where the current sentence starts */
	size_t first_alnum;	/* its first letter or digit, if found */
	size_t scanned;		/* how far it was looked for */
	size_t alnum_end;	/* after the last letter or digit of the line */
	int title_depth;	/* inside 《 》 or 〈 〉 */
	int paren_depth;	/* inside full-width （ ） */
	size_t item;		/* where the next inline list item starts */
	struct marker sought;	/* the marker of the last search for one */
	size_t searched_to;	/* how far that search went */
};

static size_t next_item(struct line *l, size_t at);

/* how far a full-width "）" is looked for */
#define MAX_PAREN 512

/* a "）" follows s[i] within MAX_PAREN bytes */
static int
closes_nearby(const char *s, size_t n, size_t i)
{
	size_t end = n - i > MAX_PAREN ? i + MAX_PAREN : n;

	return end > i && memmem(s + i, end - i, "\xEF\xBC\x89", 3) != NULL;
}

static size_t
skip_ws(const struct line *l, size_t i)
{
	size_t len;

	while (i < l->n && is_ws(cp_at(l->s, l->n, i, &len)))
		i += len;
	return i;
}

/* whether the sentence holds a letter or digit before upto; each byte is
 * looked at once per sentence */
static int
sentence_has_alnum(struct line *l, size_t upto)
{
	size_t len;

	while (l->first_alnum == SIZE_MAX && l->scanned < upto) {
		if (is_alnum_class(cclass(cp_at(l->s, l->n, l->scanned, &len))))
			l->first_alnum = l->scanned;
		l->scanned += len;
	}
	return l->first_alnum < upto;
}

static void
start_sentence(struct line *l, size_t at)
{
	l->sent = skip_ws(l, at);
	l->first_alnum = SIZE_MAX;
	l->title_depth = 0;	/* a title never spans sentences */
	l->paren_depth = 0;
	l->item = next_item(l, l->sent);
	l->scanned = l->sent;
}

/* ---- the word after a terminator ---- */

enum next {
	N_END,		/* nothing (or only punctuation) follows */
	N_LOWER,	/* a lowercase word */
	N_UPPER,	/* a capitalised word */
	N_DIGIT,	/* a number */
	N_OTHER,	/* a letter without case (CJK), a symbol */
	N_PUNCT	/* a comma, a dash... : the sentence goes on */
};

struct next_word {
	enum next kind;
	size_t start, end;	/* the word's letters */
	int pronoun_i;		/* "I", "I'm": capitalised everywhere */
};

/* the flags of the next word; looked up only when a rule asks */
static unsigned
next_flags(const struct line *l, const struct next_word *w)
{
	return w->kind == N_UPPER ?
	    abbrev_lookup(&l->sg->words, l->s + w->start, w->end - w->start) :
	    0;
}

/*
 * The next word usually starts a sentence ("The", "He"), and is not a
 * title ("Gen.") or an initial ("A. Smith") that merely looks like one.
 */
static int
next_is_starter(const struct line *l, const struct next_word *w)
{
	unsigned f = next_flags(l, w);
	int dot = w->end < l->n && l->s[w->end] == '.';
	size_t len;

	if (!(f & AB_STARTER) || w->pronoun_i)
		return 0;
	/* one letter, of any script: "А. И. Семенов" */
	cp_at(l->s, l->n, w->start, &len);
	if (dot && ((f & AB_NONFINAL) || w->end - w->start == len))
		return 0;
	return 1;
}

static int
is_quote(int32_t c)
{
	return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 ||
	    c == 0xBB || c == 0xFF02;
}

/*
 * After a quotation closed by "?" or "!", a capitalised name and a verb of
 * saying are its attribution, not a new sentence: "Why?" Smith asked.
 */
static int
is_attribution(const struct line *l, const struct next_word *w)
{
	const char *s = l->s;
	size_t n = l->n, a = w->start, b, len;
	unsigned f;
	int words;

	for (words = 0; words < 4 && a < n; words++) {
		for (b = a; b < n && is_letter_class(cclass(cp_at(s, n, b,
		    &len))); b += len)
			;
		if (b == a)
			return 0;
		f = abbrev_lookup(&l->sg->words, s + a, b - a);
		if (f & AB_SPEECH)
			return 1;
		if (cclass(cp_at(s, n, a, &len)) != C_UPPER)
			return 0;
		/* the next word: past "Smith," or "Mr." but not past a
		 * period that may end a sentence */
		if (b < n && s[b] == '.' && !(f & AB_NONFINAL))
			return 0;
		while (b < n && (s[b] == '.' || s[b] == ',' || s[b] == '\''))
			b++;
		if (b >= n || !is_ws(cp_at(s, n, b, &len)))
			return 0;
		a = skip_ws(l, b);
	}
	return 0;
}

static void
next_word(const struct line *l, size_t m, struct next_word *w)
{
	const char *s = l->s;
	size_t n = l->n, len, e;
	int32_t c;
	enum cclass k;

	memset(w, 0, sizeof *w);
	while (m < n && is_opener(cp_at(s, n, m, &len)))
		m += len;
	if (m >= n || m >= l->alnum_end) {
		w->kind = N_END;
		return;
	}
	c = cp_at(s, n, m, &len);
	k = cclass(c);
	w->start = m;
	switch (k) {
	case C_LOWER:
		w->kind = N_LOWER;
		return;
	case C_DIGIT:
		w->kind = N_DIGIT;
		return;
	case C_LETTER:
		w->kind = N_OTHER;
		return;
	case C_UPPER:
		break;
	default:
		switch (c) {
		case ',': case ';': case ':': case ')': case ']': case '}':
		case '%': case '-': case '/': case '&':
		case 0x2013: case 0x2014:	/* – — */
			w->kind = N_PUNCT;
			break;
		default:
			w->kind = N_OTHER;
			break;
		}
		return;
	}
	w->kind = N_UPPER;
	for (e = m; e < n; e += len)
		if (!is_letter_class(cclass(cp_at(s, n, e, &len))))
			break;
	w->end = e;
	w->pronoun_i = e - m == 1 && s[m] == 'I';
}

/* ---- the word before a '.' ---- */

struct prev_word {
	size_t tok;		/* where the whitespace-delimited token starts */
	size_t start;		/* its first letter or digit */
	size_t end;		/* the terminator */
	unsigned flags;
	int plain_end;		/* ends in a letter or digit */
	int dotted;		/* U.S, e.g, Ph.D: letter groups and dots */
	int initial;		/* one letter */
	int marker;		/* a list marker opening the sentence: 1. a. iv. */
	int numeric;		/* digits only */
};

static int
is_roman(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > 4)
		return 0;
	for (i = 0; i < n; i++)
		if (!in_set("ivxIVX", s[i]))
			return 0;
	return 1;
}

/*
 * The flags of the word after an elided article or preposition, as in
 * Italian and French "l'Ing.", "dell'Avv.", "d'av.": the part after the
 * last apostrophe of s[a..b).
 */
static unsigned
elided_flags(const struct line *l, size_t a, size_t b)
{
	size_t j, len, after = 0;
	int32_t c;

	for (j = a; j < b; j += len) {
		c = cp_at(l->s, l->n, j, &len);
		if (c == '\'' || c == 0x2019)
			after = j + len;
	}
	if (!after || after >= b || after - a > 8)
		return 0;
	return abbrev_lookup(&l->sg->words, l->s + after, b - after);
}

static void
prev_word(struct line *l, size_t i, struct prev_word *w)
{
	const char *s = l->s;
	size_t t = i, len, j, group;
	int32_t c;
	enum cclass k;
	int letters_only;

	memset(w, 0, sizeof *w);
	w->end = i;
	/* the common case first: ASCII letters after a space */
	while (t > l->sent && i - t <= MAX_TOKEN &&
	    (unsigned)(((unsigned char)s[t - 1] | 0x20) - 'a') < 26u)
		t--;
	if (t < i && i - t <= MAX_TOKEN &&
	    (t == l->sent || s[t - 1] == ' ')) {
		w->tok = w->start = t;
		w->flags = abbrev_lookup(&l->sg->words, s + t, i - t);
		w->plain_end = 1;
		w->initial = i - t == 1;
		w->marker = (w->initial || is_roman(s + t, i - t)) &&
		    !sentence_has_alnum(l, t);
		return;
	}
	t = i;
	while (t > l->sent && i - t <= MAX_TOKEN) {
		size_t p = utf8_prev(s, t);

		if (is_ws(cp_at(s, l->n, p, &len)))
			break;
		t = p;
	}
	w->tok = t;
	if (i - t > MAX_TOKEN || i == l->sent) {
		w->start = i;
		return;
	}
	/* the token without its opening quotes, brackets, bullets, "$" */
	for (j = t; j < i; j += len)
		if (is_alnum_class(cclass(cp_at(s, l->n, j, &len))))
			break;
	w->start = j;
	if (j == i)
		return;
	/* "N°" is a word of the lists, though it ends in a symbol */
	w->flags = abbrev_lookup(&l->sg->words, s + j, i - j);
	if (!w->flags)
		w->flags = elided_flags(l, j, i);
	k = cclass(cp_at(s, l->n, utf8_prev(s, i), &len));
	w->plain_end = is_alnum_class(k) || w->flags != 0;
	if (!w->plain_end)
		return;

	/* letter groups of one or two separated by dots; digits only */
	letters_only = 1;
	w->dotted = 0;
	w->numeric = 1;
	group = 0;
	for (; j < i; j += len) {
		c = cp_at(s, l->n, j, &len);
		k = cclass(c);
		if (c == '.') {
			if (group == 0)
				letters_only = 0;
			w->dotted = 1;
			group = 0;
			w->numeric = 0;
		} else if (is_letter_class(k)) {
			group++;
			w->numeric = 0;
			if (group > 2)
				letters_only = 0;
		} else {
			if (k != C_DIGIT)
				w->numeric = 0;
			letters_only = 0;
		}
	}
	w->dotted = w->dotted && letters_only;
	if (w->dotted && !(w->flags & AB_ABBREV))
		w->flags |= AB_PLAIN;
	j = w->start;
	c = cp_at(s, l->n, j, &len);
	w->initial = j + len == i && is_letter_class(cclass(c));
	/* nothing but punctuation before it in this sentence */
	if (!sentence_has_alnum(l, w->start) &&
	    ((w->numeric && i - w->start <= 3) || w->initial ||
	    is_roman(s + w->start, i - w->start)))
		w->marker = 1;
}

/* "I" after a lowercase word (or first) is the pronoun, not an initial */
static int
pronoun_before(const struct line *l, const struct prev_word *w)
{
	const char *s = l->s;
	size_t t = w->tok, len, p, a;

	if (!(w->end - w->start == 1 && s[w->start] == 'I'))
		return 0;
	/* the word before the token */
	while (t > l->sent) {
		p = utf8_prev(s, t);
		if (!is_ws(cp_at(s, l->n, p, &len)))
			break;
		t = p;
	}
	if (t == l->sent)
		return 1;
	a = t;
	while (a > l->sent) {
		p = utf8_prev(s, a);
		if (is_ws(cp_at(s, l->n, p, &len)))
			break;
		a = p;
	}
	for (; a < t; a += len) {
		enum cclass k = cclass(cp_at(s, l->n, a, &len));

		if (is_alnum_class(k))
			return k != C_UPPER;
	}
	return 1;
}

/* the word before s[i] is capitalised and goes on in lowercase: Yahoo! */
static int
capitalised_before(const struct line *l, size_t i)
{
	const char *s = l->s;
	size_t a = i, p, len;
	int lower = 0;
	enum cclass k = C_OTHER;

	while (a > l->sent && i - a <= MAX_TOKEN) {
		p = utf8_prev(s, a);
		k = cclass(cp_at(s, l->n, p, &len));
		if (!is_letter_class(k))
			break;
		if (k == C_LOWER)
			lower = 1;
		a = p;
	}
	return a < i && lower && cclass(cp_at(s, l->n, a, &len)) == C_UPPER;
}

/*
 * A sentence of a few words that opens with a preposition ("At 5 a.m.")
 * is a fragment: an abbreviation ending it does not end the sentence.
 */
static int
is_fragment(const struct line *l, size_t end)
{
	const char *s = l->s;
	size_t a = l->sent, b, len, words = 0;

	if (end - a > MAX_FRAGMENT)
		return 0;
	while (a < end && !is_alnum_class(cclass(cp_at(s, l->n, a, &len))))
		a += len;
	if (a >= end || cclass(cp_at(s, l->n, a, &len)) != C_UPPER)
		return 0;
	for (b = a; b < end && is_letter_class(cclass(cp_at(s, l->n, b,
	    &len))); b += len)
		;
	if (!(abbrev_lookup(&l->sg->words, s + a, b - a) & AB_PREP))
		return 0;
	while (a < end) {
		words++;
		while (a < end && !is_ws(cp_at(s, l->n, a, &len)))
			a += len;
		a = skip_ws(l, a);
		if (words > FRAGMENT_WORDS)
			return 0;
	}
	return 1;
}

/* ---- one run of terminators ---- */

struct run {
	size_t start, end;	/* the terminators */
	size_t close;		/* after the closing quotes and brackets */
	int dots, qe, cjk;	/* "…" counts as three dots */
	int spaced;		/* ". . ." */
	int closers;
	int32_t last_closer;
	int32_t extra;		/* a terminator of the language's own */
	int odd_space;		/* whitespace in it other than one space */
};

/*
 * The dots at s[k] stand alone (". . ." or ". ...") rather than open the
 * next word ("raak. ...en toen": that ellipsis starts a sentence).
 */
static int
dots_stand_alone(const char *s, size_t n, size_t k)
{
	size_t len;
	int32_t c;

	while (k < n && s[k] == '.')
		k++;
	return k == n || is_ws(c = cp_at(s, n, k, &len)) || is_closer(c);
}

/* the longest citation marker looked at: "[12, 14–17]" */
#define MAX_CITATION 24

/*
 * A citation that follows the sentence it supports belongs to it:
 * "in Dulwich. [17] Placed under", "of bias.[3–5] Next".  Where the
 * marker after j ends (followed by whitespace or the end), or 0.
 */
static size_t
citation_end(const struct line *l, size_t j)
{
	const char *s = l->s;
	size_t n = l->n, k = skip_ws(l, j), m, len;
	int digits = 0;
	int32_t c;

	if (k >= n || s[k] != '[' || k - j > 3)
		return 0;
	for (m = k + 1; m < n && m - k <= MAX_CITATION; m += len) {
		c = cp_at(s, n, m, &len);
		if (c >= '0' && c <= '9')
			digits = 1;
		else if (c == ']')
			break;
		else if (c != ',' && c != '-' && c != ' ' && c != 0x2013)
			return 0;
	}
	if (!digits || m >= n || s[m] != ']')
		return 0;
	m++;
	return m == n || is_ws(cp_at(s, n, m, &len)) ? m : 0;
}

/*
 * A smiley after a terminator closes that sentence, as a quote would:
 * "a great time. =) I'm looking", "Thanks! :-) Next".  Where the one
 * after j ends (followed by whitespace or the end), or 0.
 */
static size_t
emoticon_end(const struct line *l, size_t j)
{
	const char *s = l->s;
	size_t n = l->n, k = skip_ws(l, j), len;

	if (k == j || k - j > 3 || k + 1 >= n || !in_set(":;=", s[k]))
		return 0;
	k++;
	if (s[k] == '-' && k + 1 < n)
		k++;
	if (!in_set("()DPp", s[k]))
		return 0;
	k++;
	return k == n || is_ws(cp_at(s, n, k, &len)) ? k : 0;
}

static void
read_run(const struct line *l, size_t i, struct run *r)
{
	const char *s = l->s;
	size_t n = l->n, len, j = i, k;
	int32_t c;
	enum term t;

	memset(r, 0, sizeof *r);
	r->start = i;
	for (;;) {
		if (j >= n)
			break;
		c = cp_at(s, n, j, &len);
		t = term_kind(c);
		if (t == T_NONE && is_extra_term(l->sg, c)) {
			r->qe++;
			r->extra = c;
		} else if (t == T_DOT) {
			r->dots++;
		} else if (t == T_ELL) {
			r->dots += 3;
		} else if (t == T_QE) {
			r->qe++;
		} else if (t == T_CJK) {
			r->cjk++;
		} else if (is_ws(c) && j > i && s[j - 1] == '.' && !r->qe &&
		    !r->cjk && (k = skip_ws(l, j)) < n && s[k] == '.' &&
		    dots_stand_alone(s, n, k)) {
			/* a spaced ellipsis ". . ." goes on (whatever the
			 * spaces, so that folding them changes nothing) */
			r->spaced = 1;
			r->odd_space |= k - j != 1 || s[j] != ' ';
			len = k - j;
		} else {
			break;
		}
		j += len;
	}
	r->end = j;
	while (j < n && is_closer(c = cp_at(s, n, j, &len))) {
		r->closers++;
		r->last_closer = c;
		j += len;
	}
	r->close = j;
	/* most runs are followed by one space and a letter: look no
	 * further then */
	if (r->cjk || j + 1 >= n || (s[j] == ' ' && !in_set("[:;=", s[j + 1]) &&
	    s[j + 1] != ' ' && s[j + 1] != '\t'))
		return;
	if ((k = citation_end(l, j)) != 0 || (k = emoticon_end(l, j)) != 0) {
		/* the cut falls after it; the space before it was not
		 * looked at for folding */
		size_t w = skip_ws(l, j);

		r->odd_space |= w - j > 1 || (w > j && s[j] != ' ');
		r->close = k;
	}
}

/* ---- the decision ---- */

/* the number of ASCII digits at s[i], up to max */
static size_t
digits_at(const char *s, size_t n, size_t i, size_t max)
{
	size_t k = 0;

	while (i + k < n && k < max && s[i + k] >= '0' && s[i + k] <= '9')
		k++;
	return k;
}

/*
 * A caption's label and number open a sentence of their own, as the
 * text under a figure has them: "Figure 1.5 Residents of Boxborough".
 * For the '.' inside the number: where the number ends, if the sentence
 * opens with a label word, one space and this number, and a capitalised
 * word follows; else 0.
 */
static size_t
caption_end(struct line *l, const struct run *r)
{
	const char *s = l->s;
	size_t n = l->n, a = l->sent, b, e, len;

	/* cheap tests first: this is asked at every glued period */
	if (r->dots != 1 || r->end - r->start != 1 || r->closers ||
	    r->start - a > MAX_TOKEN || r->start == 0 ||
	    s[r->start - 1] < '0' || s[r->start - 1] > '9' ||
	    s[r->end] < '0' || s[r->end] > '9')
		return 0;
	for (b = a; b < n && is_letter_class(cclass(cp_at(s, n, b, &len)));
	    b += len)
		;
	if (b == a || !(abbrev_lookup(&l->sg->words, s + a, b - a) &
	    AB_LABEL))
		return 0;
	if (b < n && s[b] == '.')	/* "Fig. 2.1" */
		b++;
	if (b >= n || s[b] != ' ' || digits_at(s, n, b + 1, 4) == 0)
		return 0;
	/* the number: digits and dots, from b + 1 through r->start */
	for (e = b + 1; e < n && ((s[e] >= '0' && s[e] <= '9') ||
	    (s[e] == '.' && e + 1 < n && s[e + 1] >= '0' && s[e + 1] <= '9'));
	    e++)
		;
	if (e <= r->start || e >= n || s[e] != ' ' || e + 1 >= n ||
	    cclass(cp_at(s, n, e + 1, &len)) != C_UPPER)
		return 0;
	return e;
}

/* the word at m is followed at once by the terminator t: "b، c".  Asked
 * only for a comma that a language counts as a terminator (Arabic '،') */
static int
is_enumeration(const struct line *l, size_t m, int32_t t)
{
	size_t len;
	int32_t c;

	while (m < l->n && !is_ws(c = cp_at(l->s, l->n, m, &len))) {
		if (c == t)
			return 1;
		m += len;
	}
	return 0;
}

/*
 * Where the sentence ends if the run at r ends it, or 0 if it does not.
 */
static size_t
decide(struct line *l, const struct run *r)
{
	const char *s = l->s;
	size_t n = l->n, len, m, e;
	struct next_word nx;
	struct prev_word pw;
	int32_t c;
	enum cclass before;
	int attached;

	/* text glued to the run: "world.Today", "3.5", "Jr.'s", "。次" */
	if (r->close < n && !is_ws(c = cp_at(s, n, r->close, &len))) {
		if ((e = caption_end(l, r)) != 0)
			return e;
		if (!r->cjk || l->title_depth > 0 ||
		    !sentence_has_alnum(l, r->start))
			return 0;	/* Latin script: see glued_split() */
		/* 「…。」と: a quotation inside the sentence */
		if ((r->last_closer == 0x300D || r->last_closer == 0x300F) &&
		    cclass(c) == C_LETTER)
			return 0;
		/* （…。…）: a sentence inside brackets is not cut out */
		if (l->paren_depth > 0)
			return 0;
		/* ３．２９: a full-width decimal point */
		if (r->cjk == 1 && r->end - r->start == 3 &&
		    cp_at(s, n, r->start, &len) == 0xFF0E && r->start > 0 &&
		    cclass(c) == C_DIGIT && cclass(cp_at(s, n,
		    utf8_prev(s, r->start), &len)) == C_DIGIT)
			return 0;
		return r->close;
	}
	m = skip_ws(l, r->close);
	next_word(l, m, &nx);
	if (nx.kind == N_END)
		return 0;
	if (!sentence_has_alnum(l, r->start))
		return 0;
	e = r->close;

	if (r->cjk)
		return l->title_depth || l->paren_depth ? 0 : e;

	/* a bracketed ellipsis "[...]" marks an omission, not an end */
	if (!r->qe && r->dots >= 2 && r->start > 0 && r->close > r->end) {
		c = cp_at(s, n, utf8_prev(s, r->start), &len);
		if ((c == '[' || c == '(') && (s[r->end] == ']' ||
		    s[r->end] == ')'))
			return 0;
	}

	if (r->qe) {
		if (nx.kind == N_PUNCT)
			return 0;
		/* "a، b، c": a language's own terminator between the items
		 * of an enumeration does not end a sentence */
		if (r->extra == 0x060C && is_enumeration(l, m, r->extra))
			return 0;
		/* "Is it?" she asked; Yahoo! in; but "why? i mean" */
		if (nx.kind == N_LOWER && (r->closers ||
		    (r->qe == 1 && capitalised_before(l, r->start))))
			return 0;
		if (nx.kind == N_UPPER && r->closers &&
		    is_quote(r->last_closer) && is_attribution(l, &nx))
			return 0;
		return e;
	}
	if (r->start > 0)
		before = cclass(cp_at(s, n, utf8_prev(s, r->start), &len));
	else
		before = C_SPACE;
	attached = before != C_SPACE;

	if (r->dots == 2 || r->dots == 3) {
		/* an ellipsis: a new sentence only if a capital says so.
		 * "I" is capitalised everywhere, so after the spaced ". . ."
		 * of edited prose (an omission inside a sentence) it says
		 * nothing; after the informal "..." it starts a sentence */
		if (nx.kind == N_UPPER && !(nx.pronoun_i && r->spaced))
			return e;
		return 0;
	}
	if (r->dots >= 4) {
		/* "word. . . . Next": the period ends the sentence and the
		 * ellipsis opens the next one; "word.... Next" or
		 * "word . . . . Next": all four dots end it */
		if (nx.kind == N_LOWER || nx.kind == N_PUNCT)
			return 0;
		if (attached && r->spaced && is_ws(cp_at(s, n, r->start + 1,
		    &len)))
			return r->start + 1;
		return e;
	}

	/* one period */
	prev_word(l, r->start, &pw);
	if (!pw.plain_end || pw.start == r->start) {
		/* after a bracket, a quote, a symbol or nothing */
		if (nx.kind == N_LOWER || nx.kind == N_PUNCT)
			return 0;
		return e;
	}
	if (pw.marker || nx.kind == N_PUNCT)
		return 0;
	if ((l->sg->words.settings & AB_SET_ORDINAL) && pw.numeric &&
	    r->start - pw.start <= 3) {
		/* an ordinal: "am 3. Oktober", "Der 1. FC Köln", "5. gade";
		 * but "auf Seite 12. Dort" */
		if (nx.kind == N_UPPER && next_is_starter(l, &nx) &&
		    !(next_flags(l, &nx) & AB_DATE))
			return e;
		if (nx.kind == N_UPPER || nx.kind == N_LOWER)
			return 0;
	}
	if (nx.kind == N_LOWER) {
		/* web text starts sentences in lowercase: after an ordinary
		 * word, a period still ends one; after an abbreviation, an
		 * initial or a closing quote or bracket it does not */
		if (r->closers || (pw.flags & AB_ABBREV) || pw.initial ||
		    pw.dotted)
			return 0;
		return e;
	}
	if (pw.initial && !(pw.flags & AB_ABBREV) && !pronoun_before(l, &pw)) {
		/* Jonas E. Smith; but "Plan B. The" */
		if (nx.kind == N_UPPER && next_is_starter(l, &nx))
			return e;
		return 0;
	}
	if (pw.flags & AB_NONFINAL)
		return 0;
	if (pw.flags & (AB_FINAL | AB_PLAIN)) {
		if (nx.kind != N_UPPER)
			return 0;
		if (next_is_starter(l, &nx))
			return e;
		if (is_fragment(l, r->start))
			return 0;
		/* "at 10 a.m. Tuesday", "6 p.m. EST" */
		if (pw.flags & AB_FINAL)
			return next_flags(l, &nx) & AB_DATE ? 0 : e;
		return 0;
	}
	if ((pw.flags & AB_NUMBER) && nx.kind == N_DIGIT)
		return 0;
	return e;
}

/*
 * A period with no space after it ends a sentence when a capitalised word
 * follows a lowercase word or a number: "lamb.Mary", "1,000.That".  Not in
 * names, addresses and code: "Jane.Doe@x.com", "ASP.NET", "Mr.Smith",
 * "www.Example.com".
 */
static size_t
glued_split(struct line *l, const struct run *r)
{
	const char *s = l->s;
	size_t n = l->n, len, i = r->start, j, e;
	enum cclass k;
	struct prev_word pw;

	if (r->closers || r->cjk || r->dots + r->qe != 1 || r->close >= n ||
	    i == l->sent)
		return 0;
	k = cclass(cp_at(s, n, utf8_prev(s, i), &len));
	if (k != C_LOWER && !(k == C_DIGIT && r->dots))
		return 0;
	j = r->end;
	if (cclass(cp_at(s, n, j, &len)) != C_UPPER)
		return 0;
	e = j + len;
	if (e < n && cclass(cp_at(s, n, e, &len)) == C_LOWER) {
		while (e < n && is_letter_class(cclass(cp_at(s, n, e,
		    &len))))
			e += len;
		if (e < n && (in_set("@/\\_:", s[e]) ||
		    (s[e] == '.' && e + 1 < n &&
		    !is_ws(cp_at(s, n, e + 1, &len)))))
			return 0;
	} else if (e >= n || !is_ws(cp_at(s, n, e, &len)) ||
	    !(abbrev_lookup(&l->sg->words, s + j, e - j) & AB_STARTER)) {
		/* one capital: only a word that starts sentences, as
		 * Danish "I" does ("world.I dag") */
		return 0;
	}
	prev_word(l, i, &pw);
	if (pw.flags & AB_ABBREV || pw.initial || pw.marker)
		return 0;
	/* "1.Helado, 2.Carne": an item number, not a sentence's end */
	if (pw.numeric && pw.tok == pw.start && i - pw.start <= 2)
		return 0;
	for (j = pw.tok; j < i; j++)
		if (in_set(".!?@/\\_:", s[j]))
			return 0;
	if (!sentence_has_alnum(l, i))
		return 0;
	return r->end;
}

/* ---- inline lists: "1) one 2) two", "a. one b. two", "• one • two" ---- */

/* a list marker at s[i]; returns its end (after the space) or 0 */
static size_t
parse_marker(const struct line *l, size_t i, struct marker *mk, int bullet)
{
	const char *s = l->s;
	size_t n = l->n, len, j = i, k;

	memset(mk, 0, sizeof *mk);
	if (bullet && j < n && is_bullet(cp_at(s, n, j, &len))) {
		mk->bullet = cp_at(s, n, j, &len);
		j = skip_ws(l, j + len);
	}
	k = j;
	while (k < n && k - j < 3 && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k > j && !(k < n && s[k] >= '0' && s[k] <= '9')) {
		mk->kind = 'n';
		mk->value = strtol(s + j, NULL, 10);
	} else if (j < n && ((s[j] >= 'a' && s[j] <= 'z') ||
	    (s[j] >= 'A' && s[j] <= 'Z'))) {
		mk->kind = 'a';
		mk->value = s[j];
		k = j + 1;
	}
	if (mk->kind) {
		if (k + 1 < n && s[k] == '.' && s[k + 1] == ')') {
			memcpy(mk->suffix, ".)", 3);
			k += 2;
		} else if (k < n && (s[k] == '.' || s[k] == ')')) {
			mk->suffix[0] = s[k++];
		} else {
			mk->kind = 0;
			k = j;
		}
	}
	if (!mk->bullet && !mk->kind)
		return 0;
	if (k >= n || !is_ws(cp_at(s, n, k, &len)))
		return 0;
	return k + len;
}

/*
 * Where the next item of an inline list starts, if the sentence at "at"
 * opens one ("1) one 2) two", "a. one b. two", "• one • two"), or
 * SIZE_MAX.  Asked at every sentence start, so a second run, which sees
 * each item as a line of its own, finds the same items.
 */
static size_t
next_item(struct line *l, size_t at)
{
	const char *s = l->s;
	size_t n = l->n, i, end, len;
	struct marker first, mk;

	if (at >= n || !parse_marker(l, at, &first, 1))
		return SIZE_MAX;
	end = n - at > MAX_LIST_ITEM ? at + MAX_LIST_ITEM : n;
	/* the text up to searched_to holds no item like the one sought
	 * last time: skip it, so that searching stays linear */
	i = at + 1;
	if (memcmp(&first, &l->sought, sizeof first) == 0 &&
	    l->searched_to > i)
		i = l->searched_to;
	memcpy(&l->sought, &first, sizeof first);
	l->searched_to = end;
	for (; i < end; i++) {
		/* only after whitespace, whatever it is */
		if (s[i - 1] != ' ' && s[i - 1] != '\t' &&
		    !((unsigned char)s[i - 1] >= 0x80 &&
		    is_ws(cp_at(s, n, utf8_prev(s, i), &len))))
			continue;
		if (first.bullet) {
			if (cp_at(s, n, i, &len) == first.bullet) {
				l->searched_to = i;
				return i;
			}
		} else if (parse_marker(l, i, &mk, 0) &&
		    mk.kind == first.kind && mk.value == first.value + 1 &&
		    strcmp(mk.suffix, first.suffix) == 0) {
			l->searched_to = i;
			return i;
		}
	}
	return SIZE_MAX;
}

/* end the sentence before the list item at l->item */
static void
cut_item(struct line *l, struct seg_offsets *out)
{
	size_t e = l->item, len;

	while (e > l->sent && is_ws(cp_at(l->s, l->n, utf8_prev(l->s, e),
	    &len)))
		e = utf8_prev(l->s, e);
	if (e > l->sent)
		push(out, e);
	start_sentence(l, l->item);
}

/* ---- e-mail headers ---- */

/* the number of ASCII digits ending at s[i - 1], up to max */
static size_t
digits_before(const char *s, size_t i, size_t max)
{
	size_t k = 0;

	while (k < i && k < max && s[i - k - 1] >= '0' && s[i - k - 1] <= '9')
		k++;
	return k;
}

/*
 * A date and a time of day, the stamp that ends the header line of a
 * quoted or forwarded e-mail ("Ken Rice@ENRON 05/01/2001 03:48 PM"),
 * around the ':' at c: where the stamp ends, if words follow it, or 0.
 * Without the date ("at 10:30 AM Tuesday") it is prose, not a header.
 */
static size_t
header_time_end(const struct line *l, size_t c)
{
	const char *s = l->s;
	size_t n = l->n, i, k, len;

	/* the date and hours before: "05/01/2001 03" */
	if ((k = digits_before(s, c, 3)) < 1 || k > 2)
		return 0;
	i = c - k;
	if (i < 7 || s[i - 1] != ' ')
		return 0;
	i--;
	if ((k = digits_before(s, i, 5)) < 2 || k > 4 || s[i - k - 1] != '/')
		return 0;
	i -= k + 1;
	if ((k = digits_before(s, i, 3)) < 1 || k > 2 || i <= k ||
	    s[i - k - 1] != '/')
		return 0;
	i -= k + 1;
	if ((k = digits_before(s, i, 3)) < 1 || k > 2)
		return 0;
	/* the minutes, seconds and AM/PM after */
	i = c + 1;
	if (digits_at(s, n, i, 3) != 2)
		return 0;
	i += 2;
	if (i + 2 < n && s[i] == ':' && digits_at(s, n, i + 1, 3) == 2)
		i += 3;
	if (i < n && s[i] == ' ')
		i++;
	if (i + 2 > n || !in_set("AaPp", s[i]) || !in_set("Mm", s[i + 1]))
		return 0;
	i += 2;
	if (i >= n || !is_ws(cp_at(s, n, i, &len)) || skip_ws(l, i) >= n)
		return 0;
	return i;
}

/* ---- the pass ---- */

void
seg_boundaries(const struct segmenter *sg, const char *s, size_t n,
    struct seg_offsets *out)
{
	struct line l;
	struct run r;
	size_t i, len, e;
	int32_t c;
	int folds = 0;

	out->n = 0;
	memset(&l, 0, sizeof l);
	l.sg = sg;
	l.s = s;
	l.n = n;
	for (i = n; i > 0; i = utf8_prev(s, i))
		if (is_alnum_class(cclass(cp_at(s, n, utf8_prev(s, i), &len))))
			break;
	l.alnum_end = i;
	start_sentence(&l, 0);

	/* from 0: leading whitespace counts for folding too */
	i = 0;
	while (i < n) {
		i = next_interesting(sg, s, n, i, &folds);
		/* a list item starts before this terminator */
		while (l.item <= i && l.item < n)
			cut_item(&l, out);
		if (i >= n)
			break;
		c = cp_at(s, n, i, &len);
		if (is_ws(c))
			folds = 1;	/* U+2000..U+200A, U+3000... */
		if (c == 0x300A || c == 0x3008) {
			l.title_depth++;
		} else if (c == 0x300B || c == 0x3009) {
			if (l.title_depth > 0)
				l.title_depth--;
		} else if (c == 0xFF08) {
			/* counted only when closed nearby, so a stray one
			 * cannot stop the cuts of the whole line */
			if (l.paren_depth > 0 || closes_nearby(s, n, i + len))
				l.paren_depth++;
		} else if (c == 0xFF09) {
			if (l.paren_depth > 0)
				l.paren_depth--;
		}
		if (c == ':' && (e = header_time_end(&l, i)) != 0) {
			/* "Ken Rice@ENRON 05/01/2001 03:48 PM Executive" */
			push(out, e);
			start_sentence(&l, e);
			i = e;
			continue;
		}
		if (term_kind(c) == T_NONE && !is_extra_term(sg, c)) {
			i += len;
			continue;
		}
		read_run(&l, i, &r);
		folds |= r.odd_space;
		e = decide(&l, &r);
		if (!e)
			e = glued_split(&l, &r);
		if (e && e < n) {
			push(out, e);
			start_sentence(&l, e);
		}
		i = r.close > r.end ? r.close : r.end;
		if (e > i)	/* after a caption's number */
			i = e;
	}
	while (l.item < n)
		cut_item(&l, out);
	out->folds = folds;
}

/* ---- lines with entity tags ---- */

static void
scratch_text(struct seg_scratch *w, const char *s, size_t n, size_t raw)
{
	struct seg_chunk *ch;

	if (n == 0)
		return;
	if (w->text_cap - w->text_len < n) {
		w->text_cap = (w->text_len + n) * 2;
		w->text = xrealloc(w->text, w->text_cap);
	}
	if (w->nchunks == w->chunks_cap) {
		w->chunks_cap = w->chunks_cap ? w->chunks_cap * 2 : 16;
		w->chunks = xreallocarray(w->chunks, w->chunks_cap,
		    sizeof *w->chunks);
	}
	ch = &w->chunks[w->nchunks++];
	ch->text = w->text_len;
	ch->raw = raw;
	ch->len = n;
	memcpy(w->text + w->text_len, s, n);
	w->text_len += n;
}

static void
scratch_span(struct seg_scratch *w, const struct tag_span *t)
{
	if (w->spans_cap - w->nspans < 3) {
		w->spans_cap = w->spans_cap ? w->spans_cap * 2 : 48;
		w->spans = xreallocarray(w->spans, w->spans_cap,
		    sizeof *w->spans);
	}
	w->spans[w->nspans++] = t->text_start;
	w->spans[w->nspans++] = t->text_end;
	w->spans[w->nspans++] = t->end;
}

void
seg_line(const struct segmenter *sg, const char *s, size_t n,
    struct seg_offsets *out, struct seg_scratch *w)
{
	struct tag_span t;
	size_t pos = 0, i, k, ci = 0, si = 0, b, raw;

	if (!memchr(s, '<', n) || !stream_next_tag(s, n, 0, &t)) {
		seg_boundaries(sg, s, n, out);
		return;
	}
	w->text_len = w->nchunks = w->nspans = 0;
	while (stream_next_tag(s, n, pos, &t)) {
		scratch_text(w, s + pos, t.start - pos, pos);
		scratch_text(w, s + t.text_start, t.text_end - t.text_start,
		    t.text_start);
		scratch_span(w, &t);
		pos = t.end;
	}
	scratch_text(w, s + pos, n - pos, pos);
	seg_boundaries(sg, w->text, w->text_len, out);

	/* map each cut back onto the line; both lists are ascending */
	for (i = k = 0; i < out->n; i++) {
		b = out->v[i];
		while (ci + 1 < w->nchunks && w->chunks[ci].text +
		    w->chunks[ci].len < b)
			ci++;
		raw = w->chunks[ci].raw + (b - w->chunks[ci].text);
		while (si < w->nspans && w->spans[si + 2] < raw)
			si += 3;
		if (si < w->nspans && raw > w->spans[si] &&
		    raw <= w->spans[si + 1]) {
			if (raw < w->spans[si + 1])
				continue;	/* inside a tag */
			raw = w->spans[si + 2];	/* after its closing tag */
		}
		out->v[k++] = raw;
	}
	out->n = k;
}
