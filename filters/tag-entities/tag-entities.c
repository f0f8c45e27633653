/* tag-entities: mark the names, dates, times, sums and percentages in a
 * copydesk stream with inline tags (see tag-entities(1)). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "err.h"
#include "input.h"
#include "stream.h"
#include "tagger.h"
#include "utf8.h"

/* documents of one language left without names */
struct untagged {
	char code[LANG_CODE_MAX + 1];	/* "?": no language tag */
	size_t n;
};
/* languages counted apart in the warning; the rest count as "other" (a
 * stream may hold any number of lang values) */
#define UNTAGGED_MAX 16

struct ctx {
	struct tagger tagger;
	const char *lang;	/* -L: the language of documents without one */
	size_t stray;		/* stray entity tags in this input */
	struct untagged untagged[UNTAGGED_MAX];	/* this input's */
	size_t nuntagged;
	size_t others;		/* in languages past UNTAGGED_MAX */
	int list;
	struct buf out;
	const char *docid;
	struct buf id;
	struct look look;	/* the lines around the one tagged */
};

static void
usage(void)
{
	printf("usage: %s [-l] [-L lang] [-m model] [-t types] "
	    "[--strict] [file ...]\n"
	    "  -l, --list         one mention per line: doc id, line, start, "
	    "end, type, text\n"
	    "  -L, --lang LANG    the language of documents without one "
	    "(default en)\n"
	    "  -m, --model FILE   the name model of the -L language (default "
	    "en)\n                     instead of its built-in one\n"
	    "  -t, --types LIST   add only these types (comma-separated)\n"
	    "      --strict       invalid UTF-8 is an error\n"
	    "  -h, --help         show this help\n"
	    "  -V, --version      show the version\n", progname());
}

static unsigned
parse_types(const char *arg)
{
	unsigned mask = 0;
	const char *p = arg, *e;
	int t;

	for (;;) {
		e = strchr(p, ',');
		if (!e)
			e = p + strlen(p);
		t = entity_type_lookup(p, (size_t)(e - p));
		if (t < 0)
			usage_error("unknown entity type '%.*s'", (int)(e - p),
			    p);
		mask |= 1u << t;
		if (!*e)
			break;
		p = e + 1;
	}
	return mask;
}

/* count a document left without names under its language */
static void
count_untagged(struct ctx *c, const char *tag)
{
	char code[LANG_CODE_MAX + 1];
	size_t i;

	if (!lang_primary(tag, strlen(tag), code))
		strcpy(code, "?");
	for (i = 0; i < c->nuntagged; i++)
		if (strcmp(c->untagged[i].code, code) == 0)
			break;
	if (i == c->nuntagged) {
		if (i == UNTAGGED_MAX) {
			c->others++;
			return;
		}
		memcpy(c->untagged[i].code, code, sizeof code);
		c->untagged[i].n = 0;
		c->nuntagged++;
	}
	c->untagged[i].n++;
}

/* a new document: its language (its lang, else -L) chooses what is
 * tagged */
static void
doc_lang(struct ctx *c, const struct doc *d)
{
	const char *tag = doc_get(d, "lang");
	const struct lang *l;

	if (!tag || !*tag)
		tag = c->lang;
	l = lang_find(tag, strlen(tag));
	tagger_doc(&c->tagger, l);
	if (!c->tagger.names)
		count_untagged(c, tag);
}

/* tag one line, counting the tags in it that stand without their pair */
static void
tag(struct ctx *c, const char *s, size_t n)
{
	tagger_line(&c->tagger, s, n);
	look_drop_lowercase_starts(&c->look, &c->tagger);
	c->stray += stream_stray_tags(c->tagger.plain.data,
	    c->tagger.plain.len);
}

/* --list: doc id, line number, start and end in characters, type, text */
static void
list_line(struct ctx *c, const char *docid, size_t lineno)
{
	const struct tagger *t = &c->tagger;
	const char *s = t->plain.data;
	size_t i, pos = 0, chars = 0, start, end;

	for (i = 0; i < t->nspans; i++) {
		const struct span *sp = &t->spans[i];

		chars += utf8_length(s + pos, sp->start - pos);
		start = chars;
		chars += utf8_length(s + sp->start, sp->end - sp->start);
		end = chars;
		pos = sp->end;
		printf("%s\t%zu\t%zu\t%zu\t%s\t%.*s\n", docid, lineno, start,
		    end, entity_type_names[sp->type],
		    (int)(sp->end - sp->start), s + sp->start);
	}
}

/* a stray tag is kept as text, and counted: a second run might pair it
 * with a tag this one added */
static void
stray_warning(const struct ctx *c, const struct input *in)
{
	if (c->stray)
		warning("%s: %zu entity tag%s without %s kept as text (a "
		    "literal one is written &lt;)", in->name, c->stray,
		    c->stray == 1 ? "" : "s", c->stray == 1 ? "its pair" :
		    "their pairs");
}

/* one line for the input: the documents whose language has no name
 * model, by language ("de 2, fr 1") */
