/* split-sentences: one sentence per line.
 *
 * Reads the copydesk stream (or plain text), where each text line is a
 * paragraph, and writes each sentence of it on a line of its own.
 * Each document is split by the rules of its own language (its "lang"
 * attribute; -l for documents without one).
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
#include "utf8.h"
#include "xalloc.h"

/* one segmenter per built-in language, all made at start (a few kB each) */
struct ctx {
	struct segmenter *langs;	/* in the order of abbrev_builtin[] */
	size_t nlangs;
	size_t fallback;		/* -l: for documents without lang */
	const struct segmenter *sg;	/* the current document's */
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
	    "  -l, --lang LANG    the language of documents without a lang"
	    " attribute\n"
	    "                     (default en; see the manual for the list)\n"
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
		/* eight plain bytes: ASCII, no TAB, no two spaces.  Eight,
		 * not sixteen: a bytes16.h step in front of this one cost
		 * more than it saved on a sentence's few dozen bytes
		 * (callgrind, 10 MB of news: 208.06 M -> 208.17 M) */
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
		/* a lone ideographic space is CJK typography, kept as it
		 * is ("※1　これは"); only runs and other spaces fold */
		if (k == 3 && u[a] == 0xE3 && !ws_len(s, b, a + 3)) {
			a += 3;
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

	seg_line(c->sg, s, n, &c->cuts, &c->scratch);
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

/* the built-in language of a BCP 47 tag ("de-AT" is de), or -1 */
static long
find_lang(const char *tag)
{
	char primary[9];
	size_t i;
	const struct abbrev_builtin *b;

	for (i = 0; tag[i] && tag[i] != '-' && tag[i] != '_'; i++) {
		if (i == sizeof primary - 1)
			return -1;
		primary[i] = (char)(tag[i] >= 'A' && tag[i] <= 'Z' ?
		    tag[i] + ('a' - 'A') : tag[i]);
	}
	primary[i] = '\0';
	if (!(b = abbrev_find_lang(primary)))
		return -1;
	return (long)(b - abbrev_builtin);
}

/* a document is split by the rules of its lang; without one (or with a
 * language we have no rules for), by those of -l */
static void
begin_doc(void *arg, const struct doc *d)
{
	struct ctx *c = arg;
	const char *lang = doc_get(d, "lang");
	long k = lang ? find_lang(lang) : -1;

	c->sg = &c->langs[k >= 0 ? (size_t)k : c->fallback];
}

static void
run(struct input *in, void *arg)
{
	struct ctx *c = arg;
	struct stream_filter f = { begin_doc, split_line, arg };

	c->sg = &c->langs[c->fallback];

	stream_filter_input(in, stdout, &f);
}

/*
 * A word list is small (the built-in ones are a few kB), so it is read
 * whole, but never without bounds: a file named by mistake (a device, a
 * log, /dev/zero) is refused before it can fill memory.
 */
#define WORDLIST_MAX_SIZE (1024 * 1024)	/* bytes in one file */
#define WORDLIST_MAX_LINE 1024		/* bytes in one line */

/* the number of the first line of s[0..n) that is not well-formed UTF-8
 * without controls (TAB and a CR before the LF allowed); 0 if none */
static size_t
not_text_line(const char *s, size_t n)
{
	const char *end = s + n, *nl;
	size_t lineno = 1, len;

	for (; s < end; s = nl + 1, lineno++) {
		nl = memchr(s, '\n', (size_t)(end - s));
		if (!nl)
			nl = end;
		len = (size_t)(nl - s);
		if (len && s[len - 1] == '\r')
			len--;
		if (utf8_clean_prefix(s, len) != len)
			return lineno;
	}
	return 0;
}

/* a word list of --abbrev, added to every language's; -1 (said) if it
 * cannot be read or is no word list */
static int
load_file(struct ctx *c, const char *name)
{
	FILE *fp = fopen(name, "r");
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t got, i, k, line_len = 0, lineno = 1, skip = 0;
	int bad = -1;

	if (!fp) {
		warning("%s:", name);
		return -1;
	}
	while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		for (i = 0; i < got; i++) {
			if (chunk[i] == '\n') {
				line_len = 0;
				lineno++;
			} else if (++line_len > WORDLIST_MAX_LINE) {
				warning("%s:%zu: line longer than %d bytes: not"
				    " a word list", name, lineno,
				    WORDLIST_MAX_LINE);
				goto out;
			}
		}
		if (got > WORDLIST_MAX_SIZE - b.len) {
			warning("%s: larger than %d bytes: not a word list",
			    name, WORDLIST_MAX_SIZE);
			goto out;
		}
		buf_add(&b, chunk, got);
	}
	if (ferror(fp)) {
		warning("%s:", name);
		goto out;
	}
	if ((lineno = not_text_line(b.data ? b.data : "", b.len))) {
		/* a word with a bad byte could never match (the text's are
		 * repaired), and a NUL ended a word where it stood: a file
		 * named by mistake (a .gz) was taken without a word */
		warning("%s:%zu: invalid UTF-8 or a control character: not a"
		    " word list", name, lineno);
		goto out;
	}
	/* a byte order mark (Windows editors write one) is no part of the
	 * first word: kept, that word could never match */
	if (b.len >= 3 && memcmp(b.data, "\xEF\xBB\xBF", 3) == 0)
		skip = 3;
	/* the user's words count in every language */
	for (k = 0; k < c->nlangs; k++) {
		int line = seg_load(&c->langs[k], b.data ? b.data + skip : "",
		    b.len - skip);

		if (line) {
			warning("%s:%d: unknown word class", name, line);
			goto out;
		}
	}
	bad = 0;
out:
	fclose(fp);
	buf_free(&b);
	return bad;
}

static void
ctx_free(struct ctx *c)
{
	size_t k;

	for (k = 0; k < c->nlangs; k++)
		seg_free(&c->langs[k]);
	free(c->langs);
	seg_offsets_free(&c->cuts);
	seg_scratch_free(&c->scratch);
	buf_free(&c->out);
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
	static const char shortopts[] = "a:hl:V";
	struct input_options opts = { 0, 0 };
	struct ctx c;
	const char *langname = "en";
	int ch, status = 0;
	long fallback;
	size_t k;

	cli_start(argv[0]);
	memset(&c, 0, sizeof c);
	/* every option is checked before anything is allocated, so that a
	 * bad one exits holding nothing; the word lists of --abbrev are
	 * read in a second pass, after the built-in ones */
	while ((ch = cli_getopt(argc, argv, shortopts, longopts)) != -1) {
		switch (ch) {
		case 'h':
			usage();
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
	if ((fallback = find_lang(langname)) < 0)
		usage_error("unknown language '%s'", langname);
	c.fallback = (size_t)fallback;
	while (abbrev_builtin[c.nlangs].lang)
		c.nlangs++;
	c.langs = xcalloc(c.nlangs, sizeof *c.langs);
	for (k = 0; k < c.nlangs; k++) {
		seg_init(&c.langs[k]);
		if (seg_load(&c.langs[k], abbrev_builtin[k].data,
		    abbrev_builtin[k].len) != 0) {
			warning("built-in word list of %s is malformed",
			    abbrev_builtin[k].lang);
			status = 1;
		}
	}
	/* the user's words come last, so they can add to any class, in
	 * the order given (optind 0: glibc's getopt starts over) */
	optind = 0;
	while (!status &&
	    (ch = cli_getopt(argc, argv, shortopts, longopts)) != -1)
		if (ch == 'a' && load_file(&c, optarg) < 0)
			status = 1;
	if (!status)
		status = input_each(argc - optind, argv + optind, &opts, run,
		    &c);
	ctx_free(&c);
	return cli_finish(status);
}
