// swift-tools-version: 6.1
//
// ChatScreen's benchmarks: a separate package so that the main package's users and CI never
// build package-benchmark (or RE2). Run from the repository root:
//
//   Benchmarks/Scripts/install-deps.sh                         # libre2-dev, libicu-dev
//   swift package --package-path Benchmarks benchmark           # every suite, with the baselines
//
// Suites (one executable each under Benchmarks/, see README.md): TokenizationBenchmarks,
// ScoringBenchmarks, ConversationBenchmarks, CompilationBenchmarks, BaselineBenchmarks.
import PackageDescription

let benchmarkDependencies: [Target.Dependency] = [
    "BenchmarkSupport",
    .product(name: "ChatScreen", package: "ChatScreen"),
    .product(name: "ChatScreenCorpus", package: "ChatScreen"),
    .product(name: "Benchmark", package: "benchmark"),
]

func benchmarkTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: benchmarkDependencies,
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "ChatScreenBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ChatScreen", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // RE2::Set behind an RE2-free C header (`cre2set_*`), for the regex baseline.
        .target(
            name: "CRE2Set",
            linkerSettings: [.linkedLibrary("re2"), .linkedLibrary("stdc++")]
        ),
        // What the suites share: the corpus as contiguous bytes, the rules directory, the
        // rule → regex translation and the two regex baselines.
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                "CRE2Set",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ChatScreen", package: "ChatScreen"),
                .product(name: "ChatScreenCorpus", package: "ChatScreen"),
            ]
        ),
        // Prints the translated patterns (for the CLI script's Python baseline, and to read them).
        .executableTarget(name: "chatscreen-regex-patterns", dependencies: ["BenchmarkSupport"]),
        benchmarkTarget("TokenizationBenchmarks"),
        benchmarkTarget("ScoringBenchmarks"),
        benchmarkTarget("ConversationBenchmarks"),
        benchmarkTarget("CompilationBenchmarks"),
        benchmarkTarget("BaselineBenchmarks"),
    ],
    cxxLanguageStandard: .cxx17
)
