/* text.c: whitespace folding, invisible characters, paragraph output. */
#include <stdint.h>
#include <string.h>

#include "bytes16.h"
#include "stream.h"
#include "swar.h"
#include "text.h"
#include "utf8.h"

void
text_init(struct text *x, struct buf *body)
{
	struct buf empty = BUF_INIT;

	x->body = body;
	x->sink = NULL;
	x->sink_ctx = NULL;
	x->sample = NULL;
	x->para_seen = NULL;
	x->para = empty;
	x->scratch = empty;
	x->invalid = x->controls = x->cut = 0;
	text_reset(x);
}

void
text_free(struct text *x)
{
	buf_free(&x->para);
	buf_free(&x->scratch);
}

void
text_reset(struct text *x)
{
	buf_clear(&x->para);
	x->para_needs = 0;
	x->nparas = 0;
	x->space = 0;
}

/* what a code point becomes: 1 keep, 0 drop, ' ' a space */
static int
classify(int32_t cp)
{
	if (cp < 0xA0)
		return 0;	/* C1 controls (ASCII never gets here) */
	/* most characters are none of those below */
	if (cp > 0x2060 ? cp != 0xFEFF : cp > 0xAD && cp < 0x2000)
		return 1;
	switch (cp) {
	case 0xA0:	/* no-break space */
	case 0x2028:	/* line and paragraph separators */
	case 0x2029:
	case 0x202F:	/* narrow no-break space */
	case 0x205F:	/* medium mathematical space */
		return ' ';
	case 0xAD:	/* soft hyphen */
	case 0x200B:	/* zero width space */
	case 0x2060:	/* word joiner */
	case 0xFEFF:	/* a BOM inside the text */
	case 0x200E:	/* left-to-right and right-to-left marks */
	case 0x200F:
		return 0;
	}
	if (cp >= 0x2000 && cp <= 0x200A)
		return ' ';	/* the typographic spaces */
	return 1;
}

/* what an ASCII byte is: bit 0 printable, bit 1 whitespace, bit 2 one
 * the stream's escaping may change ('<' and '&'); 0 a control */
static const unsigned char ascii_class[128] = {
	['\t'] = 2, ['\n'] = 2, ['\f'] = 2, ['\r'] = 2, [' '] = 2,
	['&'] = 5, ['<'] = 5,
#define P4(c) [c] = 1, [c + 1] = 1, [c + 2] = 1, [c + 3] = 1
#define P16(c) P4(c), P4(c + 4), P4(c + 8), P4(c + 12)
	P4(0x21), [0x25] = 1, [0x27] = 1, [0x28] = 1, P4(0x29), P4(0x2D),
	P4(0x31), P4(0x35), [0x39] = 1, [0x3A] = 1, [0x3B] = 1,
	[0x3D] = 1, [0x3E] = 1, [0x3F] = 1, P16(0x40), P16(0x50), P16(0x60),
	P4(0x70), P4(0x74), P4(0x78), [0x7C] = 1, [0x7D] = 1, [0x7E] = 1
#undef P4
#undef P16
};

static void emit(struct text *x, const char *s, size_t n);

/*
 * Over TEXT_MAX_PARA: write the paragraph up to its last space before the
 * bound (or, in a word that long, up to a character boundary) and keep
 * the rest as the start of the next.
 */
static void
cut_long(struct text *x)
{
	while (x->para.len > TEXT_MAX_PARA) {
		char *p = x->para.data;
		const char *sp = memrchr(p, ' ', TEXT_MAX_PARA + 1);
		size_t head = TEXT_MAX_PARA, rest;

		if (sp && sp > p)
			head = (size_t)(sp - p);
		else
			while (head > 1 &&
			    ((unsigned char)p[head] & 0xC0) == 0x80)
				head--;
		rest = p[head] == ' ' ? head + 1 : head;
		emit(x, p, head);
		x->para.len -= rest;
		memmove(p, p + rest, x->para.len);
		p[x->para.len] = '\0';
		x->cut++;
	}
}

