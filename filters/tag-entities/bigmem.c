/* bigmem.c: see bigmem.h */
#include <sys/mman.h>

#include "bigmem.h"
#include "err.h"

void *
big_alloc(size_t n)
{
	void *p;

	if (n == 0)
		n = 1;
#ifdef MAP_POPULATE
	p = mmap(NULL, n, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
#else
	p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
	    -1, 0);
#endif
	if (p == MAP_FAILED)
		die("out of memory");
	return p;
}

void
big_free(void *p, size_t n)
{
	if (p)
		munmap(p, n ? n : 1);
}
