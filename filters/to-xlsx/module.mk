# to-xlsx: the stream as an .xlsx workbook (libxlsxwriter writes it)
FILTERS += to-xlsx
to-xlsx_SRCS = filters/to-xlsx/to-xlsx.c filters/to-xlsx/xcell.c
to-xlsx_LDLIBS = -lxlsxwriter
to-xlsx_TESTS = filters/to-xlsx/test-xcell.c