/*
 * One pass that writes straight into the paragraph: the output is at
 * most three times the input (a stray byte becomes a three-byte U+FFFD)
 * plus a pending space, so room is made once and no byte costs a call.
 * Text that needs no folding goes sixteen bytes at a time (eight where
 * the vector extension is missing, and in the tails); the two- and
 * three-byte characters of most scripts are decoded inline.  On the way
 * it notes in para_needs what the paragraph's writing must look at
 * ('<' and '&' for the escaping, characters NFC may change), so that
 * most paragraphs are written without another scan.
 */
size_t
text_add(struct text *x, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	char *w, *w0;
	size_t k;
	int32_t cp;
	int space = x->space;
	size_t spaces = 0;
	unsigned needs = x->para_needs, cls;

	buf_reserve(&x->para, 3 * n + 1);
	w0 = w = x->para.data + x->para.len;
	while (p < e) {
		unsigned c;

		/*
		 * The run of plain ASCII and single spaces from p, copied
		 * as it is found: whole blocks are stored at the run's end in
		 * para, where the bytes past the run are only scratch (the
		 * room made above holds three times the input, and a block
		 * is stored only with seventeen bytes or more of input left;
		 * the run is at most the input read and a space).  A space
		 * that follows a pending one, or would start the paragraph,
		 * is left to the loop below, and so is text where a space or
		 * a letter is all the ASCII between two characters (Korean,
		 * Greek, Russian): a run that short costs more to look for.
		 */
		if (e - p >= 8 && (p[0] | p[1]) < 0x80 && !(p[0] == ' ' &&
		    (space || w == x->para.data))) {
			const unsigned char *run = p;
			/* the pending space goes first if the run is not
			 * empty */
			int lead = space && w > x->para.data;
			char *r = w + lead;
			size_t nsp = 0;
			uint64_t esc = 0;
			int more = 1;

			*w = ' ';
#if BYTES16
			/* sixteen at a time; the block one byte on holds the
			 * byte after each, for the spaces side by side (also
			 * across the blocks) */
			bytes16 esc16 = { 0 };

			while (more && e - p >= 17) {
				bytes16 count = { 0 };
				int i;

				/* 31 rounds at most: a byte of count holds 31
				 * spaces and bytes16_sum adds eight of them */
				for (i = 0; i < 31 && e - p >= 17; i++) {
					bytes16 a = bytes16_load(p);
					bytes16 sp = (bytes16)(a == ' ');
					bytes16 sp2 = (bytes16)(bytes16_load(p + 1)
					    == ' ');
					bytes16 stop = (bytes16)(a < 0x20) |
					    (bytes16)(a > 0x7E) | (sp & sp2);

					memcpy(r, &a, sizeof a);
					esc16 |= (bytes16)(a == '<') |
					    (bytes16)(a == '&');
					unsigned m = bytes16_mask(stop);

					if (m) {
						/* the bytes before the first that
						 * stops the run are of it */
						unsigned f = (unsigned)
						    __builtin_ctz(m);

						nsp += (size_t)__builtin_popcount(
						    bytes16_mask(sp) &
						    ((1u << f) - 1));
						p += f;
						r += f;
						more = 0;
						break;
					}
					count -= sp;	/* 0xFF is -1 */
					p += 16;
					r += 16;
				}
				nsp += bytes16_sum(count);
			}
			if (bytes16_mask(esc16))
				needs |= TEXT_ESCAPES;
#endif
			while (more && e - p >= 8) {
				uint64_t v = swar_load((const char *)p);
				uint64_t low = v & ~SWAR_HIGHS;
				/* high bit set per byte: non-ASCII, below 0x20,
				 * or DEL (exact: the sums stay in their byte) */
				uint64_t bad = (v | ~(low + SWAR_ONES * 0x60) |
				    (low + SWAR_ONES)) & SWAR_HIGHS;
				uint64_t sp = swar_eq(v, ' ');

				if (bad | (sp & (sp << 8)) ||
				    (p > run && p[0] == ' ' && p[-1] == ' '))
					break;
				memcpy(r, &v, sizeof v);
				esc |= swar_eq(v, '<') | swar_eq(v, '&');
				/* one per space summed into the top byte */
				nsp += (size_t)(((sp >> 7) * SWAR_ONES) >> 56);
				p += 8;
				r += 8;
			}
			if (esc)
				needs |= TEXT_ESCAPES;
			if (p > run) {
				spaces += (size_t)lead;
				space = 0;
				if (p[-1] == ' ') {	/* pending, as any */
					r--;
					nsp--;
					space = 1;
				}
				w = r;
				spaces += nsp;
				continue;
			}
		}
		c = *p;
		if (c < 0x80) {
			cls = ascii_class[c];
			if (cls & 1) {
				if (space) {
					if (w > x->para.data) {
						*w++ = ' ';
						spaces++;
					}
					space = 0;
				}
				do {
					needs |= cls >> 2;	/* TEXT_ESCAPES */
					*w++ = (char)*p++;
				} while (p < e && *p < 0x80 &&
				    ((cls = ascii_class[*p]) & 1));
				continue;
			}
			if (cls)
				space = 1;
			else
				x->controls++;	/* other controls are dropped */
			p++;
			continue;
		}
		/* the common well-formed forms inline, the rest decoded */
		if (c >= 0xC2 && c <= 0xDF && e - p >= 2 &&
		    (p[1] & 0xC0) == 0x80) {
			cp = (int32_t)((c & 0x1F) << 6 | (p[1] & 0x3F));
			k = 2;
		} else if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE ||
		    c == 0xEF) && e - p >= 3 && (p[1] & 0xC0) == 0x80 &&
		    (p[2] & 0xC0) == 0x80) {
			cp = (int32_t)((c & 0x0F) << 12 | (p[1] & 0x3F) << 6 |
			    (p[2] & 0x3F));
			k = 3;
		} else {
			k = utf8_decode((const char *)p, (size_t)(e - p), &cp);
		}
		if (cp < 0) {
			cp = UTF8_REPLACEMENT;
			x->invalid++;
		} else if (cp < 0xA0) {
			x->controls++;	/* C1 */
		}
		switch (classify(cp)) {
		case 1:
			if (space) {
				if (w > x->para.data) {
					*w++ = ' ';
					spaces++;
				}
				space = 0;
			}
			if (!utf8_nfc_stable(cp))
				needs |= TEXT_NFC;
			if (cp == UTF8_REPLACEMENT)
				w += utf8_encode(cp, w);
			else if (k == 2)	/* sizes the compiler knows */
				memcpy(w, p, 2), w += 2;
			else if (k == 3)
				memcpy(w, p, 3), w += 3;
			else
				memcpy(w, p, k), w += k;
			break;
		case ' ':
			space = 1;
			break;
		}
		p += k;
	}
	k = (size_t)(w - w0);
	/* the spaces written are not counted as visible text */
	x->para.len = (size_t)(w - x->para.data);
	x->para.data[x->para.len] = '\0';
	x->space = space;
	x->para_needs = needs;
	/* text_fold (no body, no sink) folds metadata: its callers bound it */
	if (x->para.len > TEXT_MAX_PARA && (x->body || x->sink))
		cut_long(x);
	return k - spaces;
}

