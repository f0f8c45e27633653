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
