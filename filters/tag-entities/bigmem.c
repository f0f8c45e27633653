/* bigmem.c: see bigmem.h */
#include <stdint.h>
#include <sys/mman.h>

#include "bigmem.h"
#include "err.h"

#define HUGE_SIZE ((size_t)2 << 20)

void *
big_alloc(size_t n)
{
	unsigned char *p, *q;
	size_t size, i;

	if (n == 0)
		n = 1;
	if (n < HUGE_SIZE) {
#ifdef MAP_POPULATE
		p = mmap(NULL, n, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
#else
		p = mmap(NULL, n, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
#endif
		if (p == MAP_FAILED)
			die("out of memory");
		return p;
	}
	/* a big table is probed at random: on 2 MB pages (where the
	 * kernel has them) its lookups stop missing the TLB.  Map one
	 * huge page more, keep the aligned part, fault it in at once. */
	size = (n + HUGE_SIZE - 1) & ~(HUGE_SIZE - 1);
	p = mmap(NULL, size + HUGE_SIZE, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		die("out of memory");
	q = (unsigned char *)(((uintptr_t)p + HUGE_SIZE - 1) &
	    ~(uintptr_t)(HUGE_SIZE - 1));
	if (q > p)
		munmap(p, (size_t)(q - p));
	if (q + size < p + size + HUGE_SIZE)
		munmap(q + size, (size_t)(p + size + HUGE_SIZE - (q + size)));
#ifdef MADV_HUGEPAGE
	madvise(q, size, MADV_HUGEPAGE);
#endif
	for (i = 0; i < size; i += 4096)
		q[i] = 0;
	return q;
}

void
big_free(void *p, size_t n)
{
	if (!p)
		return;
	if (n >= HUGE_SIZE)
		n = (n + HUGE_SIZE - 1) & ~(HUGE_SIZE - 1);
	munmap(p, n ? n : 1);
}
