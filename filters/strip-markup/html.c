/* html.c: structure and skipping, from the tokenizer's events. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "xalloc.h"

/* text dropped whether hidden or not: scripts, templates, head, ruby
 * annotations */
static int
dropped_always(const struct html *h)
{
	return h->raw_skip || h->skip_depth || h->in_head || h->in_rt;
}

static int
dropping(const struct html *h)
{
	return dropped_always(h) || h->hidden_depth;
}

static void
add(struct html *h, const char *s, size_t n)
{
	size_t k = text_add(h->text, s, n);

	h->visible_text += k;
	if (h->byline_el.depth && h->byline.len < 1024)
		buf_add(&h->byline, s, n);
	if (k) {
		h->after_br = 0;
		if (h->in_a) {
			if (!h->link_counted && h->para_links < 2)
				h->para_links++;
			h->link_counted = 1;
			h->link_bytes += k + 1;	/* and its space */
			if (!h->unlinked)
				h->lead_link += k + 1;
		} else {
			h->unlinked = 1;
			h->para_unlinked = 1;
		}
	}
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
	if (h->raw_skip && h->script.open)
		script_data_add(&h->script, s, n);
	if (h->raw_skip && h->in_jsonld) {
		if (h->jsonld.len < 1024 * 1024)
			buf_add(&h->jsonld, s, n);
		return;
	}
	if (h->in_script)
		meta_script(h->meta, s, n);
	if (dropping(h)) {
		/* text only hidden, not script, head or annotation */
		if (!dropped_always(h))
			for (size_t i = 0; i < n; i++)
				h->hidden_text += !isspace((unsigned char)s[i]);
		return;
	}
	if (h->in_h1)
		buf_add(&h->h1, s, n);
	/* in <pre>, each line is a paragraph */
	while (h->pre && (nl = memchr(s, '\n', n))) {
		add(h, s, (size_t)(nl - s));
		text_break(h->text);
		n -= (size_t)(nl - s) + 1;
		s = nl + 1;
	}
	add(h, s, n);
}

static int
is_hidden(const struct tag_attrs *at)
{
	const char *v;

	if (at->hidden)
		return 1;
	if ((v = at->aria_hidden) && strcasecmp(v, "true") == 0)
		return 1;
	if ((v = at->style)) {
		/* "display: none", "visibility:hidden", spaces and case aside */
		char low[256];
		size_t k = 0;

		for (; *v && k + 1 < sizeof low; v++)
			if (*v != ' ' && *v != '\t' && *v != '\n')
				low[k++] = (char)(*v >= 'A' && *v <= 'Z' ?
				    *v + 32 : *v);
		low[k] = '\0';
		if (strstr(low, "display:none") ||
		    strstr(low, "visibility:hidden"))
			return 1;
	}
	return 0;
}

/*
 * Hidden content is counted by the name of the element that hid it.  A
 * hidden p or li, whose end tags are optional, also ends where the parser
 * would close it: at the next block (p) or the next item or list end (li).
 */
static int
track_hidden(struct html *h, const struct tok_tag *tag,
    const struct tag_attrs *at)
{
	if (h->show_hidden)
		return 0;
	if (h->hidden_depth) {
		if (strcmp(tag->name, h->hidden_name) == 0) {
			if (tag->end) {
				if (!--h->hidden_depth)
					return -1;	/* its own end */
			}
			else if (tag->el == EL_LI || tag->el == EL_P)
				h->hidden_depth = 0;
			else if (!tag->self_closing)
				h->hidden_depth++;
		} else if (h->hidden_el == EL_P && (tag->flags & EF_BLOCK)) {
			h->hidden_depth = 0;
		} else if (h->hidden_el == EL_LI && tag->end &&
		    (tag->el == EL_UL || tag->el == EL_OL)) {
			h->hidden_depth = 0;
		}
		/* the tag that ends hiding may itself matter (a block) */
		return h->hidden_depth != 0;
	}
	if (!tag->end && !tag->self_closing && !(tag->flags & EF_VOID) &&
	    tag->el != EL_HTML && tag->el != EL_BODY &&
	    tag->name_len <= TOK_MAX_NAME && tag->nattrs && is_hidden(at)) {
		memcpy(h->hidden_name, tag->name, tag->name_len + 1);
		h->hidden_el = tag->el;
		h->hidden_depth = 1;
		return 1;
	}
	return 0;
}

static void
offer_title(struct html *h)
{
	buf_clear(&h->scratch);
	text_fold(&h->scratch, h->title.data, h->title.len);
	meta_offer(h->meta, M_TITLE, P_TAG, h->scratch.data,
	    meta_title_core(h->scratch.data, h->scratch.len));
}

