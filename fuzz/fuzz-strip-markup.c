/*
 * libFuzzer target for the whole of strip-markup: page splitting, charset
 * sniffing and decoding, the tokenizer, plain text, metadata, article
 * mode and streaming of big documents, run through the filter's own
 * on_input().  The first byte picks the options (article, alt, no-doc, a
 * small --max-doc-size, a forced charset); the rest is the input.
 *
 * What must hold for any input: the output is valid UTF-8 with no control
 * character but LF; with <doc> lines, each parses and is closed; a text
 * line never reads as a <doc> line and holds no entity tag (the escape
 * rule); paragraphs are trimmed and have no double space.
 *
 *   make fuzz        builds build-fuzz/fuzz-strip-markup and runs it
 */
#include <assert.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

/* the filter itself, its main renamed out of the way */
#define main strip_markup_main
#include "../filters/strip-markup/strip-markup.c"
#undef main

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* forced charsets to try, by the top four bits of the first byte */
/* the input goes through input_each() (gzip detection, the per-input
 * report) as a file: this memory file, rewritten for each run */
static int memfd = -1;
static char memfd_path[64];

static const char *const charsets[16] = {
	NULL, NULL, NULL, NULL, NULL, NULL, "utf-8", "windows-1252",
	"gbk", "shift_jis", "iso-2022-jp", "euc-kr", "utf-16le", "big5",
	"koi8-r", "iso-2022-kr",
};

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	cli_start("strip-markup");
	/* the filter's warnings (not the sanitizers', which write to fd 2) */
	stderr = fopen("/dev/null", "w");
	memfd = memfd_create("fuzz-strip-markup", 0);
	assert(memfd >= 0);
	snprintf(memfd_path, sizeof memfd_path, "/dev/fd/%d", memfd);
	return 0;
}

/* the checks on what one run wrote */
static void
check_output(const char *s, size_t n, int no_doc)
{
	struct doc d = DOC_INIT;
	const char *nl;
	size_t i, len;
	int open = 0;

	assert(utf8_valid(s, n));
	for (i = 0; i < n; i++)
		assert((unsigned char)s[i] >= 0x20 || s[i] == '\n');
	assert(n == 0 || s[n - 1] == '\n');
	for (i = 0; i < n; i += len + 1) {
		nl = memchr(s + i, '\n', n - i);
		len = (size_t)(nl - (s + i));
		switch (stream_line_kind(s + i, len)) {
		case LINE_DOC_OPEN:
			assert(!no_doc && !open);
			assert(doc_parse(&d, s + i, len) == 0);
			open = 1;
			break;
		case LINE_DOC_CLOSE:
			assert(!no_doc && open);
			open = 0;
			break;
		case LINE_BLANK:
			assert(len == 0);
			break;
		case LINE_TEXT: {
			struct tag_span t;

			assert(no_doc || open);
			assert(!stream_next_tag(s + i, len, 0, &t));
			assert(stream_stray_tags(s + i, len) == 0);
			assert(s[i] != ' ' && s[i + len - 1] != ' ');
			assert(!memmem(s + i, len, "  ", 2));
			break;
		}
		}
	}
	assert(!open);
	doc_free(&d);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct options opt;
	struct ctx c;
	char *operands[] = { memfd_path };
	FILE *out, *saved = stdout;
	char *text = NULL;
	size_t textlen = 0;
	unsigned flags;
	const char *cs;

	if (size < 1)
		return 0;
	flags = data[0];
	data++;
	size--;

	memset(&opt, 0, sizeof opt);
	opt.html.article = flags & 1;
	opt.html.alt = flags >> 1 & 1;
	opt.no_doc = flags >> 2 & 1;
	/* small documents are streamed, as big ones are */
	opt.max_doc = flags & 8 ? 1024 : DEFAULT_MAX_DOC;
	cs = charsets[flags >> 4];
	opt.charset = cs ? charset_from_label(cs, strlen(cs)) : CS_NONE;
	opt.input.max_line = TEXT_MAX_PARA;

	ctx_init(&c, &opt);

	assert(ftruncate(memfd, 0) == 0);
	assert(pwrite(memfd, data, size, 0) == (ssize_t)size);
	out = open_memstream(&text, &textlen);
	assert(out);
	stdout = out;
	input_each(1, operands, &opt.input, on_input, &c);
	fflush(out);
	stdout = saved;
	check_output(text, textlen, opt.no_doc);
	fclose(out);
	free(text);

	ctx_free(&c);
	return 0;
}
