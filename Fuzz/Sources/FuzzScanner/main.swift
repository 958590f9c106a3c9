// The entry point: libFuzzer's driver in a -sanitize=fuzzer build (built with -DLIBFUZZER, as
// Fuzz/run.sh does), else the plain replay-and-mutate driver (see FuzzSupport/Driver.swift).
// (A closure, not `fuzz` itself: converting the @_cdecl function here would emit a second
// LLVMFuzzerTestOneInput symbol in this file in a debug build.)
import FuzzSupport

#if LIBFUZZER
FuzzDriver.runLibFuzzer { fuzz($0, $1) }
#else
FuzzDriver.main(target: "FuzzScanner") { fuzz($0, $1) }
#endif