/* from tag (an open element whose name fits), its end is looked for */
static void
watch(struct watched *w, const struct tok_tag *tag)
{
	memcpy(w->name, tag->name, tag->name_len + 1);
	w->depth = 1;
}

/* inside a watched element: whether tag is its end (elements of its
 * name opened inside it are counted) */
static int
watched_ends(struct watched *w, const struct tok_tag *tag)
{
	if (strcmp(tag->name, w->name))
		return 0;
	if (!tag->end && !tag->self_closing)
		w->depth++;
	else if (tag->end)
		return --w->depth == 0;
	return 0;
}

/* the first element marked as the byline: its text names the author */
static void
track_byline(struct html *h, const struct tok_tag *tag,
    const struct tag_attrs *at)
{
	const char *v;

	if (h->byline_el.depth) {
		if (watched_ends(&h->byline_el, tag)) {
			meta_byline(h->meta, h->byline.data, h->byline.len);
			h->seen_byline = 1;
		}
		return;
	}
	if (h->seen_byline || tag->end || tag->self_closing ||
	    (tag->flags & EF_VOID) || tag->name_len > TOK_MAX_NAME ||
	    tag->el == EL_LABEL || tag->el == EL_FORM)
		return;	/* a form's field is never the byline */
	if (((v = at->rel) && !strcasecmp(v, "author")) ||
	    ((v = at->itemprop) && strstr(v, "author")) ||
	    ((v = at->class) && meta_byline_class(v))) {
		watch(&h->byline_el, tag);
		buf_clear(&h->byline);
	}
}

/*
 * A quoted post (<blockquote>: an embedded tweet or Instagram post) and
 * the comments (an element whose class or id says "comment" or "reply")
 * carry dates of their own, not the page's: while inside the first such
 * element, <time> and datelines give no date.  The paragraph before it
 * ends first, the paragraph inside it before it closes.
 */
static void
track_aside(struct html *h, const struct tok_tag *tag,
    const struct tag_attrs *at)
{
	const char *v;

	if (h->aside.depth) {
		if (watched_ends(&h->aside, tag)) {
			if (tag->flags & EF_BLOCK)
				text_break(h->text);
			h->meta->aside = 0;
		}
		return;
	}
	/* blocks only: comments are held in lists, divisions and sections,
	 * and asking every link's and span's class costs time */
	if (tag->end || tag->self_closing || !(tag->flags & EF_BLOCK) ||
	    tag->name_len > TOK_MAX_NAME || tag->el == EL_BODY ||
	    tag->el == EL_HTML)
		return;
	if (tag->el == EL_BLOCKQUOTE || ((v = at->class) &&
	    meta_aside_class(v)) || ((v = at->id) && meta_aside_class(v))) {
		text_break(h->text);	/* a block, as asked above */
		watch(&h->aside, tag);
		h->meta->aside = 1;
	}
}

/* which script's data may hold a page's text (article.h): JSON-LD, JSON
 * (Next.js's __NEXT_DATA__ is one), a script that may assign a state
 * (its first bytes tell); not a template */
static enum script_kind
script_kind(const struct tok_tag *tag, int jsonld)
{
	const char *type = tok_attr(tag, "type", NULL);

	if (jsonld)
		return SCRIPT_JSONLD;
	/* MIME types and "module" are matched without regard to case */
	if (type && strcasestr(type, "json"))
		return SCRIPT_STATE;
	if (type && *type && !strcasestr(type, "javascript") &&
	    strcasecmp(type, "module") != 0)
		return SCRIPT_NONE;
	return SCRIPT_MAYBE;
}

/* the attributes of a tag that has none */
static const struct tag_attrs no_attrs;

