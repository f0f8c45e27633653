#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* what names_long_option found */
enum long_error {
	NOT_LONG,		/* not a long option that answers val */
	MISSING_ARGUMENT,	/* "--lang" without its argument */
	ARGUMENT_TO_FLAG	/* "--article=3": the option takes none */
};

/*
 * Whether arg ("--la" or "--article=3", as typed) names a long option
 * that answers val: then the error (a missing argument, or one given to
 * an option that takes none) was the long option's, and naming it by its
 * short letter would show the user something they did not type.
 */
static enum long_error
names_long_option(const char *arg, const struct option *longopts, int val)
{
	const char *eq;
	size_t n;

	if (strncmp(arg, "--", 2) != 0)
		return NOT_LONG;
	arg += 2;
	eq = strchr(arg, '=');
	n = eq ? (size_t)(eq - arg) : strlen(arg);
	for (; longopts && longopts->name; longopts++)
		if (longopts->val == val &&
		    (eq ? longopts->has_arg == no_argument :
		    longopts->has_arg == required_argument) &&
		    strncmp(longopts->name, arg, n) == 0)
			return eq ? ARGUMENT_TO_FLAG : MISSING_ARGUMENT;
	return NOT_LONG;
}

int
cli_getopt(int argc, char *const argv[], const char *shortopts,
    const struct option *longopts)
{
	const char *arg;
	enum long_error e;
	int ch;

	opterr = 0;	/* getopt's message would come beside ours */
	ch = getopt_long(argc, argv, shortopts, longopts, NULL);
	if (ch != '?' && ch != ':')
		return ch;
	/*
	 * A long option is always consumed whole, so argv[optind - 1] is
	 * it; a short one may sit inside a cluster ("-xq"), so it is named
	 * by optopt.  An unknown long option leaves optopt 0.
	 */
	arg = optind > 0 && optind <= argc ? argv[optind - 1] : "";
	e = optopt == 0 ? NOT_LONG : names_long_option(arg, longopts, optopt);
	/* a known option given what it does not take: say so, rather than
	 * leave the user to guess which of "bad" or "missing" it was */
	if (e == ARGUMENT_TO_FLAG)
		usage_error("option takes no argument: %s", arg);
	if (optopt == 0 || e == MISSING_ARGUMENT ||
	    optopt <= ' ' || optopt >= 127)
		usage_error("bad option or missing argument: %s", arg);
	usage_error("bad option or missing argument: -%c", optopt);
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
