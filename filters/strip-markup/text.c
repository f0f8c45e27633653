/* text.c: whitespace folding, invisible characters, paragraph output. */
#include <stdint.h>

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
	x->para = empty;
	x->scratch = empty;
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

static void
put_space(struct text *x)
{
	if (x->space && x->para.len)
		buf_addc(&x->para, ' ');
	x->space = 0;
}

size_t
text_add(struct text *x, const char *s, size_t n)
{
	size_t i = 0, j, added = 0, k;
	int32_t cp;
	unsigned char c;

	while (i < n) {
		c = (unsigned char)s[i];
		if (c > 0x20 && c < 0x7F) {
			for (j = i + 1; j < n; j++) {
				c = (unsigned char)s[j];
				if (c <= 0x20 || c >= 0x7F)
					break;
			}
			put_space(x);
			buf_add(&x->para, s + i, j - i);
			added += j - i;
			i = j;
		} else if (c < 0x80) {
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
			    c == '\f')
				x->space = 1;
			i++;	/* other controls are dropped */
		} else {
			k = utf8_decode(s + i, n - i, &cp);
			switch (cp < 0 ? 0 : classify(cp)) {
			case 1:
				put_space(x);
				buf_add(&x->para, s + i, k);
				x->nonascii = 1;
				added += k;
				break;
			case ' ':
				x->space = 1;
				break;
			}
			i += k;
		}
	}
	return added;
}

void
text_space(struct text *x)
{
	x->space = 1;
}

void
text_emit(struct text *x, const char *p, size_t n)
{
	if (!n)
		return;
	if (utf8_nfc_may_change(p, n)) {
		buf_clear(&x->scratch);
		utf8_add_nfc(&x->scratch, p, n);
		p = x->scratch.data;
		n = x->scratch.len;
	}
	if (x->nparas++)
		buf_addc(x->body, '\n');
	stream_escape(x->body, p, n);
	buf_addc(x->body, '\n');
}

void
text_break(struct text *x)
{
	x->space = 0;
	if (!x->para.len)
		return;
	if (x->sink)
		x->sink(x->sink_ctx, x->para.data, x->para.len);
	else if (x->nonascii)
		text_emit(x, x->para.data, x->para.len);
	else {
		/* ASCII needs no NFC */
		if (x->nparas++)
			buf_addc(x->body, '\n');
		stream_escape(x->body, x->para.data, x->para.len);
		buf_addc(x->body, '\n');
	}
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
