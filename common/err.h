/* err.h: the one error idiom of copydesk.
 *
 * Every message is "prog: text" on stderr.  A format that ends in ':' gets
 * ": strerror(errno)" appended, as in sbase's eprintf.
 */
#ifndef COPYDESK_ERR_H
#define COPYDESK_ERR_H

#include <stdnoreturn.h>

void setprogname(const char *argv0);
const char *progname(void);

/* print the message and exit 1 */
noreturn void die(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* print the message and go on */
void warning(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* print the message, then "Try 'prog --help'", and exit 2 */
noreturn void usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* "Try 'prog --help'" and exit 2, after a message given with warning():
 * for a caller that frees what the message was made of first */
noreturn void usage_exit(void);

#endif
