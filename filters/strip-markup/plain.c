/* plain.c: plain text input, and telling it from markup. */
#include <string.h>
#include <strings.h>

#include "article.h"
#include "plain.h"
#include "swar.h"

/* tags that real pages have near the top and plain text never has */
static const char *const telltales[] = {
	"!doctype", "html", "head", "body", "?xml", "!--", "meta", "title",
	"p", "div", "br", "a", "span", "table", "script", "style", "link",
	"article", "section", "h1", "h2", "ul", "li", "b", "i", "em",
	"strong", "img", "header", "nav", "main", "form"
};

int
plain_is_markup(const char *s, size_t n)
{
	const char *p, *end;
	size_t i, len;

	if (n > PLAIN_SNIFF)
		n = PLAIN_SNIFF;
	end = s + n;
	for (p = s; p < end && (p = memchr(p, '<', (size_t)(end - p))); p++) {
		for (i = 0; i < sizeof telltales / sizeof telltales[0]; i++) {
			len = strlen(telltales[i]);
			if ((size_t)(end - p - 1) <= len ||
			    strncasecmp(p + 1, telltales[i], len) != 0)
				continue;
			if (telltales[i][0] == '!' || telltales[i][0] == '?' ||
			    strchr(" \t\r\n>/", p[1 + len]))
				return 1;
		}
	}
	return 0;
}

void
plain_init(struct plain *p, struct text *text, struct meta *meta,
    int article)
{
	p->text = text;
	p->meta = meta;
	p->article = article;
	p->line_has_text = 0;
	p->after_cr = 0;
	p->nparas = 0;
}

/* the end of a paragraph: metadata and furniture first */
static void
paragraph(struct plain *p)
{
	struct buf *para = &p->text->para;
	const char *s = para->data;
	size_t n = para->len;
	int drop = 0;

	if (!n)
		return;
	if (meta_text_line(p->meta, s, n))
		drop = p->article;
	else if (p->article && article_furniture(s, n))
		drop = 1;
	else if (p->article && p->nparas == 0 && n < 150 &&
	    !strchr(".!?\"", s[n - 1])) {
		/* a first line that is no sentence: the headline */
		meta_offer(p->meta, M_TITLE, P_TEXT, s, n);
		drop = 1;
	}
	p->nparas++;
	if (drop)
		buf_clear(para);
	text_break(p->text);
}

void
plain_feed(struct plain *p, const char *s, size_t n)
{
	const char *nl;
	size_t k;

	while (n) {
		if (p->after_cr) {
			p->after_cr = 0;
			if (*s == '\n' && (s++, !--n))
				break;
		}
		k = swar_line_end(s, n);
		nl = k < n ? s + k : NULL;
		if (text_add(p->text, s, k))
			p->line_has_text = 1;
		if (!nl)
			break;
		if (p->line_has_text)
			text_space(p->text);
		else
			paragraph(p);	/* a blank line */
		p->line_has_text = 0;
		p->after_cr = *nl == '\r';
		s = nl + 1;
		n -= k + 1;
	}
}

/*
 * Each LF-ended line its own paragraph: the same as plain_feed on the
 * text with an empty line after each line (what a dump's text field
 * means), without that copy.  A CR inside a line joins as plain_feed
 * joins the lines of a paragraph.
 */
void
plain_feed_lines(struct plain *p, const char *s, size_t n)
{
	const char *nl, *end = s + n;

	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (!nl)
			nl = end;
		/* most lines have no CR: then they are one text_add, which
		 * plain_feed would make them after one more scan */
		if (!p->after_cr && !memchr(s, '\r', (size_t)(nl - s))) {
			if (text_add(p->text, s, (size_t)(nl - s)))
				p->line_has_text = 1;
		} else {
			plain_feed(p, s, (size_t)(nl - s));
		}
		/* what the LF and the empty line after it would do */
		paragraph(p);
		p->line_has_text = 0;
		p->after_cr = 0;
		s = nl + (nl < end);
	}
}

void
plain_finish(struct plain *p)
{
	paragraph(p);
	p->line_has_text = 0;
}
