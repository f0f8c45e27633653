/* charset.c: encoding labels, the <meta> prescan, decoders. */
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "entities.h"
#include "utf8.h"

enum kind { K_UTF8, K_UTF16LE, K_UTF16BE, K_SINGLE, K_MULTI, K_REPLACEMENT,
	K_USER, K_UTF8_MIXED };

/* the encodings of the WHATWG Encoding Standard and their labels */
static const struct encoding {
	const char *name;
	enum kind kind;
	const char *iconv[2];	/* glibc names, the better first */
	const char *labels;	/* space-separated */
} encodings[] = {
	{ "utf-8", K_UTF8, { NULL, NULL },
	    "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 "
	    "x-unicode20utf8" },
	{ "ibm866", K_SINGLE, { "IBM866", "CP866" },
	    "866 cp866 csibm866 ibm866" },
	{ "iso-8859-2", K_SINGLE, { "ISO-8859-2", NULL },
	    "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 "
	    "iso_8859-2:1987 l2 latin2" },
	{ "iso-8859-3", K_SINGLE, { "ISO-8859-3", NULL },
	    "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 "
	    "iso_8859-3:1988 l3 latin3" },
	{ "iso-8859-4", K_SINGLE, { "ISO-8859-4", NULL },
	    "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 "
	    "iso_8859-4:1988 l4 latin4" },
	{ "iso-8859-5", K_SINGLE, { "ISO-8859-5", NULL },
	    "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 "
	    "iso88595 iso_8859-5 iso_8859-5:1988" },
	{ "iso-8859-6", K_SINGLE, { "ISO-8859-6", NULL },
	    "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic "
	    "ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 "
	    "iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987" },
	{ "iso-8859-7", K_SINGLE, { "ISO-8859-7", NULL },
	    "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 "
	    "iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 "
	    "sun_eu_greek" },
	{ "iso-8859-8", K_SINGLE, { "ISO-8859-8", NULL },
	    "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e "
	    "iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 "
	    "visual" },
	{ "iso-8859-8-i", K_SINGLE, { "ISO-8859-8", NULL },
	    "csiso88598i iso-8859-8-i logical" },
	{ "iso-8859-10", K_SINGLE, { "ISO-8859-10", NULL },
	    "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 "
	    "latin6" },
	{ "iso-8859-13", K_SINGLE, { "ISO-8859-13", NULL },
	    "iso-8859-13 iso8859-13 iso885913" },
	{ "iso-8859-14", K_SINGLE, { "ISO-8859-14", NULL },
	    "iso-8859-14 iso8859-14 iso885914" },
	{ "iso-8859-15", K_SINGLE, { "ISO-8859-15", NULL },
	    "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9" },
	{ "iso-8859-16", K_SINGLE, { "ISO-8859-16", NULL }, "iso-8859-16" },
	{ "koi8-r", K_SINGLE, { "KOI8-R", NULL },
	    "cskoi8r koi koi8 koi8-r koi8_r" },
	/* WHATWG's koi8-u has the KOI8-RU letters at 0xAE and 0xBE */
	{ "koi8-u", K_SINGLE, { "KOI8-RU", "KOI8-U" }, "koi8-ru koi8-u" },
	{ "macintosh", K_SINGLE, { "MACINTOSH", NULL },
	    "csmacintosh mac macintosh x-mac-roman" },
	{ "windows-874", K_SINGLE, { "CP874", NULL },
	    "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874" },
	{ "windows-1250", K_SINGLE, { "CP1250", NULL },
	    "cp1250 windows-1250 x-cp1250" },
	{ "windows-1251", K_SINGLE, { "CP1251", NULL },
	    "cp1251 windows-1251 x-cp1251" },
	{ "windows-1252", K_SINGLE, { "CP1252", NULL },
	    "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 "
	    "iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 "
	    "latin1 us-ascii windows-1252 x-cp1252" },
	{ "windows-1253", K_SINGLE, { "CP1253", NULL },
	    "cp1253 windows-1253 x-cp1253" },
	{ "windows-1254", K_SINGLE, { "CP1254", NULL },
	    "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 "
	    "iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254" },
	{ "windows-1255", K_SINGLE, { "CP1255", NULL },
	    "cp1255 windows-1255 x-cp1255" },
	{ "windows-1256", K_SINGLE, { "CP1256", NULL },
	    "cp1256 windows-1256 x-cp1256" },
	{ "windows-1257", K_SINGLE, { "CP1257", NULL },
	    "cp1257 windows-1257 x-cp1257" },
	{ "windows-1258", K_SINGLE, { "CP1258", NULL },
	    "cp1258 windows-1258 x-cp1258" },
	{ "x-mac-cyrillic", K_SINGLE, { "MS-MAC-CYRILLIC", "MAC-CYRILLIC" },
	    "x-mac-cyrillic x-mac-ukrainian" },
	/* the WHATWG gbk decoder is the gb18030 one */
	{ "gbk", K_MULTI, { "GB18030", "GBK" },
	    "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk "
	    "iso-ir-58 x-gbk" },
	{ "gb18030", K_MULTI, { "GB18030", NULL }, "gb18030" },
	{ "big5", K_MULTI, { "BIG5-HKSCS", "BIG5" },
	    "big5 big5-hkscs cn-big5 csbig5 x-x-big5" },
	{ "euc-jp", K_MULTI, { "EUC-JP-MS", "EUC-JP" },
	    "cseucpkdfmtjapanese euc-jp x-euc-jp" },
	{ "iso-2022-jp", K_MULTI, { "ISO-2022-JP", NULL },
	    "csiso2022jp iso-2022-jp" },
	{ "shift_jis", K_MULTI, { "CP932", "SHIFT_JIS" },
	    "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j "
	    "x-sjis" },
	{ "euc-kr", K_MULTI, { "CP949", "EUC-KR" },
	    "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 "
	    "ks_c_5601-1989 ksc5601 ksc_5601 windows-949" },
	{ "replacement", K_REPLACEMENT, { NULL, NULL },
	    "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr "
	    "replacement" },
	{ "utf-16be", K_UTF16BE, { NULL, NULL }, "unicodefffe utf-16be" },
	{ "utf-16le", K_UTF16LE, { NULL, NULL },
	    "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 "
	    "utf-16le" },
	{ "x-user-defined", K_USER, { NULL, NULL }, "x-user-defined" },
	/* not the standard's: UTF-8 that no label declared, whose stray
	 * bytes are read as windows-1252 (see charset_utf8_mixed); no label
	 * names it */
	{ "utf-8", K_UTF8_MIXED, { NULL, NULL }, "" },
};

