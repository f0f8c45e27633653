# copydesk: Unix filters that turn article dumps into clean text,
# sentences, entities and CSV.  See README.md.
#
#   make            build the filters into build/bin
#   make demo       install what is missing, build, run the chain on samples/
#   make test       install what is missing, build, run every test
#   make check      make test, then the LibreOffice spreadsheet round trip
#   make install    PREFIX=/usr/local DESTDIR=
#   make bench      speed and memory beside the peers (slow; not a test)
#   make eval       accuracy against the gold data in ../shared (optional)

.DEFAULT_GOAL := all

VERSION = 0.1.0
PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
SHAREDIR = $(PREFIX)/share/copydesk
LIBEXECDIR = $(PREFIX)/libexec/copydesk

CC = cc
CFLAGS = -O2 -g
WARNFLAGS = -std=c17 -Wall -Wextra -Werror
CPPFLAGS = -D_GNU_SOURCE -Icommon -DVERSION='"$(VERSION)"'
LDFLAGS =
LDLIBS = -lutf8proc -lm -lz

# B is the build directory: "make B=build-asan CFLAGS=..." keeps builds apart
B = build
ALL_CFLAGS = $(WARNFLAGS) $(CPPFLAGS) $(CFLAGS)

COMMON_SRCS = $(wildcard common/*.c)
COMMON_OBJS = $(COMMON_SRCS:%.c=$(B)/obj/%.o)
LIB = $(B)/libcopydesk.a

FILTERS =
UNIT_TESTS = $(patsubst tests/unit/%.c,$(B)/test/%,$(wildcard tests/unit/test-*.c))
MANPAGES = $(wildcard man/*.[1-9])

# Each filter's folder has a module.mk that adds its name to FILTERS and
# sets NAME_SRCS (NAME.c holds main), NAME_LDLIBS, and NAME_TESTS (unit
# test programs linked with the filter's other objects), plus rules for the
# files it generates.
include $(sort $(wildcard filters/*/module.mk))

BINS = $(FILTERS:%=$(B)/bin/%)

