/* split-sentences: one sentence per line.
 *
 * Reads the copydesk stream (or plain text), where each text line is a
 * paragraph, and writes each sentence of it on a line of its own.
 * Documents, paragraph breaks, attributes and entity tags pass through;
 * only whitespace changes: runs of it become one space, and the space
 * between two sentences becomes a line break.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "err.h"
#include "input.h"
#include "stream.h"
#include "segment.h"
#include "swar.h"
#include "xalloc.h"

struct ctx {
	struct segmenter sg;
	struct seg_offsets cuts;
	struct seg_scratch scratch;
	struct buf out;
};

static void
usage(void)
{
	printf("usage: %s [-hV] [-a file] [-l lang] [--strict] [file ...]\n"
	    "  -a, --abbrev FILE  add the abbreviations of FILE (see the"
	    " manual)\n"
	    "  -l, --lang LANG    word lists of LANG: en (default), de, es,"
	    " fr\n"
	    "      --strict       invalid UTF-8 is an error\n"
	    "  -h, --help         this help\n"
	    "  -V, --version      the version\n", progname());
}

/* the length of the whitespace character at s[i], or 0 */
static size_t
ws_len(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t left = n - i;

	if (u[0] == ' ' || u[0] == '\t')
		return 1;
	if (u[0] < 0xC2)
		return 0;
	if (u[0] == 0xC2)
		return left >= 2 && (u[1] == 0xA0 || u[1] == 0x85) ? 2 : 0;
	if (left < 3)
		return 0;
	if (u[0] == 0xE1)	/* U+1680 */
		return u[1] == 0x9A && u[2] == 0x80 ? 3 : 0;
	if (u[0] == 0xE2)	/* U+2000..200A, 2028, 2029, 202F, 205F */
		return (u[1] == 0x80 && (u[2] <= 0x8A || u[2] == 0xA8 ||
		    u[2] == 0xA9 || u[2] == 0xAF)) ||
		    (u[1] == 0x81 && u[2] == 0x9F) ? 3 : 0;
	if (u[0] == 0xE3)	/* U+3000 */
		return u[1] == 0x80 && u[2] == 0x80 ? 3 : 0;
	return 0;
}

/* the length of a whitespace character ending at s[b], or 0 */
static size_t
ws_len_before(const char *s, size_t a, size_t b)
{
	size_t k;

	for (k = 1; k <= 3 && k <= b - a; k++)
		if (((unsigned char)s[b - k] & 0xC0) != 0x80)
			return ws_len(s, b, b - k) == k ? k : 0;
	return 0;
}

/* bytes that may start a whitespace character */
static const unsigned char maybe_ws[256] = {
	[' '] = 1, ['\t'] = 1, [0xC2] = 1, [0xE1] = 1, [0xE2] = 1, [0xE3] = 1,
};

/* s[a..b) trimmed, its whitespace runs folded to one space, and LF */
static void
put_sentence(struct buf *out, const char *s, size_t a, size_t b)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k, start;

	while (a < b && (k = ws_len(s, b, a)))
		a += k;
	while (b > a && (k = ws_len_before(s, a, b)))
		b -= k;
	if (a == b)
		return;
	/* copy spans that need no change in one go: most of the text,
	 * single spaces included */
	start = a;
	while (a < b) {
		/* eight plain bytes: ASCII, no TAB, no two spaces */
		if (b - a > 8) {
			uint64_t w = swar_load(s + a), sp = swar_eq(w, ' ');

			if (!((w & SWAR_HIGHS) | swar_eq(w, '\t') |
			    (sp & (sp >> 8))) && !(u[a + 7] == ' ' &&
			    maybe_ws[u[a + 8]])) {
				a += 8;
				continue;
			}
		}
		if (!maybe_ws[u[a]] || (u[a] == ' ' && !maybe_ws[u[a + 1]])) {
			a++;
			continue;
		}
		if (!(k = ws_len(s, b, a))) {
			a++;		/* a quote or a dash, not a space */
			continue;
		}
		buf_add(out, s + start, a - start);
		while (a < b && (k = ws_len(s, b, a)))
			a += k;
		buf_addc(out, ' ');
		start = a;
	}
	buf_add(out, s + start, b - start);
	buf_addc(out, '\n');
}

static void
split_line(void *arg, const char *s, size_t n, FILE *fp)
{
	struct ctx *c = arg;
	size_t i, a = 0;

	seg_line(&c->sg, s, n, &c->cuts, &c->scratch);
	buf_clear(&c->out);
	for (i = 0; i <= c->cuts.n; i++) {
		size_t b = i < c->cuts.n ? c->cuts.v[i] : n;

		if (c->cuts.folds) {
			put_sentence(&c->out, s, a, b);
		} else {
			/* single spaces only: trim them and copy */
			size_t a0 = a;

			while (a0 < b && s[a0] == ' ')
				a0++;
			while (b > a0 && s[b - 1] == ' ')
				b--;
			if (a0 < b) {
				buf_add(&c->out, s + a0, b - a0);
				buf_addc(&c->out, '\n');
			}
		}
		a = i < c->cuts.n ? c->cuts.v[i] : n;
	}
	fwrite(c->out.data, 1, c->out.len, fp);
}

static void
run(struct input *in, void *arg)
{
	struct stream_filter f = { NULL, split_line, arg };

	stream_filter_input(in, stdout, &f);
}

static void
load_file(struct segmenter *sg, const char *name)
{
	FILE *fp = fopen(name, "r");
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t got;
	int bad;

	if (!fp)
		die("%s:", name);
	while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, got);
	if (ferror(fp))
		die("%s:", name);
	fclose(fp);
	if ((bad = seg_load(sg, b.data ? b.data : "", b.len)) != 0)
		die("%s:%d: unknown word class", name, bad);
	buf_free(&b);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "abbrev", required_argument, NULL, 'a' },
		{ "lang", required_argument, NULL, 'l' },
		{ "strict", no_argument, NULL, 's' },
		CLI_LONGOPTS_COMMON,
		{ NULL, 0, NULL, 0 }
	};
	struct input_options opts = { 0, 0 };
	struct ctx c;
	const struct abbrev_builtin *lang;
	const char *langname = "en";
	char **files;
	int ch, nfiles = 0, i, status;

	cli_start(argv[0]);
	memset(&c, 0, sizeof c);
	seg_init(&c.sg);
	files = xcalloc((size_t)argc, sizeof *files);
	while ((ch = cli_getopt(argc, argv, "a:hl:V", longopts)) != -1) {
		switch (ch) {
		case 'a':
			files[nfiles++] = optarg;
			break;
		case 'h':
			usage();
			free(files);
			seg_free(&c.sg);
			return cli_finish(0);
		case 'l':
			langname = optarg;
			break;
		case 's':
			opts.strict = 1;
			break;
		case 'V':
			cli_version();
			break;
		}
	}
	if (!(lang = abbrev_find_lang(langname)))
		usage_error("unknown language '%s'", langname);
	if (seg_load(&c.sg, lang->data, lang->len) != 0)
		die("built-in word list of %s is malformed", langname);
	/* the user's words come last, so they can add to any class */
	for (i = 0; i < nfiles; i++)
		load_file(&c.sg, files[i]);
	free(files);

	status = input_each(argc - optind, argv + optind, &opts, run, &c);

	seg_free(&c.sg);
	seg_offsets_free(&c.cuts);
	seg_scratch_free(&c.scratch);
	buf_free(&c.out);
	return cli_finish(status);
}
