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
