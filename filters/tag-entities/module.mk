# tag-entities: names, dates, times, sums and percentages, tagged inline.

# a rule of ours must not become the default goal
all:

FILTERS += tag-entities
TE = filters/tag-entities
TE_GEN = $(B)/gen/tag-entities
TE_PARTS = $(TE)/tagger.c $(TE)/tokenize.c $(TE)/rules.c $(TE)/words.c $(TE)/lang.c $(TE)/gazetteer.c \
	$(TE)/sent.c $(TE)/feat.c $(TE)/post.c $(TE)/memory.c $(TE)/bigmem.c $(TE)/names-model.c \
	$(TE_GEN)/model-data.c $(TE_GEN)/model-pt-data.c \
	$(TE_GEN)/gazetteer-data.c $(TE_GEN)/words-data.c
tag-entities_SRCS = $(TE)/tag-entities.c $(TE_PARTS)
tag-entities_TESTS = $(TE)/test-tokenize.c $(TE)/test-tagger.c

# the gazetteer: the word lists of data/ only (the iso-codes subset it
# uses is vendored there), so the build does not depend on the host
$(TE_GEN)/gazetteer-data.c: $(TE)/gen-gazetteer.sh $(TE)/words.h \
    $(wildcard $(TE)/data/*.txt)
	@mkdir -p $(@D)
	sh $(TE)/gen-gazetteer.sh $(TE)/data > $@.tmp
	mv $@.tmp $@
$(B)/obj/$(TE_GEN)/gazetteer-data.o: CPPFLAGS += -I$(TE)

# the word classes of each language: data/LANG-words.txt and signs.txt
$(TE_GEN)/words-data.c: $(TE)/gen-words.sh $(TE)/data/signs.txt \
    $(wildcard $(TE)/data/*-words.txt)
	@mkdir -p $(@D)
	sh $(TE)/gen-words.sh $(TE)/data > $@.tmp
	mv $@.tmp $@
$(B)/obj/$(TE_GEN)/words-data.o: CPPFLAGS += -I$(TE)

# the built-in model: model.bin (checked in; format in model.h) as a C
# array
$(TE_GEN)/model-data.c: $(TE)/gen-model.sh $(TE)/model.bin
	@mkdir -p $(@D)
	sh $(TE)/gen-model.sh $(TE)/model.bin > $@.tmp
	mv $@.tmp $@
$(B)/obj/$(TE_GEN)/model-data.o: CPPFLAGS += -I$(TE)
# a language's model: model-LANG.bin, as te_model_LANG_blob
$(TE_GEN)/model-%-data.c: $(TE)/gen-model.sh $(TE)/model-%.bin
	@mkdir -p $(@D)
	sh $(TE)/gen-model.sh $(TE)/model-$*.bin $* > $@.tmp
	mv $@.tmp $@
$(B)/obj/$(TE_GEN)/model-pt-data.o: CPPFLAGS += -I$(TE)

# the trainer (train/train.c) links the tagger's parts, for the very
# features the tagger computes
TE_TRAIN_OBJS = $(patsubst %.c,$(B)/obj/%.o,$(TE)/train/train.c $(TE_PARTS))
$(B)/obj/$(TE)/train/train.o: CPPFLAGS += -I$(TE)
$(B)/tools/te-train: $(TE_TRAIN_OBJS) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(TE_TRAIN_OBJS) $(LIB) $(LDLIBS)

# `make model`: retrain model.bin and model-pt.bin from the training data in train/ (byte
# for byte the checked-in one unless data, features or trainer changed).
# Not part of `make` or `make test`: it takes a few minutes.
TE_TRAIN_DATA = $(TE)/train/gmb.txt.gz $(TE)/train/wikigold.txt.gz \
	$(TE)/train/ewt-dev.txt.gz
# Portuguese: UNER Portuguese-Bosque train, made by train/prepare-langs.py
TE_TRAIN_DATA_PT = $(TE)/train/pt-bosque-train.txt.gz
# chosen on Bosque dev (bench/eval-tag-entities-langs.sh): no lower-case
# copies (Bosque has no web text), ten epochs
TE_TRAIN_PT = -L pt -l 0 -r 10 -e 10
model: $(B)/tools/te-train
	@mkdir -p $(TE_GEN)
	gzip -dc $(TE_TRAIN_DATA) > $(TE_GEN)/train.txt
	$(B)/tools/te-train -l 5 -r 10 -o $(TE_GEN)/model.bin.tmp \
	    $(TE_GEN)/train.txt
	mv $(TE_GEN)/model.bin.tmp $(TE)/model.bin
	gzip -dc $(TE_TRAIN_DATA_PT) > $(TE_GEN)/train-pt.txt
	$(B)/tools/te-train $(TE_TRAIN_PT) -o $(TE_GEN)/model-pt.bin.tmp \
	    $(TE_GEN)/train-pt.txt
	mv $(TE_GEN)/model-pt.bin.tmp $(TE)/model-pt.bin
	@$(MAKE) --no-print-directory all

.PHONY: model

# make eval runs the cross-validation that chose the training settings
# (bench/eval-tag-entities-cv.sh), which trains with te-train
eval: $(B)/tools/te-train
