# tag-entities: names, dates, times, sums and percentages, tagged inline.

# a rule of ours must not become the default goal
all:

FILTERS += tag-entities
TE = filters/tag-entities
TE_PARTS = $(TE)/tagger.c $(TE)/tokenize.c $(TE)/rules.c $(TE)/gazetteer.c \
	$(TE)/feat.c $(TE)/post.c $(TE)/bigmem.c $(TE)/names-model.c $(TE)/model-data.c \
	$(B)/gen/tag-entities/gazetteer-data.c
tag-entities_SRCS = $(TE)/tag-entities.c $(TE_PARTS)
tag-entities_TESTS = $(TE)/test-tokenize.c $(TE)/test-tagger.c

# the gazetteer: data/ in the repo plus Debian iso-codes (build group)
ISO_CODES = /usr/share/iso-codes/json
$(B)/gen/tag-entities/gazetteer-data.c: $(TE)/gen-gazetteer.sh \
    $(wildcard $(TE)/data/*.txt)
	@mkdir -p $(@D)
	sh $(TE)/gen-gazetteer.sh $(TE)/data $(ISO_CODES) > $@.tmp
	mv $@.tmp $@
$(B)/obj/$(B)/gen/tag-entities/gazetteer-data.o: CPPFLAGS += -I$(TE)

# the trainer, and `make model`: retrain the built-in model from the
# training data in train/ and regenerate model-data.c (checked in).  Not
# part of `make` or `make test`: it takes a few minutes.
TE_TRAIN_OBJS = $(patsubst %.c,$(B)/obj/%.o,$(TE)/train.c $(TE_PARTS))
TE_TRAIN_DATA = $(TE)/train/gmb.txt.gz $(TE)/train/wikigold.txt.gz \
	$(TE)/train/ewt-dev.txt.gz
$(B)/tools/te-train: $(TE_TRAIN_OBJS) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(TE_TRAIN_OBJS) $(LIB) $(LDLIBS)

model: $(B)/tools/te-train
	@mkdir -p $(B)/gen/tag-entities
	gzip -dc $(TE_TRAIN_DATA) > $(B)/gen/tag-entities/train.txt
	$(B)/tools/te-train -l 5 -r 10 -o $(B)/gen/tag-entities/model.bin \
	    $(B)/gen/tag-entities/train.txt
	sh $(TE)/gen-model.sh $(B)/gen/tag-entities/model.bin > $(TE)/model-data.c.tmp
	mv $(TE)/model-data.c.tmp $(TE)/model-data.c
	@$(MAKE) --no-print-directory all

.PHONY: model

# make eval runs the cross-validation that chose the training settings
# (bench/eval-tag-entities-cv.sh), which trains with te-train
eval: $(B)/tools/te-train
