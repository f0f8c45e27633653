/*
 * libFuzzer target for split-sentences' line splitting, through the
 * filter's own split_line(): sentences are cut only at whitespace, so
 * the output is the line with only its whitespace changed (runs folded,
 * ends trimmed, line ends where sentences end); no output line is empty
 * or starts or ends with a space; tag pairs never cross a sentence.  The
 * first byte picks the language among the built-in ones.
 *
 *   make fuzz        builds build-fuzz/fuzz-split-sentences and runs it
 */
#include <assert.h>
#include <stdint.h>

#define main split_sentences_main
#include "../filters/split-sentences/split-sentences.c"
#undef main

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct ctx c;	/* every language loaded once, as main does */

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	size_t k;

	(void)argc;
	(void)argv;
	cli_start("split-sentences");
	while (abbrev_builtin[c.nlangs].lang)
		c.nlangs++;
	c.langs = xcalloc(c.nlangs, sizeof *c.langs);
	for (k = 0; k < c.nlangs; k++) {
		seg_init(&c.langs[k]);
		assert(seg_load(&c.langs[k], abbrev_builtin[k].data,
		    abbrev_builtin[k].len) == 0);
	}
	return 0;
}

/* s[0..n) without its whitespace (what ws_len calls whitespace) and LFs */
static void
no_space(struct buf *out, const char *s, size_t n)
{
	size_t i = 0, k;

	buf_clear(out);
	while (i < n) {
		if (s[i] == '\n')
			k = 1;
		else if (!(k = ws_len(s, n, i))) {
			buf_addc(out, s[i++]);
			continue;
		}
		i += k;
	}
}

/* the tag pairs in s[0..n), counted as stream_strip_tags finds them */
static size_t
pairs(const char *s, size_t n)
{
	struct tag_span t;
	size_t pos, count = 0;

	for (pos = 0; stream_next_tag(s, n, pos, &t); pos = t.end)
		count++;
	return count;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf line = BUF_INIT, a = BUF_INIT, b = BUF_INIT;
	struct utf8_repairs r = { 0, 0 };
	FILE *out;
	char *text = NULL, *p, *nl;
	size_t textlen = 0, npairs = 0;

	if (size < 1)
		return 0;
	c.sg = &c.langs[data[0] % c.nlangs];
	/* what the line reader hands over: valid UTF-8, no LF, no C0 */
	utf8_repair(&line, (const char *)data + 1, size - 1, &r);
	out = open_memstream(&text, &textlen);
	assert(out);
	split_line(&c, line.data ? line.data : "", line.len, out);
	fclose(out);

	no_space(&a, line.data ? line.data : "", line.len);
	no_space(&b, text, textlen);
	assert(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
	for (p = text; p < text + textlen; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(text + textlen - p));
		assert(nl && nl > p);
		assert(!ws_len(p, (size_t)(nl - p), 0));
		assert(!ws_len_before(p, 0, (size_t)(nl - p)));
		npairs += pairs(p, (size_t)(nl - p));
	}
	assert(npairs == pairs(line.data ? line.data : "", line.len));
	free(text);
	buf_free(&line);
	buf_free(&a);
	buf_free(&b);
	return 0;
}
