/* check.h: the few macros the C unit tests need.  Each test program
 * prints "name: N passed, M failed" and exits 1 if anything failed. */
#ifndef COPYDESK_CHECK_H
#define COPYDESK_CHECK_H

#include <stdio.h>
#include <string.h>

static int checks_passed, checks_failed;

#define CHECK(cond) do { \
	if (cond) { \
		checks_passed++; \
	} else { \
		checks_failed++; \
		fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, \
		    #cond); \
	} \
} while (0)

/* compare a length-carrying result with an expected C string */
#define CHECK_MEM(got, gotlen, want) do { \
	size_t want_len_ = strlen(want); \
	if ((gotlen) == want_len_ && memcmp((got), (want), want_len_) == 0) { \
		checks_passed++; \
	} else { \
		checks_failed++; \
		fprintf(stderr, "%s:%d: got \"%.*s\", want \"%s\"\n", \
		    __FILE__, __LINE__, (int)(gotlen), (got), (want)); \
	} \
} while (0)

#define CHECK_STR(got, want) CHECK_MEM((got), strlen(got), (want))

/* the repository's top folder, for a test that reads the tree's data
 * files: argv[0] is TOP/BUILD/test/NAME, so three folders up; written to
 * top (size bytes; a path cut short makes the test's reads fail loudly) */
static inline void
check_top(int argc, char *argv[], char *top, size_t size)
{
	const char *self = argc > 0 ? argv[0] : "";
	char *slash;
	int up;

	snprintf(top, size, "%s%s", self[0] == '/' ? "" : "./", self);
	for (up = 0; up < 3 && (slash = strrchr(top, '/')); up++)
		*slash = '\0';
}

static inline int
check_report(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, checks_passed,
	    checks_failed);
	return checks_failed != 0;
}

#endif
