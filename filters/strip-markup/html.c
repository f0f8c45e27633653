/* html.c: structure and skipping, from the tokenizer's events. */
#include <string.h>
#include <strings.h>

#include "html.h"

/* elements that end a paragraph where they start and where they end */
static const char *const blocks[] = {
	"address", "article", "aside", "blockquote", "body", "caption",
	"center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
	"fieldset", "figcaption", "figure", "footer", "form", "frameset",
	"h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
	"legend", "li", "listing", "main", "menu", "nav", "ol", "option", "p",
	"pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr",
	"ul", "xmp", "textarea", "select", "plaintext"
};

/* elements whose content is never text */
static const char *const raw_skipped[] = {
	"script", "style", "noscript", "iframe", "noembed", "noframes"
};

/* elements that may sit in <head>: others mean the body has begun */
static const char *const head_ok[] = {
	"base", "basefont", "bgsound", "link", "meta", "noscript", "script",
	"style", "template", "title", "head", "html"
};

/* elements without content: hidden on them hides nothing more */
static const char *const voids[] = {
	"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
	"meta", "source", "track", "wbr", "param", "keygen"
};

#define IN(name, list) in_list(name, list, sizeof list / sizeof list[0])

static int
in_list(const char *name, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(name, list[i]) == 0)
			return 1;
	return 0;
}

static int
dropping(const struct html *h)
{
	return h->raw_skip || h->skip_depth || h->in_head ||
	    h->hidden_depth;
}

static void
on_text(void *ctx, const char *s, size_t n)
{
	struct html *h = ctx;
	const char *nl;

	if (h->in_title) {
		buf_add(&h->title, s, n);
		return;
	}
	if (dropping(h))
		return;
	if (h->in_h1)
		buf_add(&h->h1, s, n);
	if (!h->pre) {
		if (text_add(h->text, s, n))
			h->after_br = 0;
		return;
	}
	/* in <pre>, each line is a paragraph */
	while ((nl = memchr(s, '\n', n))) {
		text_add(h->text, s, (size_t)(nl - s));
		text_break(h->text);
		n -= (size_t)(nl - s) + 1;
		s = nl + 1;
	}
	if (text_add(h->text, s, n))
		h->after_br = 0;
}

static int
is_hidden(const struct tok_tag *tag)
{
	const char *v;

	if (tok_attr(tag, "hidden", NULL))
		return 1;
	if ((v = tok_attr(tag, "aria-hidden", NULL)) &&
	    strcasecmp(v, "true") == 0)
		return 1;
	return 0;
}

/*
 * Hidden content is counted by the name of the element that hid it.  A
 * hidden p or li, whose end tags are optional, also ends where the parser
 * would close it: at the next block (p) or the next item or list end (li).
 */
static int
track_hidden(struct html *h, const struct tok_tag *tag)
{
	if (h->hidden_depth) {
		if (strcmp(tag->name, h->hidden_name) == 0) {
			if (tag->end)
				h->hidden_depth--;
			else if (strcmp(tag->name, "li") == 0 ||
			    strcmp(tag->name, "p") == 0)
				h->hidden_depth = 0;
			else if (!tag->self_closing)
				h->hidden_depth++;
		} else if (strcmp(h->hidden_name, "p") == 0 &&
		    IN(tag->name, blocks)) {
			h->hidden_depth = 0;
		} else if (strcmp(h->hidden_name, "li") == 0 && tag->end &&
		    (strcmp(tag->name, "ul") == 0 ||
		    strcmp(tag->name, "ol") == 0)) {
			h->hidden_depth = 0;
		}
		/* the tag that ends hiding may itself matter (a block) */
		return h->hidden_depth != 0;
	}
	if (!tag->end && !tag->self_closing && is_hidden(tag) &&
	    !IN(tag->name, voids) && tag->name_len <= TOK_MAX_NAME &&
	    strcmp(tag->name, "html") != 0 && strcmp(tag->name, "body") != 0) {
		memcpy(h->hidden_name, tag->name, tag->name_len + 1);
		h->hidden_depth = 1;
		return 1;
	}
	return 0;
}

