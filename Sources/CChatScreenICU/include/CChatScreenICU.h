/*
 * CChatScreenICU: the system ICU (libicu) behind a header that shows no ICU types.
 *
 * ICU renames its C functions with a version suffix through macros (ubrk_open -> ubrk_open_72),
 * and Foundation on Linux bundles its own ICU with clashing types, so Swift cannot import ICU's
 * headers directly. This shim includes ICU only in its .cpp file and exposes plain C types and
 * csicu_-prefixed functions.
 *
 * Every function works on UTF-8 and reports byte offsets. Buffers belong to the caller: a
 * function that needs more room returns the size it needs, and the caller grows and retries.
 */
#ifndef CCHATSCREEN_ICU_H
#define CCHATSCREEN_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Token kinds reported by csicu_segment. Whitespace is never reported. */
enum {
    CSICU_KIND_PUNCTUATION = 0, /* symbols and punctuation (ICU rule status "none") */
    CSICU_KIND_NUMBER = 1,
    CSICU_KIND_LETTER = 2,
    CSICU_KIND_KANA = 3,
    CSICU_KIND_IDEOGRAPHIC = 4,
    CSICU_KIND_EMOJI = 5,
};

typedef struct csicu_token {
    int32_t start; /* byte offset of the first byte */
    int32_t end;   /* byte offset one past the last byte */
    int32_t kind;  /* one of CSICU_KIND_* */
} csicu_token;

/* A word-break iterator over UTF-8. Open one per thread and reuse it for every message. */
typedef struct csicu_segmenter csicu_segmenter;

/* Opens a word-break iterator for the root locale. Returns NULL and writes ICU's error name
 * into errbuf (NUL-terminated, at most errcap bytes) on failure. */
csicu_segmenter *csicu_segmenter_open(char *errbuf, int32_t errcap);

/* Clones a segmenter for another thread (ubrk_clone). Returns NULL on failure. */
csicu_segmenter *csicu_segmenter_clone(const csicu_segmenter *segmenter);

void csicu_segmenter_close(csicu_segmenter *segmenter);

/* Splits valid UTF-8 text into words, numbers, emoji and punctuation; whitespace is skipped.
 * Writes at most cap tokens to out and returns how many tokens the text has (which may exceed
 * cap: grow and call again), or -1 on an ICU error. */
int32_t csicu_segment(csicu_segmenter *segmenter, const uint8_t *text, int32_t length,
                      csicu_token *out, int32_t cap);

/* NFKC_Casefold (UAX #15 + case folding; default-ignorable code points such as zero-width
 * spaces are removed), followed by folding typographic apostrophes (U+2018, U+2019) to '.
 *
 * Writes the normalised UTF-8 to dst and, for every output byte i, the original byte range it
 * came from: [start_map[i], end_map[i + 1]) -- a changed character maps every output byte to its
 * whole source character. start_map needs dst_cap entries and end_map dst_cap + 1.
 * Returns the normalised length (which may exceed dst_cap: grow and call again), or -1 on an ICU
 * error. The input must be valid UTF-8. */
int32_t csicu_nfkc_casefold(const uint8_t *src, int32_t length, uint8_t *dst, int32_t dst_cap,
                            int32_t *start_map, int32_t *end_map);

/* The UTS #39 confusable skeleton of valid UTF-8 (uspoof_getSkeletonUTF8): two strings that
 * look alike ("fаcebook" with a Cyrillic а, "facebook") have the same skeleton. Writes at most
 * dst_cap bytes and returns the skeleton's length (which may exceed dst_cap: grow and call
 * again), or -1 on an ICU error. Thread-safe: one shared checker, opened on first use. */
int32_t csicu_skeleton(const uint8_t *src, int32_t length, uint8_t *dst, int32_t dst_cap);

/* The first code point of the canonical (NFD) decomposition of a code point, or the code point
 * itself when it has none: 0xE9 (é) -> 0x65 (e), 0x1E1F (ḟ) -> 0x66 (f), 0x142 (ł) -> 0x142.
 * Returns -1 on an ICU error. Used once per code point to build a diacritics table. */
int32_t csicu_decomposition_base(int32_t codepoint);

/* The ICU version string, e.g. "72.1". */
const char *csicu_version(void);

#ifdef __cplusplus
}
#endif

#endif
