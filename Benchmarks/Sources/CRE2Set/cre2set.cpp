#include "CRE2Set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

struct cre2set {
    re2::RE2::Set set;
    // Reused between calls so a match does not allocate once the vector has grown.
    mutable std::vector<int> scratch;
    explicit cre2set(const re2::RE2::Options &options) : set(options, re2::RE2::UNANCHORED) {}
};

static void write_error(char *error, size_t capacity, const std::string &message) {
    if (error == nullptr || capacity == 0) return;
    std::snprintf(error, capacity, "%s", message.c_str());
}

extern "C" cre2set *cre2set_compile(const char *const *patterns, size_t count, int ignore_case, long long max_mem,
                                    char *error, size_t error_capacity) {
    re2::RE2::Options options;
    options.set_encoding(re2::RE2::Options::EncodingUTF8);
    options.set_case_sensitive(ignore_case == 0);
    options.set_dot_nl(true);
    options.set_log_errors(false);
    options.set_max_mem(max_mem > 0 ? max_mem : (1LL << 30));
    auto *set = new cre2set(options);
    for (size_t i = 0; i < count; i++) {
        std::string message;
        if (set->set.Add(patterns[i], &message) < 0) {
            write_error(error, error_capacity, "pattern " + std::to_string(i) + ": " + message);
            delete set;
            return nullptr;
        }
    }
    // RE2 logs "CoalesceWalker::ShortVisit called" to stderr (not through log_errors) when a
    // very large set exhausts the simplifier's visit budget; the set still compiles correctly.
    // Silence stderr for the compile so a benchmark run's output stays readable.
    std::fflush(stderr);
    int saved = dup(2), devnull = open("/dev/null", O_WRONLY);
    if (saved >= 0 && devnull >= 0) dup2(devnull, 2);
    bool compiled = set->set.Compile();
    if (saved >= 0 && devnull >= 0) dup2(saved, 2);
    if (saved >= 0) close(saved);
    if (devnull >= 0) close(devnull);
    if (!compiled) {
        write_error(error, error_capacity, "RE2::Set::Compile failed (program larger than max_mem?)");
        delete set;
        return nullptr;
    }
    set->scratch.reserve(count);
    return set;
}

extern "C" int cre2set_match(const cre2set *set, const char *text, size_t length, int *matches, size_t capacity) {
    re2::RE2::Set::ErrorInfo info{re2::RE2::Set::kNoError};
    set->scratch.clear();
    bool any = set->set.Match(re2::StringPiece(text, length), &set->scratch, &info);
    if (!any) return info.kind == re2::RE2::Set::kNoError ? 0 : -1;
    size_t n = set->scratch.size();
    for (size_t i = 0; i < n && i < capacity; i++) matches[i] = set->scratch[i];
    return static_cast<int>(n);
}

extern "C" int cre2set_matches_any(const cre2set *set, const char *text, size_t length) {
    return set->set.Match(re2::StringPiece(text, length), nullptr) ? 1 : 0;
}

extern "C" void cre2set_free(cre2set *set) { delete set; }