# the runner beside the filters, with build/ laid out as an installation
# (bin, libexec/copydesk, share/copydesk), so that after make
# "PATH=$PWD/build/bin:$PATH copydesk ..." works from a checkout
OPTION_TABLES = $(wildcard filters/*/options)
RUNNER = $(B)/bin/copydesk $(B)/libexec/copydesk/job \
	$(B)/libexec/copydesk/progress \
	$(patsubst pipelines/%,$(B)/share/copydesk/pipelines/%,$(wildcard pipelines/*)) \
	$(patsubst filters/%/options,$(B)/share/copydesk/options/%,$(OPTION_TABLES))

all: $(BINS) $(RUNNER)

$(B)/bin/copydesk: scripts/copydesk Makefile
	@mkdir -p $(@D)
	sed 's|@VERSION@|$(VERSION)|' scripts/copydesk >$@.tmp
	chmod 755 $@.tmp
	mv -f $@.tmp $@
$(B)/libexec/copydesk/%: scripts/copydesk-%
	@mkdir -p $(@D)
	install -m 755 $< $@
$(B)/share/copydesk/pipelines/%: pipelines/%
	@mkdir -p $(@D)
	install -m 644 $< $@
$(B)/share/copydesk/options/%: filters/%/options
	@mkdir -p $(@D)
	install -m 644 $< $@

$(B)/obj/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(LIB): $(COMMON_OBJS)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $(COMMON_OBJS)

define filter_rules
$(1)_OBJS = $$(patsubst %.c,$(B)/obj/%.o,$$($(1)_SRCS))
$(1)_PARTS = $$(filter-out $(B)/obj/filters/$(1)/$(1).o,$$($(1)_OBJS))
$(B)/bin/$(1): $$($(1)_OBJS) $(LIB)
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) -o $$@ $$($(1)_OBJS) $(LIB) $$($(1)_LDLIBS) $$(LDLIBS)
$$(patsubst filters/$(1)/%.c,$(B)/test/%,$$($(1)_TESTS)): $(B)/test/%: $(B)/obj/filters/$(1)/%.o $$($(1)_PARTS) $(LIB)
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) -o $$@ $$^ $$($(1)_LDLIBS) $$(LDLIBS)
UNIT_TESTS += $$(patsubst filters/$(1)/%.c,$(B)/test/%,$$($(1)_TESTS))
endef
$(foreach f,$(FILTERS),$(eval $(call filter_rules,$(f))))

$(B)/test/%: $(B)/obj/tests/unit/%.o $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

-include $(shell find $(B) -name '*.d' 2>/dev/null)

deps:
	@scripts/install-deps build

# the ssh group: the --hosts tests run their own sshd on 127.0.0.1 (Debian's
# openssh-server also enables the system's sshd when installed; README
# says so)
test-deps:
	@scripts/install-deps build test ssh

# every test: C unit tests, then the bats suites; a clang build checks
# that the code is warning-free there too.  The two builds are half the
# time of a fresh checkout's make test, so they use every core unless make
# was given its own -j
TEST_JOBS = $(if $(findstring -j,$(MAKEFLAGS)),,-j$(shell nproc 2>/dev/null || echo 1))
test: test-deps
	@$(MAKE) --no-print-directory $(TEST_JOBS) all units
	@$(MAKE) --no-print-directory $(TEST_JOBS) B=$(B)-clang CC=clang all units >/dev/null
	@$(MAKE) --no-print-directory fuzz-compiles
	@tests/run $(B) $(UNIT_TESTS:$(B)/%=%)

# the fuzz harnesses still compile against the code they include (make
# fuzz is not part of make test; a harness that no longer builds would go
# unnoticed): clang, without linking libFuzzer
fuzz-compiles:
	@for f in fuzz/fuzz-*.c; do \
	    clang $(ALL_CFLAGS) -fsyntax-only "$$f" || exit 1; done

units: $(UNIT_TESTS)

# make test and the checks too slow for it: the spreadsheet round trip
# through LibreOffice Calc
check: test check-spreadsheet

# the same suite under AddressSanitizer and UndefinedBehaviorSanitizer
test-sanitize: test-deps
	@$(MAKE) --no-print-directory $(TEST_JOBS) B=$(B)-asan \
	    CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
	    all units
	@ASAN_OPTIONS=detect_leaks=1 tests/run $(B)-asan $(UNIT_TESTS:$(B)/%=%)

# every filter under valgrind, on the samples and on the error paths of
# its command line: nothing still held at exit (slow: not in make test)
test-valgrind: all
	@scripts/install-deps build bench
	@tests/valgrind.sh $(B)/bin

demo: deps
	@$(MAKE) --no-print-directory all
	@scripts/demo $(B)/bin

bench: all
	@scripts/install-deps build bench
	@for f in bench/bench-*.sh; do [ -e "$$f" ] || continue; sh "$$f" $(B)/bin || exit 1; done

# accuracy on gold data: ../shared (SHARED=...) and, for
# eval-article-web.sh, trafilatura's evaluation pages (WEB_EVAL=its tests/
# folder), for eval-split-sentences.sh the UD PUD test files (UD_PUD=a
# folder of LANG_pud-ud-test.conllu), for eval-dates.sh the rest of
# htmldate's evaluation (DATES_EVAL=its tests/ folder); each skipped when
# unset
eval: all
	@for f in bench/eval-*.sh; do [ -e "$$f" ] || continue; sh "$$f" $(B)/bin || exit 1; done

# the spreadsheet round trip through LibreOffice Calc (slow: not in make test)
check-spreadsheet: all
	@scripts/install-deps build test spreadsheet
	@for f in tests/spreadsheet/*.sh; do [ -e "$$f" ] || continue; sh "$$f" $(B)/bin || exit 1; done

# coverage-guided fuzzing with libFuzzer (clang, ASan, UBSan): the stream
# machinery of common/ and each filter whole (fuzz/fuzz-*.c says what each
# checks).  Each runs FUZZTIME seconds on a corpus kept in $(B)-fuzz/corpus
# and seeded from samples/ and tests/data; a failure leaves its input in
# $(B)-fuzz/crashes/ and stops.  FUZZ="stream tag-entities" runs only those.
FUZZTIME = 60
FUZZ = stream strip-markup split-sentences tag-entities
FUZZ_FLAGS = -O1 -g -fsanitize=fuzzer-no-link,address,undefined
fuzz:
	@$(MAKE) --no-print-directory B=$(B)-fuzz CC=clang CFLAGS='$(FUZZ_FLAGS)' \
	    $(FUZZ:%=$(B)-fuzz/fuzz/fuzz-%)
	@$(foreach t,$(FUZZ),fuzz/run.sh $(B)-fuzz $(t) $(FUZZTIME) $(FUZZ_SEEDS_$(t)) &&) true

# the seeds of each harness's corpus (folders)
FUZZ_SEEDS_stream = tests/data/to-csv tests/data/tag-entities
FUZZ_SEEDS_strip-markup = samples tests/data/strip-markup tests/data/dumps
FUZZ_SEEDS_split-sentences = tests/data/split-sentences samples
FUZZ_SEEDS_tag-entities = tests/data/tag-entities

# a harness links the library and the filter's objects but its main (it
# includes NAME.c itself, to reach the filter's static functions)
$(B)/fuzz/fuzz-stream: fuzz/fuzz-stream.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB) $(LDLIBS)
$(B)/fuzz/fuzz-%: fuzz/fuzz-%.c $(LIB) $(BINS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $($*_PARTS) $(LIB) \
	    $($*_LDLIBS) $(LDLIBS)

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(SHAREDIR)/pipelines \
	    $(DESTDIR)$(SHAREDIR)/options $(DESTDIR)$(LIBEXECDIR)
	cp -f $(BINS) $(DESTDIR)$(BINDIR)/
	sed -e 's|@VERSION@|$(VERSION)|' -e 's|@SHAREDIR@|$(SHAREDIR)|' \
	    -e 's|@LIBEXECDIR@|$(LIBEXECDIR)|' \
	    scripts/copydesk >$(DESTDIR)$(BINDIR)/copydesk
	chmod 755 $(DESTDIR)$(BINDIR)/copydesk
	cp -f $(B)/libexec/copydesk/* $(DESTDIR)$(LIBEXECDIR)/
	cp -f $(B)/share/copydesk/pipelines/* $(DESTDIR)$(SHAREDIR)/pipelines/
	cp -f $(B)/share/copydesk/options/* $(DESTDIR)$(SHAREDIR)/options/
	for m in $(MANPAGES); do \
	    s=$${m##*.}; cp -f $$m $(DESTDIR)$(MANDIR)/man$$s/; done

uninstall:
	for f in $(FILTERS) copydesk; do rm -f $(DESTDIR)$(BINDIR)/$$f; done
	for p in pipelines/*; do \
	    rm -f $(DESTDIR)$(SHAREDIR)/pipelines/$${p##*/}; done
	for f in $(OPTION_TABLES); do \
	    f=$${f#filters/}; rm -f $(DESTDIR)$(SHAREDIR)/options/$${f%/options}; done
	rm -f $(DESTDIR)$(LIBEXECDIR)/job $(DESTDIR)$(LIBEXECDIR)/progress
	-rmdir $(DESTDIR)$(SHAREDIR)/pipelines $(DESTDIR)$(SHAREDIR)/options \
	    $(DESTDIR)$(SHAREDIR) $(DESTDIR)$(LIBEXECDIR)
	for m in $(MANPAGES); do \
	    s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done

clean:
	rm -rf $(B) $(B)-clang $(B)-asan $(B)-fuzz articles.csv

# generated sources and test objects are kept: deleting them as
# intermediates made the next make rebuild and relink for nothing
.SECONDARY:

.PHONY: all deps test-deps test fuzz-compiles check units test-sanitize test-valgrind demo bench eval check-spreadsheet fuzz install uninstall clean