static void
on_tag(void *ctx, const struct tok_tag *tag)
{
	struct html *h = ctx;
	int el = tag->el, hid;
	/* the tags meta.c reads wherever they stand (a <meta> in a
	 * <template> too): their attributes are read first, the others'
	 * further down, past the tags that need none (scripts, the content
	 * of svg and templates); each tag's once.  Most tags have none,
	 * and no_attrs spares them the clearing of a struct */
	int meta_el = el == EL_META || el == EL_LINK || el == EL_HTML ||
	    el == EL_TIME;
	struct tag_attrs read;
	const struct tag_attrs *at = &no_attrs;

	if (meta_el) {
		tag_attrs_read(tag, &read);
		at = &read;
		meta_tag(h->meta, tag, at);
	}
	if (h->raw_skip) {
		/* the tokenizer only ends raw text at its own end tag */
		h->raw_skip = 0;
		if (h->script.open)
			script_data_end(&h->script);
		if (h->in_jsonld)
			meta_jsonld(h->meta, h->jsonld.data, h->jsonld.len);
		/* the body as the page's data states it: a cross-check */
		if (h->in_jsonld && h->art && !h->art->ldbody.len)
			jsonld_article_body(h->jsonld.data, h->jsonld.len,
			    &h->art->ldbody);
		h->in_jsonld = 0;
		h->in_script = 0;
		buf_clear(&h->jsonld);
		return;
	}
	if (el == EL_TITLE && !h->skip_depth) {
		if (!tag->end && !h->title.len) {
			h->in_title = 1;
		} else if (h->in_title) {
			/* now, so that a streamed document has it too */
			offer_title(h);
			h->in_title = 0;
		}
		return;
	}
	if (tag->flags & EF_SKIP) {
		if (tag->end) {
			if (h->skip_depth)
				h->skip_depth--;
		} else if (!tag->self_closing) {
			h->skip_depth++;
		}
		return;
	}
	if (!tag->end && (tag->flags & EF_RAWSKIP)) {
		const char *type;

		/* as the tokenizer, which reads raw text outside svg/math */
		h->raw_skip = !h->tok.foreign;
		h->in_jsonld = el == EL_SCRIPT &&
		    (type = tok_attr(tag, "type", NULL)) &&
		    strcasestr(type, "ld+json");	/* MIME: any case */
		/* a script's data may date a page that says nothing else */
		h->in_script = el == EL_SCRIPT && h->raw_skip && !h->in_jsonld;
		if (h->raw_skip && el == EL_SCRIPT && h->keep_scripts)
			script_data_begin(&h->script, script_kind(tag,
			    h->in_jsonld));
		return;
	}
	if (h->skip_depth)
		return;
	if (el == EL_HEAD) {
		h->in_head = !tag->end;
		return;
	}
	if (h->in_head && !tag->end && !(tag->flags & EF_HEADOK))
		h->in_head = 0;
	if (!meta_el && !tag->end && tag->nattrs) {
		tag_attrs_read(tag, &read);
		at = &read;
	}
	/* microdata in the body (meta.c): an element with content= */
	if (at->content && el != EL_META)
		meta_tag(h->meta, tag, at);
	if ((hid = track_hidden(h, tag, at)) || h->in_head) {
		/* the end of a hidden element: the article's containers never
		 * saw it open, so they must not see it close */
		if (hid < 0 && (tag->flags & EF_BLOCK))
			text_break(h->text);
		return;
	}
	track_byline(h, tag, at);
	track_aside(h, tag, at);
	if (at->class && h->meta->prio[M_DATE] < P_HATOM)
		meta_hatom(h->meta, at);
	/* ruby annotations (furigana, pinyin) and their fallback
	 * parentheses are no part of the text: <rt> and <rp> end at their
	 * own end tag, the next of them, the end of the ruby or a block */
	if (el == EL_RT || el == EL_RP)
		h->in_rt = !tag->end && !tag->self_closing;
	else if ((el == EL_RUBY && tag->end) || (tag->flags & EF_BLOCK))
		h->in_rt = 0;
	/* links never nest: an <a> inside an open one closes it first (the
	 * HTML parser's adoption agency), so one </a> ends both; counting
	 * them left all the page after an unclosed share button as link
	 * text */
	if (el == EL_A && !tag->self_closing) {
		h->in_a = !tag->end;
		h->link_counted = 0;
	}
	if (h->art_on && !(tag->flags & (EF_INLINE | EF_VOID))) {
		/* the paragraph so far belongs to the container before */
		if (tag->flags & (EF_BLOCK | EF_CELL))
			text_break(h->text);
		article_tag(h->art, tag);
	}

	switch (el) {
	case EL_BR:
		if (h->after_br)
			text_break(h->text);
		else
			text_space(h->text);
		h->after_br = 1;
		return;
	case EL_TD:
	case EL_TH:
		if (!h->art_on)
			text_space(h->text);
		return;
	case EL_IMG: {
		const char *alt;
		size_t n;

		if (h->opt->alt && (alt = tok_attr(tag, "alt", &n)) && n) {
			text_space(h->text);
			text_add(h->text, alt, n);
			text_space(h->text);
		}
		return;
	}
	case EL_H1:
		h->in_h1 = !tag->end && !h->seen_h1;
		if (tag->end)
			h->seen_h1 = 1;
		break;
	case EL_PRE:
	case EL_LISTING:
		if (!tag->end)
			h->pre++;
		else if (h->pre)
			h->pre--;
		break;
	}
	if (tag->flags & EF_BLOCK) {
		text_break(h->text);
		h->after_br = 0;
	}
}

