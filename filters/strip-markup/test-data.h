/* test-data.h: reading the html5lib data files, for strip-markup's tests. */
#ifndef COPYDESK_TEST_DATA_H
#define COPYDESK_TEST_DATA_H

#include <stdio.h>

#include "buf.h"

/* the whole file at path appended to b; -1 if it cannot be opened */
static inline int
read_file(const char *path, struct buf *b)
{
	FILE *fp = fopen(path, "rb");
	char chunk[65536];
	size_t n;

	if (!fp)
		return -1;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(b, chunk, n);
	fclose(fp);
	return 0;
}

#endif
