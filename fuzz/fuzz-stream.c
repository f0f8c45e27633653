/*
 * libFuzzer target for the stream machinery in common/: the escape rule
 * must be a bijection, <doc> lines must survive parse -> format -> parse,
 * repair must always give valid UTF-8 without C0 controls, and tag
 * stripping must leave exactly the text between the tags.
 *
 *   make fuzz        builds build-fuzz/fuzz-stream and runs it for 60 s
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>

#include "stream.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct buf a = BUF_INIT, b = BUF_INIT, c = BUF_INIT;
	struct utf8_repairs r = { 0, 0 };
	struct doc d = DOC_INIT, d2 = DOC_INIT;
	struct tag_span t;
	size_t i, pos;

	/* repair gives valid UTF-8 with no C0 but TAB */
	utf8_repair(&a, s, size, &r);
	assert(utf8_valid(a.data, a.len));
	for (i = 0; i < a.len; i++)
		assert((unsigned char)a.data[i] >= 0x20 || a.data[i] == '\t');

	/* escape then unescape is the identity */
	stream_escape(&b, s, size);
	stream_unescape(&c, b.data, b.len);
	assert(c.len == size && memcmp(c.data, s, size) == 0);

	/* escaped text holds no tags and never reads as a <doc> line */
	assert(!stream_next_tag(b.data, b.len, 0, &t));
	assert(stream_line_kind(b.data, b.len) != LINE_DOC_OPEN ||
	    memchr(s, '\n', size));

	/* tags found lie inside the line and in order */
	for (pos = 0; stream_next_tag(s, size, pos, &t); pos = t.end)
		assert(t.start >= pos && t.text_start <= t.text_end &&
		    t.end <= size);

	/* a parsed <doc> line formats to one that parses the same */
	if (doc_parse(&d, a.data, a.len) == 0) {
		buf_clear(&b);
		doc_format(&b, &d);
		assert(doc_parse(&d2, b.data, b.len) == 0);
		assert(d.n == d2.n);
		for (i = 0; i < d.n; i++) {
			assert(strcmp(d.attrs[i].name, d2.attrs[i].name) == 0);
			assert(strcmp(d.attrs[i].value, d2.attrs[i].value) == 0);
		}
	}
	doc_free(&d);
	doc_free(&d2);
	buf_free(&a);
	buf_free(&b);
	buf_free(&c);
	return 0;
}
