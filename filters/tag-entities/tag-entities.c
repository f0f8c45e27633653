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

struct ctx {
	struct tagger tagger;
	size_t stray;		/* stray entity tags in this input */
	int list;
	struct buf out;
	const char *docid;
	struct buf id;
};

static void
usage(void)
{
	printf("usage: %s [-l] [-m model] [-t types] [--strict] "
	    "[file ...]\n"
	    "  -l, --list         one mention per line: doc id, line, start, "
	    "end, type, text\n"
	    "  -m, --model FILE   use this model instead of the built-in one\n"
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

static void
doc_begin(void *arg, const struct doc *d)
{
	struct ctx *c = arg;

	(void)d;
	tagger_doc(&c->tagger);
}

/* tag one line, counting the tags in it that stand without their pair */
static void
tag(struct ctx *c, const char *s, size_t n)
{
	tagger_line(&c->tagger, s, n);
	c->stray += stream_stray_tags(c->tagger.plain.data,
	    c->tagger.plain.len);
}

static void
line(void *arg, const char *s, size_t n, FILE *out)
{
	struct ctx *c = arg;

	tag(c, s, n);
	buf_clear(&c->out);
	tagger_format(&c->tagger, &c->out);
	stream_put_line(out, c->out.data, c->out.len);
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

static void
run(struct input *in, void *arg)
{
	struct ctx *c = arg;
	struct stream_reader r;
	struct stream_filter f = { doc_begin, line, c };
	enum stream_event ev;

	c->stray = 0;
	if (!c->list) {
		stream_filter_input(in, stdout, &f);
		stray_warning(c, in);
		return;
	}
	stream_reader_init(&r, in);
	while ((ev = stream_read(&r)) != EV_END) {
		if (ev == EV_DOC_BEGIN) {
			const char *id = doc_get(&r.doc, "id");

			buf_clear(&c->id);
			buf_adds(&c->id, id ? id : in->id);
			tagger_doc(&c->tagger);
		} else if (ev == EV_TEXT) {
			tag(c, r.line.data, r.line.len);
			list_line(c, c->id.data, in->lineno);
		}
	}
	stream_reader_free(&r);
	stray_warning(c, in);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "list", no_argument, NULL, 'l' },
		{ "model", required_argument, NULL, 'm' },
		{ "strict", no_argument, NULL, 's' },
		{ "types", required_argument, NULL, 't' },
		CLI_LONGOPTS_COMMON,
		{ NULL, 0, NULL, 0 }
	};
	struct input_options opts = { 0, 0 };
	struct ctx c;
	const char *model = NULL;
	unsigned types = (1u << ENT_NTYPES) - 1 - (1u << ENT_MISC);
	int ch, status;

	cli_start(argv[0]);
	memset(&c, 0, sizeof c);
	while ((ch = cli_getopt(argc, argv, "hlm:t:V", longopts)) != -1) {
		switch (ch) {
		case 'h':
			usage();
			return cli_finish(0);
		case 'l':
			c.list = 1;
			break;
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
	tagger_open(&c.tagger, model, 1, types);
	status = input_each(argc - optind, argv + optind, &opts, run, &c);
	tagger_close(&c.tagger);
	buf_free(&c.out);
	buf_free(&c.id);
	return cli_finish(status);
}