#define NENC ((charset_t)(sizeof encodings / sizeof encodings[0]))

const char *
charset_name(charset_t cs)
{
	return cs >= 0 && cs < NENC ? encodings[cs].name : "none";
}

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

charset_t
charset_from_label(const char *s, size_t n)
{
	const char *l, *end;
	charset_t cs;

	while (n && is_space((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n && is_space((unsigned char)s[n - 1]))
		n--;
	if (!n)
		return CS_NONE;
	for (cs = 0; cs < NENC; cs++) {
		for (l = encodings[cs].labels; *l; l = *end ? end + 1 : end) {
			end = strchr(l, ' ');
			if (!end)
				end = l + strlen(l);
			if ((size_t)(end - l) == n && strncasecmp(l, s, n) == 0)
				return cs;
		}
	}
	return CS_NONE;
}

charset_t
charset_windows_1252(void)
{
	return charset_from_label("windows-1252", 12);
}

charset_t
charset_utf8_mixed(void)
{
	return NENC - 1;
}

/* ---- the prescan (HTML 13.2.3.2) ---- */

struct scan {
	const unsigned char *s;
	size_t n, i;
};

#define AT(p) ((p)->i < (p)->n ? (p)->s[(p)->i] : -1)

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int
is_alpha(int c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/*
 * One attribute of a tag; 0 at '>' or the end.  name and value get it,
 * lowercased; with name NULL (a tag that is no <meta>) it is only
 * stepped over, without a byte copied.
 */
static int
get_attr(struct scan *p, struct buf *name, struct buf *value)
{
	const unsigned char *q;
	size_t name_len = 0;
	int c, quote;

	if (name) {
		buf_clear(name);
		buf_clear(value);
	}
	while ((c = AT(p)) >= 0 && (is_space(c) || c == '/'))
		p->i++;
	if (c < 0 || c == '>')
		return 0;
	for (;;) {
		c = AT(p);
		if (c < 0)
			return 0;
		if (c == '=' && name_len) {
			p->i++;
			goto value;
		}
		if (is_space(c))
			break;
		if (c == '/' || c == '>')
			return 1;
		if (name)
			buf_addc(name, (char)lower(c));
		name_len++;
		p->i++;
	}
	while ((c = AT(p)) >= 0 && is_space(c))
		p->i++;
	if (c != '=')
		return c >= 0;
	p->i++;
value:
	while ((c = AT(p)) >= 0 && is_space(c))
		p->i++;
	if (c < 0)
		return 0;
	if (c == '"' || c == '\'') {
		quote = c;
		p->i++;
		q = memchr(p->s + p->i, quote, p->n - p->i);
		if (name)
			for (size_t i = p->i, e = q ? (size_t)(q - p->s) : p->n;
			    i < e; i++)
				buf_addc(value, (char)lower(p->s[i]));
		if (!q) {
			p->i = p->n;
			return 0;
		}
		p->i = (size_t)(q - p->s) + 1;
		return 1;
	}
	if (c == '>')
		return 1;
	for (; (c = AT(p)) >= 0; p->i++) {
		if (is_space(c) || c == '>')
			return 1;
		if (name)
			buf_addc(value, (char)lower(c));
	}
	return 0;
}

/* "text/html; charset=gbk" -> gbk (HTML 2.5.x, extracting from content) */
static charset_t
from_content(const char *v, size_t n)
{
	size_t i = 0, j;
	char q;

	for (;;) {
		for (; i + 7 <= n; i++)
			if (strncasecmp(v + i, "charset", 7) == 0)
				break;
		if (i + 7 > n)
			return CS_NONE;
		for (i += 7; i < n && is_space((unsigned char)v[i]); i++)
			;
		if (i < n && v[i] == '=')
			break;
	}
	for (i++; i < n && is_space((unsigned char)v[i]); i++)
		;
	if (i == n)
		return CS_NONE;
	if (v[i] == '"' || v[i] == '\'') {
		q = v[i++];
		for (j = i; j < n && v[j] != q; j++)
			;
		return j < n ? charset_from_label(v + i, j - i) : CS_NONE;
	}
	for (j = i; j < n && !is_space((unsigned char)v[j]) && v[j] != ';';
	    j++)
		;
	return charset_from_label(v + i, j - i);
}

/* after <meta: its attributes decide */
static charset_t
meta_charset(struct scan *p, struct buf *name, struct buf *value)
{
	int got_pragma = 0, need_pragma = -1, seen = 0;
	charset_t cs = CS_NONE, c;

	while (get_attr(p, name, value)) {
		int bit = strcmp(name->data, "http-equiv") == 0 ? 1 :
		    strcmp(name->data, "content") == 0 ? 2 :
		    strcmp(name->data, "charset") == 0 ? 4 : 0;

		if (!bit || (seen & bit))
			continue;	/* only the first of each counts */
		seen |= bit;
		if (bit == 1) {
			if (strcmp(value->data ? value->data : "",
			    "content-type") == 0)
				got_pragma = 1;
		} else if (bit == 2) {
			c = from_content(value->data, value->len);
			if (c != CS_NONE && cs == CS_NONE) {
				cs = c;
				need_pragma = 1;
			}
		} else {
			cs = charset_from_label(value->data, value->len);
			need_pragma = 0;
		}
	}
	if (need_pragma < 0 || (need_pragma == 1 && !got_pragma) ||
	    cs == CS_NONE)
		return CS_NONE;
	if (encodings[cs].kind == K_UTF16LE || encodings[cs].kind == K_UTF16BE)
		return CS_UTF8;
	if (encodings[cs].kind == K_USER)
		return charset_windows_1252();
	return cs;
}

charset_t
charset_prescan(const char *s, size_t n)
{
	struct scan p = { (const unsigned char *)s, n, 0 };
	struct buf name = BUF_INIT, value = BUF_INIT;
	charset_t cs = CS_NONE;
	const unsigned char *u = p.s;
	const char *lt, *end;
	int c;

	if (p.n > CHARSET_PRESCAN)
		p.n = CHARSET_PRESCAN;
	/*
	 * Only a '<' starts anything the prescan acts on: the bytes between
	 * are skipped by memchr, and the few names it looks for are compared
	 * inline (this runs on every page, most of which say no charset).
	 */
	while (p.i < p.n) {
		if (!(lt = memchr(s + p.i, '<', p.n - p.i)))
			break;
		p.i = (size_t)(lt - s);
		c = p.i + 1 < p.n ? u[p.i + 1] : -1;
		if (c == '!' && p.n - p.i >= 4 && u[p.i + 2] == '-' &&
		    u[p.i + 3] == '-') {
			/* "<!-->" ends where it starts */
			end = memmem(s + p.i + 2, p.n - p.i - 2, "-->", 3);
			if (!end)
				break;
			p.i = (size_t)(end - s) + 3;
			continue;
		}
		if ((c | 0x20) == 'm' && p.i + 5 < p.n &&
		    (u[p.i + 2] | 0x20) == 'e' && (u[p.i + 3] | 0x20) == 't' &&
		    (u[p.i + 4] | 0x20) == 'a' &&
		    (is_space(u[p.i + 5]) || u[p.i + 5] == '/')) {
			p.i += 5;
			cs = meta_charset(&p, &name, &value);
			if (cs != CS_NONE)
				break;
			p.i++;
			continue;
		}
		if (is_alpha(c) || (c == '/' && p.i + 2 < p.n &&
		    is_alpha(u[p.i + 2]))) {
			for (p.i += 2; (c = AT(&p)) >= 0 && !is_space(c) &&
			    c != '>'; p.i++)
				;
			while (get_attr(&p, NULL, NULL))
				;
			p.i++;
			continue;
		}
		if (c == '!' || c == '/' || c == '?') {
			end = memchr(s + p.i, '>', p.n - p.i);
			if (!end)
				break;
			p.i = (size_t)(end - s) + 1;
			continue;
		}
		p.i++;
	}
	buf_free(&name);
	buf_free(&value);
	return cs;
}

/* ---- sniffing ---- */

/*
 * What the non-ASCII of s[0..n) is as UTF-8: *multi gets the number of
 * well-formed multi-byte sequences, *stray the bytes of ill-formed ones
 * (a sequence cut by the end of an incomplete prefix is neither).  With
 * first_stray it stops at the first stray byte (only validity is asked);
 * otherwise it stops once the strays outnumber what the bytes left could
 * still bring of well-formed sequences (the answer is then known).
 */
static void
utf8_census(const char *s, size_t n, int complete, int first_stray,
    size_t *multi, size_t *stray)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k;
	int32_t cp;

	*multi = *stray = 0;
	while (i < n) {
		/* ASCII sixteen bytes at a time: most pages are mostly ASCII */
		while (i + 16 <= n) {
			uint64_t w, v;

			memcpy(&w, s + i, 8);
			memcpy(&v, s + i + 8, 8);
			if ((w | v) & 0x8080808080808080ULL)
				break;
			i += 16;
		}
		if (i >= n)
			break;
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		/* the two- and three-byte forms inline (accents, CJK, quotes);
		 * anything else through the full decoder */
		if (u[i] >= 0xC2 && u[i] <= 0xDF && i + 1 < n &&
		    (u[i + 1] & 0xC0) == 0x80) {
			i += 2;
			(*multi)++;
			continue;
		}
		if (u[i] >= 0xE1 && u[i] <= 0xEC && i + 2 < n &&
		    (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
			i += 3;
			(*multi)++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &cp);
		if (cp >= 0) {
			(*multi)++;
		} else if (!complete && i + k == n && n - i < 4) {
			break;	/* cut by the end of the prefix */
		} else {
			*stray += k;
			if (first_stray || *stray > *multi + (n - i - k) / 2)
				return;
		}
		i += k;
	}
}

charset_t
charset_bom(const char *s, size_t n, size_t *len)
{
	*len = 0;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		*len = 3;
		return CS_UTF8;
	}
	if (n >= 2 && memcmp(s, "\xFF\xFE", 2) == 0) {
		*len = 2;
		return charset_from_label("utf-16le", 8);
	}
	if (n >= 2 && memcmp(s, "\xFE\xFF", 2) == 0) {
		*len = 2;
		return charset_from_label("utf-16be", 8);
	}
	return CS_NONE;
}

/*
 * Whether ASCII text means the same in cs as in UTF-8.  Not so for the
 * 7-bit stateful encodings (ISO-2022-JP writes kanji with ASCII bytes
 * after an ESC) nor for the replacement encoding: their pages are valid
 * UTF-8 by accident, so valid bytes prove nothing against the label.
 */
static int
ascii_compatible(charset_t cs)
{
	return encodings[cs].kind != K_REPLACEMENT &&
	    strcmp(encodings[cs].name, "iso-2022-jp") != 0;
}

/* the length of the ASCII prefix of s[0..n), eight bytes at a time */
static size_t
ascii_prefix(const char *s, size_t n)
{
	size_t i = 0;
	uint64_t w;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ULL)
			break;
	}
	while (i < n && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

charset_t
charset_sniff(const char *s, size_t n, int complete, charset_t forced,
    size_t *bom)
{
	return charset_sniff_transport(s, n, complete, forced, CS_NONE, bom);
}

/*
 * The WHATWG order puts the transport's label (HTTP Content-Type) after
 * the BOM and before the <meta> prescan; -c still wins, as the user's
 * word.  Either label is then judged by the same rule.
 */
charset_t
charset_sniff_transport(const char *s, size_t n, int complete,
    charset_t forced, charset_t transport, size_t *bom)
{
	charset_t cs, label;
	size_t ascii, multi, stray;

	if ((cs = charset_bom(s, n, bom)) != CS_NONE)
		return cs;
	if (forced != CS_NONE)
		return forced;
	/*
	 * A declared encoding is honoured (WHATWG) unless the bytes prove it
	 * stale: text with non-ASCII bytes that is valid UTF-8 under an
	 * ASCII-compatible label is UTF-8 (crawls are full of UTF-8 pages
	 * labelled latin1 or gb2312; legacy text is valid UTF-8 by chance
	 * almost never).  A page labelled UTF-8 stays UTF-8, as in browsers:
	 * its invalid bytes become U+FFFD, counted.
	 */
	label = transport != CS_NONE ? transport : charset_prescan(s, n);
	if (label == CS_UTF8)
		return label;	/* whatever the bytes, as said above */
	ascii = ascii_prefix(s, n);
	if (label != CS_NONE) {
		if (!ascii_compatible(label) || ascii == n)
			return label;
		/* the ASCII prefix is valid UTF-8: check from its end */
		utf8_census(s + ascii, n - ascii, complete, 1, &multi, &stray);
		return stray ? label : CS_UTF8;
	}
	/*
	 * No label: UTF-8 if the bytes are.  Text that is mostly UTF-8 with
	 * a few stray bytes (files of several origins put together, a
	 * Latin-1 line pasted in) is UTF-8 with damage, not windows-1252,
	 * which would turn every UTF-8 character into two or three of
	 * mojibake: when its well-formed multi-byte sequences are at least
	 * as many as its stray bytes, it is read as UTF-8 and each stray byte
	 * as windows-1252 (counted: charset_decoder.stray).  Windows-1252
	 * text is well-formed UTF-8 only by the rare accident of a capital
	 * letter with an accent before a symbol or quote ("É»"), far
	 * fewer than its other accented letters.  A prefix (complete 0: the
	 * document is streamed) that is all well-formed says nothing of the
	 * rest: its stray bytes, if any, are read the same way.
	 */
	utf8_census(s + ascii, n - ascii, complete, 0, &multi, &stray);
	if (!stray)
		return complete ? CS_UTF8 : charset_utf8_mixed();
	if (multi >= stray)
		return charset_utf8_mixed();
	return charset_windows_1252();
}

/* ---- decoders ---- */

/* bytes 0x80-0xFF of a single-byte encoding, from iconv */
static void
build_table(struct charset_decoder *d, const struct encoding *e)
{
	iconv_t cd = (iconv_t)-1;
	int i, windows = strncmp(e->name, "windows-", 8) == 0;

	for (i = 0; i < 2 && cd == (iconv_t)-1 && e->iconv[i]; i++)
		cd = iconv_open("UTF-32LE", e->iconv[i]);
	for (i = 0; i < 128; i++) {
		char in = (char)(0x80 + i), *ip = &in;
		unsigned char out[8], *op = out;
		size_t il = 1, ol = sizeof out;

		d->table[i] = UTF8_REPLACEMENT;
		if (cd != (iconv_t)-1) {
			iconv(cd, NULL, NULL, NULL, NULL);
			if (iconv(cd, &ip, &il, (char **)&op, &ol) !=
			    (size_t)-1 && op - out == 4)
				d->table[i] = (int32_t)(out[0] | out[1] << 8 |
				    out[2] << 16 | (uint32_t)out[3] << 24);
		}
		/* WHATWG: what Windows leaves undefined is the C1 control */
		if (windows && i < 32 && d->table[i] == UTF8_REPLACEMENT)
			d->table[i] = 0x80 + i;
	}
	if (cd != (iconv_t)-1)
		iconv_close(cd);
	if (strcmp(e->name, "windows-1252") == 0)
		for (i = 0; i < 32; i++)
			d->table[i] = entity_cp1252_c1(0x80 + (unsigned)i);
}

void
charset_decoder_init(struct charset_decoder *d, charset_t cs)
{
	const struct encoding *e = &encodings[cs];
	int i;

	charset_decoder_free(d);
	d->cs = cs;
	d->invalid = 0;
	d->stray = 0;
	d->npend = 0;
	d->done = 0;
	if (e->kind == K_SINGLE) {
		build_table(d, e);
	} else if (e->kind == K_UTF8_MIXED) {
		build_table(d, &encodings[charset_windows_1252()]);
	} else if (e->kind == K_USER) {
		for (i = 0; i < 128; i++)
			d->table[i] = 0xF780 + i;
	} else if (e->kind == K_MULTI) {
		iconv_t cd = (iconv_t)-1;

		for (i = 0; i < 2 && cd == (iconv_t)-1 && e->iconv[i]; i++)
			cd = iconv_open("UTF-8", e->iconv[i]);
		d->iconv = cd == (iconv_t)-1 ? NULL : cd;
		if (!d->iconv)	/* no such converter here: bytes stay bytes */
			build_table(d, &encodings[charset_windows_1252()]);
	}
}

void
charset_decoder_free(struct charset_decoder *d)
{
	if (d->iconv)
		iconv_close((iconv_t)d->iconv);
	d->iconv = NULL;
}

static void
decode_utf8(struct charset_decoder *d, const char *s, size_t n,
    struct buf *out, int final)
{
	size_t i = 0, j, k;
	int32_t cp;

	buf_reserve(out, n);
	while (i < n) {
		for (j = i; j < n && (unsigned char)s[j] < 0x80; j++)
			;
		buf_add(out, s + i, j - i);
		i = j;
		while (i < n && (unsigned char)s[i] >= 0x80) {
			k = utf8_decode(s + i, n - i, &cp);
			if (cp >= 0) {
				buf_add(out, s + i, k);
			} else if (!final && i + k == n && n - i < 4) {
				d->npend = n - i;	/* cut by the chunk */
			} else if (encodings[d->cs].kind == K_UTF8_MIXED) {
				/* each stray byte as windows-1252 */
				for (j = i; j < i + k; j++)
					utf8_add(out, d->table[
					    (unsigned char)s[j] - 0x80]);
				d->stray += k;
			} else {
				utf8_add(out, UTF8_REPLACEMENT);
				d->invalid++;
			}
			i += k;
		}
	}
}

static void
decode_utf16(struct charset_decoder *d, const char *s, size_t n,
    struct buf *out, int final, int be)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;
	unsigned w, w2;

	for (i = 0; i + 1 < n; i += 2) {
		w = be ? (unsigned)u[i] << 8 | u[i + 1] :
		    (unsigned)u[i + 1] << 8 | u[i];
		if (w >= 0xD800 && w <= 0xDBFF) {
			if (i + 3 >= n) {
				if (!final) {
					d->npend = n - i;
					return;
				}
				utf8_add(out, UTF8_REPLACEMENT);
				d->invalid++;
				continue;
			}
			w2 = be ? (unsigned)u[i + 2] << 8 | u[i + 3] :
			    (unsigned)u[i + 3] << 8 | u[i + 2];
			if (w2 >= 0xDC00 && w2 <= 0xDFFF) {
				utf8_add(out, (int32_t)(0x10000 +
				    ((w - 0xD800) << 10) + (w2 - 0xDC00)));
				i += 2;
				continue;
			}
			w = UTF8_REPLACEMENT;
			d->invalid++;
		} else if (w >= 0xDC00 && w <= 0xDFFF) {
			w = UTF8_REPLACEMENT;
			d->invalid++;
		}
		utf8_add(out, (int32_t)w);
	}
	if (i < n) {
		if (final) {
			utf8_add(out, UTF8_REPLACEMENT);
			d->invalid++;
		} else {
			d->npend = n - i;
		}
	}
}

static void
decode_table(struct charset_decoder *d, const char *s, size_t n,
    struct buf *out)
{
	size_t i, j;
	int32_t cp;

	buf_reserve(out, n + n / 2);
	for (i = 0; i < n; ) {
		for (j = i; j < n && (unsigned char)s[j] < 0x80; j++)
			;
		buf_add(out, s + i, j - i);
		for (i = j; i < n && (unsigned char)s[i] >= 0x80; i++) {
			cp = d->table[(unsigned char)s[i] - 0x80];
			if (cp == UTF8_REPLACEMENT)
				d->invalid++;
			utf8_add(out, cp);
		}
	}
}

static void
decode_iconv(struct charset_decoder *d, const char *s, size_t n,
    struct buf *out, int final)
{
	char *ip = (char *)s, *op;
	size_t il = n, ol, r;

	while (il) {
		buf_reserve(out, il * 2 + 16);
		op = out->data + out->len;
		ol = out->cap - out->len;
		r = iconv((iconv_t)d->iconv, &ip, &il, &op, &ol);
		buf_truncate(out, (size_t)(op - out->data));
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		if (errno == EINVAL && !final) {
			d->npend = il;	/* a sequence cut by the chunk */
			return;
		}
		/* an invalid or truncated sequence: one U+FFFD, go on */
		utf8_add(out, UTF8_REPLACEMENT);
		d->invalid++;
		ip++;
		il--;
		iconv((iconv_t)d->iconv, NULL, NULL, NULL, NULL);
	}
	if (final) {
		/* flush a stateful encoding's shift state */
		buf_reserve(out, 16);
		op = out->data + out->len;
		ol = out->cap - out->len;
		iconv((iconv_t)d->iconv, NULL, NULL, &op, &ol);
		buf_truncate(out, (size_t)(op - out->data));
	}
}

size_t
charset_decode(struct charset_decoder *d, const char *s, size_t n,
    struct buf *out, int final)
{
	d->npend = 0;
	switch (encodings[d->cs].kind) {
	case K_UTF8:
	case K_UTF8_MIXED:
		decode_utf8(d, s, n, out, final);
		break;
	case K_UTF16LE:
	case K_UTF16BE:
		decode_utf16(d, s, n, out, final,
		    encodings[d->cs].kind == K_UTF16BE);
		break;
	case K_MULTI:
		if (d->iconv) {
			decode_iconv(d, s, n, out, final);
			break;
		}
		/* FALLTHROUGH */
	case K_SINGLE:
	case K_USER:
		decode_table(d, s, n, out);
		break;
	case K_REPLACEMENT:
		/* the standard: one U+FFFD for the whole document */
		if (n && !d->done) {
			utf8_add(out, UTF8_REPLACEMENT);
			d->invalid++;
			d->done = 1;
		}
		break;
	}
	return n - d->npend;
}
