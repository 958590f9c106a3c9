// The only file that includes ICU. See include/CChatScreenICU.h for the contract.
#include "CChatScreenICU.h"

#include <cstring>
#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <unicode/uspoof.h>
#include <unicode/uversion.h>

struct csicu_segmenter {
    UBreakIterator *iterator;
    UText text; // rebound per message with utext_openUTF8: no allocation
};

static void write_error(char *errbuf, int32_t errcap, const char *message) {
    if (errbuf == nullptr || errcap <= 0) return;
    std::strncpy(errbuf, message, static_cast<size_t>(errcap - 1));
    errbuf[errcap - 1] = '\0';
}

extern "C" csicu_segmenter *csicu_segmenter_open(char *errbuf, int32_t errcap) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "", nullptr, 0, &status);
    if (U_FAILURE(status) || iterator == nullptr) {
        write_error(errbuf, errcap, u_errorName(status));
        return nullptr;
    }
    auto *segmenter = new csicu_segmenter;
    segmenter->iterator = iterator;
    segmenter->text = UTEXT_INITIALIZER;
    return segmenter;
}

extern "C" csicu_segmenter *csicu_segmenter_clone(const csicu_segmenter *source) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(source->iterator, &status);
    if (U_FAILURE(status) || iterator == nullptr) return nullptr;
    auto *segmenter = new csicu_segmenter;
    segmenter->iterator = iterator;
    segmenter->text = UTEXT_INITIALIZER;
    return segmenter;
}

extern "C" void csicu_segmenter_close(csicu_segmenter *segmenter) {
    if (segmenter == nullptr) return;
    utext_close(&segmenter->text);
    ubrk_close(segmenter->iterator);
    delete segmenter;
}

static bool is_emoji_start(UChar32 c) {
    return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
           u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR) ||
           u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION);
}

extern "C" int32_t csicu_segment(csicu_segmenter *segmenter, const uint8_t *text, int32_t length,
                                 csicu_token *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    static const uint8_t empty[1] = {0};
    const char *chars = reinterpret_cast<const char *>(text != nullptr ? text : empty);
    utext_openUTF8(&segmenter->text, chars, length, &status);
    if (U_FAILURE(status)) return -1;
    ubrk_setUText(segmenter->iterator, &segmenter->text, &status);
    if (U_FAILURE(status)) return -1;

    int32_t count = 0;
    int32_t start = ubrk_first(segmenter->iterator);
    for (int32_t end = ubrk_next(segmenter->iterator); end != UBRK_DONE;
         start = end, end = ubrk_next(segmenter->iterator)) {
        int32_t rule = ubrk_getRuleStatus(segmenter->iterator);
        int32_t kind;
        if (rule >= UBRK_WORD_IDEO) {
            kind = CSICU_KIND_IDEOGRAPHIC;
        } else if (rule >= UBRK_WORD_KANA) {
            kind = CSICU_KIND_KANA;
        } else if (rule >= UBRK_WORD_LETTER) {
            kind = CSICU_KIND_LETTER;
        } else if (rule >= UBRK_WORD_NUMBER) {
            kind = CSICU_KIND_NUMBER;
        } else {
            UChar32 c;
            int32_t i = start;
            U8_NEXT(text, i, end, c);
            if (c < 0) {
                kind = CSICU_KIND_PUNCTUATION;
            } else if (u_isUWhiteSpace(c) || (c < 0x80 && c <= 0x20)) {
                continue; // whitespace and ASCII controls are never tokens
            } else if (is_emoji_start(c) && !(c >= 0x30 && c <= 0x39) && c != 0x23 && c != 0x2A) {
                kind = CSICU_KIND_EMOJI; // digits, # and * are Emoji only as keycap bases
            } else {
                kind = CSICU_KIND_PUNCTUATION;
            }
        }
        if (count < cap) {
            out[count].start = start;
            out[count].end = end;
            out[count].kind = kind;
        }
        ++count;
    }
    return count;
}

extern "C" int32_t csicu_nfkc_casefold(const uint8_t *src, int32_t length, uint8_t *dst,
                                       int32_t dst_cap, int32_t *start_map, int32_t *end_map) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) return -1;
    icu::CheckedArrayByteSink sink(reinterpret_cast<char *>(dst), dst_cap);
    icu::Edits edits;
    normalizer->normalizeUTF8(0, icu::StringPiece(reinterpret_cast<const char *>(src), length),
                              sink, &edits, status);
    if (U_FAILURE(status)) return -1;
    if (sink.Overflowed()) return sink.NumberOfBytesAppended();
    int32_t produced = sink.NumberOfBytesWritten();

    end_map[0] = 0;
    icu::Edits::Iterator it = edits.getFineIterator();
    while (it.next(status)) {
        int32_t from = it.sourceIndex(), to = it.destinationIndex();
        int32_t old_length = it.oldLength(), new_length = it.newLength();
        if (!it.hasChange()) {
            for (int32_t k = 0; k < new_length; ++k) {
                start_map[to + k] = from + k;
                end_map[to + k + 1] = from + k + 1;
            }
        } else {
            for (int32_t k = 0; k < new_length; ++k) {
                start_map[to + k] = from;
                end_map[to + k + 1] = from + old_length;
            }
        }
    }
    if (U_FAILURE(status)) return -1;

    // Typographic apostrophes U+2018/U+2019 (E2 80 98/99) fold to ' so that "don’t" == "don't".
    int32_t write = 0;
    for (int32_t read = 0; read < produced;) {
        if (read + 2 < produced && dst[read] == 0xE2 && dst[read + 1] == 0x80 &&
            (dst[read + 2] == 0x98 || dst[read + 2] == 0x99)) {
            dst[write] = '\'';
            start_map[write] = start_map[read];
            end_map[write + 1] = end_map[read + 3];
            ++write;
            read += 3;
        } else {
            dst[write] = dst[read];
            start_map[write] = start_map[read];
            end_map[write + 1] = end_map[read + 1];
            ++write;
            ++read;
        }
    }
    return write;
}

extern "C" int32_t csicu_skeleton(const uint8_t *src, int32_t length, uint8_t *dst, int32_t dst_cap) {
    // One checker for the process; C++ guarantees thread-safe initialisation of the static, and
    // uspoof_getSkeletonUTF8 does not modify the checker.
    static USpoofChecker *checker = [] {
        UErrorCode status = U_ZERO_ERROR;
        USpoofChecker *opened = uspoof_open(&status);
        return U_SUCCESS(status) ? opened : nullptr;
    }();
    if (checker == nullptr) return -1;
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = uspoof_getSkeletonUTF8(checker, 0, reinterpret_cast<const char *>(src), length,
                                            reinterpret_cast<char *>(dst), dst_cap, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return needed;
    return U_FAILURE(status) ? -1 : needed;
}

extern "C" int32_t csicu_decomposition_base(int32_t codepoint) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    if (U_FAILURE(status)) return -1;
    UChar buffer[16];
    int32_t length = unorm2_getDecomposition(nfd, codepoint, buffer, 16, &status);
    if (U_FAILURE(status)) return -1;
    if (length <= 0) return codepoint;   // no decomposition
    UChar32 first;
    int32_t offset = 0;
    U16_NEXT(buffer, offset, length, first);
    return first;
}

extern "C" const char *csicu_version(void) {
    return U_ICU_VERSION;
}
