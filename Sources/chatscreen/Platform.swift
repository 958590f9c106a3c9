// The platform's C library for every file of the `chatscreen` target: the one place to port.
// (The library targets import it file by file with the same conditions and do not re-export
// it, so that `import ChatScreen` does not hand embedders the C library.)
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Musl)
@_exported import Musl
#elseif canImport(Darwin)
@_exported import Darwin
#endif
