// swift-tools-version: 6.1
//
// ChatScreen's benchmarks: a separate package so that the main package's users and CI never
// build package-benchmark. Run from the repository root:
//
//   swift package --package-path Benchmarks benchmark
//
import PackageDescription

let package = Package(
    name: "ChatScreenBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ChatScreen", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ScoringBenchmarks",
            dependencies: [
                .product(name: "ChatScreen", package: "ChatScreen"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ScoringBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