/* article mode: paragraphs are held until the page is scored */
void
html_para(void *ctx, const char *s, size_t n)
{
	struct html *h = ctx;

	article_block(h->art, s, n, h->link_bytes, h->lead_link);
	h->link_bytes = 0;
	h->lead_link = 0;
	h->unlinked = 0;
}

static void
emit(void *ctx, const char *s, size_t n)
{
	text_emit(ctx, s, n);
}

/* the attributes anything here reads; the others' values are not kept
 * (asked for every attribute of every tag: a switch, not a table) */
static int
keep_attr(void *ctx, const char *name, size_t n)
{
#define IS(lit) (memcmp(name, lit, sizeof lit - 1) == 0)
	const struct html *h = ctx;

	switch (n) {
	case 2: return IS("id");
	case 3: return IS("alt") || IS("rel");
	case 4: return IS("href") || IS("lang") || IS("name") ||
		    IS("role") || IS("type");
	case 5: return IS("class") || IS("style") || IS("title");
	case 6: return IS("hidden");
	case 7: return IS("content") || IS("charset");
	case 8: return IS("datetime") || IS("itemprop") || IS("property") ||
		    IS("xml:lang");
	case 10: return IS("http-equiv");
	case 11: return IS("aria-hidden");
	/* article mode reads a script-written page's data (article.c) */
	case 16: return h->art && IS("data-react-props");
	}
	return 0;
#undef IS
}

/*
 * Every paragraph, whether article mode keeps it or not, may be the
 * page's dateline; one that is all one link's text is one only as the
 * date alone (meta_dateline): a teaser's date, a menu's "(bis
 * 31.12.2018)", the front page's "Édition du 12 octobre 2020" are another
 * page's.  A line of several links is a post's own (its date, author and
 * section each linked).
 */
static void
dateline(void *ctx, const char *s, size_t n)
{
	struct html *h = ctx;

	meta_dateline(h->meta, s, n, !h->para_unlinked && h->para_links == 1);
	h->para_unlinked = 0;
	/* a link open across the paragraphs counts again in the next */
	h->para_links = 0;
	h->link_counted = 0;
}

void
html_init(struct html *h, const struct html_options *opt, struct text *text,
    struct meta *meta)
{
	memset(h, 0, sizeof *h);
	h->opt = opt;
	h->text = text;
	h->meta = meta;
	/* the text written is what lang is detected on */
	text->sample = &meta->sample;
	/* a dateline is a paragraph, whether article mode keeps it or not */
	text->para_seen = dateline;
	text->para_seen_ctx = h;
	h->sink.text = on_text;
	h->sink.tag = on_tag;
	h->sink.keep_attr = keep_attr;
	h->sink.ctx = h;
	tok_init(&h->tok, &h->sink);
	script_data_reset(&h->script);
	if (opt->article) {
		h->art = xmalloc(sizeof *h->art);
		article_init(h->art);
	}
}

void
html_free(struct html *h)
{
	tok_free(&h->tok);
	if (h->art) {
		article_free(h->art);
		free(h->art);
	}
	buf_free(&h->title);
	buf_free(&h->h1);
	buf_free(&h->jsonld);
	buf_free(&h->byline);
	buf_free(&h->scratch);
	script_data_free(&h->script);
}

void
html_reset(struct html *h)
{
	tok_reset(&h->tok);
	h->raw_skip = h->skip_depth = 0;
	h->in_head = h->in_title = h->in_h1 = h->seen_h1 = 0;
	h->pre = h->after_br = 0;
	h->hidden_depth = 0;
	h->show_hidden = 0;
	h->hidden_text = h->visible_text = 0;
	h->in_rt = 0;
	h->in_a = 0;
	h->link_bytes = h->lead_link = 0;
	h->unlinked = 0;
	h->para_unlinked = 0;
	h->para_links = h->link_counted = 0;
	if (h->art)
		article_reset(h->art);
	buf_clear(&h->title);
	buf_clear(&h->h1);
	h->in_jsonld = 0;
	h->in_script = 0;
	buf_clear(&h->jsonld);
	script_data_reset(&h->script);
	h->byline_el.depth = h->seen_byline = 0;
	h->aside.depth = 0;
	buf_clear(&h->byline);
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
	if (h->script.open)	/* a script the page ends in */
		script_data_end(&h->script);
	text_break(h->text);
	if (h->title.len)
		offer_title(h);
	if (h->h1.len)
		meta_offer(h->meta, M_TITLE, P_TEXT, h->h1.data, h->h1.len);
	if (h->art_on)
		article_select(h->art, meta_get(h->meta, M_TITLE), emit,
		    h->text);
}
