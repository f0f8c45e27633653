#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"
#include "err.h"

#ifndef VERSION
#define VERSION "unknown"
#endif

void
cli_start(const char *argv0)
{
	setprogname(argv0);
	signal(SIGPIPE, SIG_DFL);
}

void
cli_version(void)
{
	printf("%s (copydesk) %s\n", progname(), VERSION);
	exit(cli_finish(0));
}

unsigned long long
cli_number(const char *opt, const char *s, unsigned long long min,
    unsigned long long max)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (*s < '0' || *s > '9' || *end || errno || v < min || v > max)
		usage_error("%s: '%s' is not a number from %llu to %llu",
		    opt, s, min, max);
	return v;
}

int
cli_finish(int status)
{
	int failed = fflush(stdout) != 0 || ferror(stdout);

	/* fclose also reports errors that only show at close (NFS, quota) */
	if (fclose(stdout) != 0)
		failed = 1;
	if (failed) {
		if (errno == EPIPE)
			_exit(status ? status : 1);	/* a reader left */
		warning("write error:");
		return 1;
	}
	return status;
}