void
text_space(struct text *x)
{
	x->space = 1;
}

/* whether word w[0..n) (no spaces) may change under NFC */
static int
word_may_change(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)w[i] >= 0x80)
			return utf8_nfc_may_change(w + i, n - i);
	return 0;
}

/*
 * The offset of the first byte in s[i..n) that a written paragraph must
 * look at: non-ASCII (NFC) or '<' and '&' (escaping); n if none.  Eight
 * bytes at a time is enough: few paragraphs get here (under 0.02% of
 * strip-markup's instructions, callgrind, on the AEB pages and on JSON
 * Lines of text).
 */
static size_t
next_special(const char *s, size_t i, size_t n)
{
	for (; i + 8 <= n; i += 8) {
		uint64_t w = swar_load(s + i);

		if ((w & SWAR_HIGHS) | swar_eq(w, '<') | swar_eq(w, '&'))
			break;
	}
	for (; i < n; i++)
		if ((unsigned char)s[i] >= 0x80 || s[i] == '<' || s[i] == '&')
			break;
	return i;
}

/*
 * Whether NFC may change s[0..n), a word's end from its first non-ASCII
 * byte: the Latin-1 letters and the general punctuation of most text
 * (quotes, dashes) are passed over here, as utf8_nfc_may_change would,
 * and whatever else there is goes to it from that character on.
 */