static void
on_tag(void *ctx, const struct tok_tag *tag)
{
	struct html *h = ctx;
	const char *name = tag->name;

	meta_tag(h->meta, tag);
	if (h->raw_skip) {
		/* the tokenizer only ends raw text at its own end tag */
		h->raw_skip = 0;
		return;
	}
	if (strcmp(name, "title") == 0 && !h->skip_depth) {
		if (!tag->end && !h->title.len) {
			h->in_title = 1;
		} else if (h->in_title) {
			/* now, so that a streamed document has it too */
			meta_offer(h->meta, M_TITLE, P_TAG, h->title.data,
			    h->title.len);
			h->in_title = 0;
		}
		return;
	}
	if (strcmp(name, "template") == 0 || strcmp(name, "svg") == 0 ||
	    strcmp(name, "select") == 0) {
		if (tag->end) {
			if (h->skip_depth)
				h->skip_depth--;
		} else if (!tag->self_closing) {
			h->skip_depth++;
		}
		return;
	}
	if (!tag->end && IN(name, raw_skipped)) {
		/* as the tokenizer, which reads raw text outside svg/math */
		h->raw_skip = !h->tok.foreign;
		return;
	}
	if (h->skip_depth)
		return;
	if (strcmp(name, "head") == 0) {
		h->in_head = !tag->end;
		return;
	}
	if (h->in_head && !tag->end && !IN(name, head_ok))
		h->in_head = 0;
	if (track_hidden(h, tag))
		return;
	if (h->in_head)
		return;

	if (strcmp(name, "br") == 0) {
		if (h->after_br)
			text_break(h->text);
		else
			text_space(h->text);
		h->after_br = 1;
		return;
	}
	if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) {
		text_space(h->text);
		return;
	}
	if (strcmp(name, "img") == 0) {
		const char *alt;
		size_t n;

		if (h->opt->alt && (alt = tok_attr(tag, "alt", &n)) && n) {
			text_space(h->text);
			text_add(h->text, alt, n);
			text_space(h->text);
		}
		return;
	}
	if (strcmp(name, "h1") == 0) {
		h->in_h1 = !tag->end && !h->seen_h1;
		if (tag->end)
			h->seen_h1 = 1;
	}
	if (IN(name, blocks)) {
		text_break(h->text);
		h->after_br = 0;
		if (strcmp(name, "pre") == 0 || strcmp(name, "listing") == 0) {
			if (!tag->end)
				h->pre++;
			else if (h->pre)
				h->pre--;
		}
	}
}

void
html_init(struct html *h, const struct html_options *opt, struct text *text,
    struct meta *meta)
{
	memset(h, 0, sizeof *h);
	h->opt = opt;
	h->text = text;
	h->meta = meta;
	h->sink.text = on_text;
	h->sink.tag = on_tag;
	h->sink.ctx = h;
	tok_init(&h->tok, &h->sink);
}

void
html_free(struct html *h)
{
	tok_free(&h->tok);
	buf_free(&h->title);
	buf_free(&h->h1);
}

void
html_reset(struct html *h)
{
	tok_reset(&h->tok);
	h->raw_skip = h->skip_depth = 0;
	h->in_head = h->in_title = h->in_h1 = h->seen_h1 = 0;
	h->pre = h->after_br = 0;
	h->hidden_depth = 0;
	buf_clear(&h->title);
	buf_clear(&h->h1);
}

void
html_feed(struct html *h, const char *s, size_t n)
{
	tok_feed(&h->tok, s, n);
}

void
html_finish(struct html *h)
{
	tok_finish(&h->tok);
	text_break(h->text);
	if (h->title.len)
		meta_offer(h->meta, M_TITLE, P_TAG, h->title.data,
		    h->title.len);
	if (h->h1.len)
		meta_offer(h->meta, M_TITLE, P_TEXT, h->h1.data, h->h1.len);
}
