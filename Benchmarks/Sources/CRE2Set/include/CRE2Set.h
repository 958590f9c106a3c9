// RE2::Set behind a plain C header (no C++ or RE2 types), for the in-run baseline of the
// benchmarks. Every function is prefixed `cre2set_`; the set is an opaque pointer.
//
//   const char *patterns[] = {"pay\\s+now", "tick\\s+tock"};
//   char error[256];
//   cre2set *set = cre2set_compile(patterns, 2, 1, error, sizeof error);
//   int hits[2];
//   int n = cre2set_match(set, text, length, hits, 2);   // indices of the patterns that match
//   cre2set_free(set);
#ifndef CRE2SET_H
#define CRE2SET_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cre2set cre2set;

/// Compiles `count` patterns (RE2 syntax, UTF-8) into one unanchored set. Case-insensitive when
/// `ignore_case` is non-zero; `.` matches a newline. `max_mem` is RE2's memory budget in bytes
/// (0: 1 GiB). Returns NULL and writes a message to `error` when a pattern does not parse or the
/// set does not compile.
cre2set *cre2set_compile(const char *const *patterns, size_t count, int ignore_case, long long max_mem,
                         char *error, size_t error_capacity);

/// The indices of the patterns that match somewhere in `text`, written to `matches` (at most
/// `capacity` of them, in no particular order). Returns how many patterns match (may exceed `capacity`), or -1
/// when the DFA ran out of memory.
int cre2set_match(const cre2set *set, const char *text, size_t length, int *matches, size_t capacity);

/// Whether any pattern matches (no list of indices is built).
int cre2set_matches_any(const cre2set *set, const char *text, size_t length);

void cre2set_free(cre2set *set);

#ifdef __cplusplus
}
#endif

#endif