static int
nfc_may_change(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		if (u[i] < 0x80)
			i++;
		else if (i + 1 < n && ((u[i] == 0xC2 && u[i + 1] >= 0xA0 &&
		    u[i + 1] <= 0xBF) || (u[i] >= 0xC3 && u[i] <= 0xCB &&
		    (u[i + 1] & 0xC0) == 0x80)))
			i += 2;		/* U+00A0-U+02FF */
		else if (i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x80 &&
		    u[i + 2] >= 0x90 && u[i + 2] <= 0xA7)
			i += 3;		/* U+2010-U+2027 */
		else
			return utf8_nfc_may_change(s + i, n - i);
	}
	return 0;
}

/* the paragraph p[0..n), in NFC, to body (escaped if escape) */
static void
write_para(struct text *x, const char *p, size_t n, int escape)
{
	if (x->nparas++)
		buf_addc(x->body, '\n');
	if (escape)
		stream_escape(x->body, p, n);
	else
		buf_add(x->body, p, n);
	buf_addc(x->body, '\n');
	if (x->sample)
		lang_sample_add(x->sample, p, n);
}

/*
 * NFC word by word, and the stream's escaping, decided in one scan for
 * the bytes that matter: only a word whose first non-ASCII character may
 * change goes through utf8_add_nfc (whose own check then sees one word),
 * and a paragraph with neither '<' nor '&' is copied without escaping.
 * A paragraph where nothing can change is not copied before that.
 */
void
text_emit(struct text *x, const char *p, size_t n)
{
	size_t i, j;
	const char *sp;
	int escape = 0;

	if (!n)
		return;
	for (i = next_special(p, 0, n); i < n; i = next_special(p, i, n)) {
		if (p[i] == '<' || p[i] == '&') {
			escape = 1;
			i++;
			continue;
		}
		/* the first non-ASCII byte of its word: the scan stopped at
		 * any earlier one */
		j = (sp = memchr(p + i, ' ', n - i)) ? (size_t)(sp - p) : n;
		if (nfc_may_change(p + i, j - i))
			break;
		/* the rest of the word may hold '<' or '&' */
		for (; i < j && !escape; i++)
			escape = p[i] == '<' || p[i] == '&';
		i = j;
	}
	if (i < n) {
		/* from the start of the first word that may change */
		sp = i ? memrchr(p, ' ', i) : NULL;
		i = sp ? (size_t)(sp - p) + 1 : 0;
		buf_clear(&x->scratch);
		buf_add(&x->scratch, p, i);
		for (; i < n; i = j + 1) {
			j = (sp = memchr(p + i, ' ', n - i)) ?
			    (size_t)(sp - p) : n;
			if (word_may_change(p + i, j - i))
				utf8_add_nfc(&x->scratch, p + i, j - i);
			else
				buf_add(&x->scratch, p + i, j - i);
			if (j < n)
				buf_addc(&x->scratch, ' ');
		}
		p = x->scratch.data;
		n = x->scratch.len;
		escape = 1;	/* not looked at past the word */
	}
	write_para(x, p, n, escape);
}

/*
 * A finished paragraph s[0..n) of para to the sink or the body.  Where
 * text_add saw no character NFC may change, text_emit's scan would find
 * none, so the paragraph goes as it is, escaped only if text_add saw a
 * '<' or '&' (stream_escape leaves any other text as it is).
 */
static void
emit(struct text *x, const char *s, size_t n)
{
	if (x->para_seen)
		x->para_seen(x->para_seen_ctx, s, n);
	if (x->sink)
		x->sink(x->sink_ctx, s, n);
	else if (!n)
		return;
	else if (!(x->para_needs & TEXT_NFC))
		write_para(x, s, n, (x->para_needs & TEXT_ESCAPES) != 0);
	else
		text_emit(x, s, n);
}

void
text_break(struct text *x)
{
	x->space = 0;
	if (x->para.len)
		emit(x, x->para.data, x->para.len);
	buf_clear(&x->para);
	x->para_needs = 0;
}

size_t
text_fold(struct buf *out, const char *s, size_t n)
{
	struct text x;

	text_init(&x, NULL);
	x.para = *out;
	text_add(&x, s, n);
	*out = x.para;
	buf_free(&x.scratch);
	return out->len;
}