static void
untagged_warning(const struct ctx *c, const struct input *in)
{
	struct buf b = { 0 };
	char n[32];
	size_t i, total = c->others;

	for (i = 0; i < c->nuntagged; i++) {
		snprintf(n, sizeof n, "%s%s %zu", i ? ", " : "",
		    c->untagged[i].code, c->untagged[i].n);
		buf_adds(&b, n);
		total += c->untagged[i].n;
	}
	if (c->others) {
		snprintf(n, sizeof n, ", other %zu", c->others);
		buf_adds(&b, n);
	}
	if (total)
		warning("%s: %zu document%s left without names (no name model "
		    "for the language): %s", in->name, total, total == 1 ?
		    "" : "s", b.data);
	buf_free(&b);
}

static void
write_stdout(void *arg, const char *s, size_t n)
{
	fwrite(s, 1, n, arg);
}

/* write the tagged line: an ordinary line whole from c->out, a line over
 * LOOK_BYTES a piece at a time, so that it is not held once more as
 * output (a buffer of its size would be kept to the end of the run) */
static void
put_tagged(struct ctx *c)
{
	buf_clear(&c->out);
	tagger_spill(&c->tagger, &c->out, LOOK_BYTES, write_stdout, stdout);
	stream_put_line(stdout, c->out.data, c->out.len);
}

/* tag and write the waiting lines the window's bounds call for (all of
 * them at the end of a document) */
static void
flush(struct ctx *c, int all)
{
	while (look_due(&c->look, all)) {
		const struct look_line *l = look_current(&c->look);

		if (l->is_break) {
			if (!c->list)
				stream_put_break(stdout);
		} else {
			tag(c, l->s, l->n);
			if (c->list)
				list_line(c, c->id.data, l->lineno);
			else
				put_tagged(c);
		}
		look_done(&c->look);
	}
}

/* the stream with the lines of each document held in the window of
 * memory.h before they are tagged: nothing of a document is held past
 * its end, so the order of lines, breaks and documents is the input's */
static void
run(struct input *in, void *arg)
{
	struct ctx *c = arg;
	struct stream_reader r;
	struct buf scratch = BUF_INIT;
	enum stream_event ev;

	c->stray = 0;
	c->nuntagged = 0;
	c->others = 0;
	stream_reader_init(&r, in);
	while ((ev = stream_read(&r)) != EV_END) {
		switch (ev) {
		case EV_DOC_BEGIN: {
			const char *id = doc_get(&r.doc, "id");

			flush(c, 1);
			look_clear(&c->look);
			buf_clear(&c->id);
			buf_adds(&c->id, id ? id : in->id);
			doc_lang(c, &r.doc);
			if (!c->list)
				stream_put_doc_begin(stdout, &r.doc,
				    r.explicit_doc, &scratch);
			break;
		}
		case EV_TEXT:
			/* a line over LOOK_BYTES is borrowed: r.line stays
			 * put until the flush below has written it */
			look_push(&c->look, r.line.data, r.line.len,
			    in->lineno);
			flush(c, 0);
			break;
		case EV_BREAK:
			look_push(&c->look, NULL, 0, in->lineno);
			flush(c, 0);
			break;
		case EV_DOC_END:
			flush(c, 1);
			look_clear(&c->look);
			if (!c->list)
				stream_put_doc_end(stdout, r.explicit_doc);
			break;
		case EV_END:
			break;
		}
	}
	flush(c, 1);
	look_clear(&c->look);
	stream_reader_free(&r);
	buf_free(&scratch);
	stray_warning(c, in);
	untagged_warning(c, in);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'L' },
		{ "list", no_argument, NULL, 'l' },
		{ "model", required_argument, NULL, 'm' },
		{ "strict", no_argument, NULL, 's' },
		{ "types", required_argument, NULL, 't' },
		CLI_LONGOPTS_COMMON,
		{ NULL, 0, NULL, 0 }
	};
	struct input_options opts = { 0, 0 };
	struct ctx c;
	const struct lang *l;
	const char *model = NULL;
	unsigned types = (1u << ENT_NTYPES) - 1 - (1u << ENT_MISC);
	int ch, status;

	cli_start(argv[0]);
	memset(&c, 0, sizeof c);
	c.lang = "en";
	while ((ch = cli_getopt(argc, argv, "hlL:m:t:V", longopts)) != -1) {
		switch (ch) {
		case 'h':
			usage();
			return cli_finish(0);
		case 'l':
			c.list = 1;
			break;
		case 'L': {
			char code[LANG_CODE_MAX + 1];

			if (!lang_primary(optarg, strlen(optarg), code))
				usage_error("'%s' is no language tag (like en "
				    "or de-CH) for --lang", optarg);
			c.lang = optarg;
			break;
		}
		case 'm':
			model = optarg;
			break;
		case 's':
			opts.strict = 1;
			break;
		case 't':
			types = parse_types(optarg);
			break;
		case 'V':
			cli_version();
			break;
		}
	}
	l = lang_find(c.lang, strlen(c.lang));
	if (model && lang_index(l) < 0)
		usage_error("--model: '%s' is no language tag-entities knows "
		    "(--lang names the model's language)", c.lang);
	tagger_open(&c.tagger, model, l, 1, types);
	status = input_each(argc - optind, argv + optind, &opts, run, &c);
	tagger_close(&c.tagger);
	buf_free(&c.out);
	buf_free(&c.id);
	look_free(&c.look);
	return cli_finish(status);
}
