// swift-tools-version: 6.1
//
// ChatScreen's libFuzzer targets: a separate package so that the main package, its users and CI
// never build them. Build and run from the repository root (see Fuzz/README.md):
//
//   Fuzz/run.sh FuzzTextPipeline 120
//
// or by hand:
//
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -DLIBFUZZER
//
// Without the sanitizer flags (`swift build --package-path Fuzz`) every target is a plain
// executable that replays files or mutates the seed corpus with a seeded generator.
import PackageDescription

let fuzzTargets = [
    "FuzzTextPipeline",
    "FuzzASCIIDifferential",
    "FuzzRuleParser",
    "FuzzJSONLReader",
    "FuzzExports",
    "FuzzScanner",
]

let package = Package(
    name: "ChatScreenFuzz",
    dependencies: [
        .package(name: "ChatScreen", path: ".."),
    ],
    targets: [
        // The shared checks (UTF-8 boundary oracle, temporary files) and the plain-executable driver.
        .target(name: "FuzzSupport"),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "FuzzSupport",
                .product(name: "ChatScreen", package: "ChatScreen"),
                .product(name: "ChatScreenFormats", package: "ChatScreen"),
            ]
        )
    }
)
