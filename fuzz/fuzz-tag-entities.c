/*
 * libFuzzer target for tag-entities, through the filter's own tagger
 * with the built-in models: on a line without stray tags (what the stream
 * format promises), the tags removed give back the line, and a second run
 * over the output changes nothing.  The input's first byte picks the
 * document's language, so that every language's rules and model are
 * fuzzed (those with a name model and those with words only).
 *
 *   make fuzz        builds build-fuzz/fuzz-tag-entities and runs it
 */
#include <assert.h>
#include <stdint.h>

#define main tag_entities_main
#include "../filters/tag-entities/tag-entities.c"
#undef main

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct tagger tagger;	/* the model is loaded once */

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	cli_start("tag-entities");
	tagger_open(&tagger, NULL, NULL, 1, (1u << ENT_NTYPES) - 1);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf line = BUF_INIT, plain = BUF_INIT, once = BUF_INIT;
	struct buf twice = BUF_INIT, back = BUF_INIT;
	struct utf8_repairs r = { 0, 0 };
	static const char *const langs[] = { "en", "pt", "de", "es", "fr",
	    "it" };
	const char *code = langs[size ? data[0] % 6 : 0];
	const struct lang *lang = lang_find(code, strlen(code));

	if (size) {
		data++;
		size--;
	}
	/* what the line reader hands over: valid UTF-8, no LF, no C0 */
	utf8_repair(&line, (const char *)data, size, &r);
	if (!line.data)
		buf_adds(&line, "");
	stream_strip_tags(&plain, line.data, line.len);
	if (stream_stray_tags(plain.data ? plain.data : "", plain.len))
		goto out;	/* a stray may pair with a tag we add */

	tagger_doc(&tagger, lang);
	tagger_line(&tagger, line.data, line.len);
	tagger_format(&tagger, &once);
	/* the tags removed give back the line (its own tags removed) */
	stream_strip_tags(&back, once.data ? once.data : "", once.len);
	assert(back.len == plain.len &&
	    memcmp(back.data ? back.data : "", plain.data ? plain.data : "",
	    plain.len) == 0);
	/* a second run changes nothing */
	tagger_doc(&tagger, lang);
	tagger_line(&tagger, once.data ? once.data : "", once.len);
	tagger_format(&tagger, &twice);
	assert(twice.len == once.len &&
	    memcmp(twice.data ? twice.data : "", once.data ? once.data : "",
	    once.len) == 0);
out:
	buf_free(&line);
	buf_free(&plain);
	buf_free(&once);
	buf_free(&twice);
	buf_free(&back);
	return 0;
}
