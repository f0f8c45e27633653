/* text.c: whitespace folding, invisible characters, paragraph output. */
#include <stdint.h>
#include <string.h>

#include "stream.h"
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
	x->nparas = 0;
	x->space = 0;
	x->nonascii = 0;
}

/* what a code point becomes: 1 keep, 0 drop, ' ' a space */
static int
classify(int32_t cp)
{
	if (cp < 0xA0)
		return 0;	/* C1 controls (ASCII never gets here) */
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

/* what an ASCII byte is: 1 printable, 2 whitespace, 0 a control */
static const unsigned char ascii_class[128] = {
	['\t'] = 2, ['\n'] = 2, ['\f'] = 2, ['\r'] = 2, [' '] = 2,
#define P4(c) [c] = 1, [c + 1] = 1, [c + 2] = 1, [c + 3] = 1
#define P16(c) P4(c), P4(c + 4), P4(c + 8), P4(c + 12)
	P4(0x21), P4(0x25), P4(0x29), [0x2D] = 1, [0x2E] = 1, [0x2F] = 1,
	P16(0x30), P16(0x40),
	P16(0x50), P16(0x60), P4(0x70), P4(0x74), P4(0x78), [0x7C] = 1,
	[0x7D] = 1, [0x7E] = 1
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
 */
size_t
text_add(struct text *x, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	char *w, *w0;
	size_t k;
	int32_t cp;
	int space = x->space, nonascii = 0;
	size_t spaces = 0;

	buf_reserve(&x->para, 3 * n + 1);
	w0 = w = x->para.data + x->para.len;
	while (p < e) {
		unsigned c = *p;

		if (c < 0x80) {
			switch (ascii_class[c]) {
			case 1:
				if (space) {
					if (w > x->para.data) {
						*w++ = ' ';
						spaces++;
					}
					space = 0;
				}
				do
					*w++ = (char)*p++;
				while (p < e && *p < 0x80 &&
				    ascii_class[*p] == 1);
				continue;
			case 2:
				space = 1;
				break;
			default:
				x->controls++;
				break;
			}
			p++;	/* other controls are dropped */
			continue;
		}
		k = utf8_decode((const char *)p, (size_t)(e - p), &cp);
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
			if (cp == UTF8_REPLACEMENT) {
				w += utf8_encode(cp, w);
			} else {
				memcpy(w, p, k);
				w += k;
			}
			nonascii = 1;
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
	x->nonascii |= nonascii;
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
 * NFC word by word: the check runs once over the paragraph, and only the
 * words that may change go through utf8_add_nfc (whose own check then
 * sees one word).  A paragraph where nothing can change is not copied.
 */
void
text_emit(struct text *x, const char *p, size_t n)
{
	size_t i, j;
	const char *sp;

	if (!n)
		return;
	for (i = 0; i < n; i = j + 1) {
		j = (sp = memchr(p + i, ' ', n - i)) ? (size_t)(sp - p) : n;
		if (word_may_change(p + i, j - i))
			break;
	}
	if (i < n) {
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
	}
	if (x->nparas++)
		buf_addc(x->body, '\n');
	stream_escape(x->body, p, n);
	buf_addc(x->body, '\n');
	if (x->sample)
		lang_sample_add(x->sample, p, n);
}

/* a finished paragraph s[0..n) to the sink or the body */
static void
emit(struct text *x, const char *s, size_t n)
{
	if (x->para_seen)
		x->para_seen(x->para_seen_ctx, s, n);
	if (x->sink)
		x->sink(x->sink_ctx, s, n);
	else if (x->nonascii)
		text_emit(x, s, n);
	else {
		/* ASCII needs no NFC */
		if (x->nparas++)
			buf_addc(x->body, '\n');
		stream_escape(x->body, s, n);
		buf_addc(x->body, '\n');
		if (x->sample)
			lang_sample_add(x->sample, s, n);
	}
}

void
text_break(struct text *x)
{
	x->space = 0;
	if (!x->para.len)
		return;
	emit(x, x->para.data, x->para.len);
	buf_clear(&x->para);
	x->nonascii = 0;
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
