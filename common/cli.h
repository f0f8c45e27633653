/* cli.h: what every copydesk command does at start and at exit. */
#ifndef COPYDESK_CLI_H
#define COPYDESK_CLI_H

#include <getopt.h>

/* the long options every filter has; their short forms are 'h' and 'V' */
#define CLI_LONGOPTS_COMMON \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, 'V' }

/*
 * Set the program name and restore the default SIGPIPE action, so that
 * "filter big | head -1" ends quietly even if our parent ignored SIGPIPE.
 */
void cli_start(const char *argv0);

/*
 * getopt_long with one voice: getopt's own messages are off, and a bad
 * option or a missing argument is one usage error (exit 2),
 * "prog: bad option or missing argument: --lang", naming the option as
 * the user wrote it; an argument given to an option that takes none is
 * "prog: option takes no argument: --article=3".  Returns the next
 * option, or -1 after the last.
 */
int cli_getopt(int argc, char *const argv[], const char *shortopts,
    const struct option *longopts);

/* "prog (copydesk) VERSION" on stdout, then exit 0 via cli_finish */
void cli_version(void);

/*
 * The decimal number s, from min to max; anything else (a sign, a suffix,
 * an empty string, overflow) is a usage error naming the option opt.
 */
unsigned long long cli_number(const char *opt, const char *s,
    unsigned long long min, unsigned long long max);

/*
 * Flush standard output and check it: a write error (a full disk) is
 * reported and makes the status 1.  Returns the status to exit with.
 */
int cli_finish(int status);

#endif
