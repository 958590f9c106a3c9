// swift-tools-version: 6.1
//
// ChatScreen: a rule engine that screens chat messages for sextortion and other extortion.
//
// Targets, one responsibility each (see DESIGN.md):
//   CChatScreenICU     system ICU behind an ICU-free C header (segmentation, NFKC_Casefold)
//   ChatScreenText     bytes -> validated UTF-8 -> normalised text, tokens, entities, folds
//   ChatScreenRules    the rule language: lexer, parser, AST, diagnostics (no matching)
//   ChatScreen         compiler, immutable RuleSet, per-thread Scanner, scoring, verdicts
//   ChatScreenFormats  input records: streaming readers (text, JSONL, CSV, chat exports), the
//                      verdict and summary JSON lines, and scanning a record (`scan(_:InputMessage)`)
//   ChatScreenZip      WhatsApp .zip exports (the chat text inside, media reported), through ZIPFoundation;
//                      a target of its own because ZIPFoundation needs Foundation (and zlib), and
//                      ChatScreenFormats stays Foundation-free
//   ChatScreenCorpus   a seeded synthetic chat generator (benchmarks, `chatscreen corpus`)
//   chatscreen         the command-line tool (wiring only)
import PackageDescription

let package = Package(
    name: "ChatScreen",
    products: [
        .library(name: "ChatScreen", targets: ["ChatScreen"]),
        .library(name: "ChatScreenFormats", targets: ["ChatScreenFormats"]),
        .library(name: "ChatScreenZip", targets: ["ChatScreenZip"]),
        .library(name: "ChatScreenCorpus", targets: ["ChatScreenCorpus"]),
        .executable(name: "chatscreen", targets: ["chatscreen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .target(
            name: "CChatScreenICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
                .linkedLibrary("stdc++"),
            ]
        ),
        .target(name: "ChatScreenText", dependencies: ["CChatScreenICU"]),
        .target(name: "ChatScreenRules"),
        .target(name: "ChatScreen", dependencies: ["ChatScreenText", "ChatScreenRules"]),
        .target(name: "ChatScreenFormats", dependencies: ["ChatScreen"]),
        .target(name: "ChatScreenZip", dependencies: ["ChatScreenFormats", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "ChatScreenCorpus"),
        .executableTarget(
            name: "chatscreen",
            dependencies: [
                "ChatScreen",
                "ChatScreenFormats",
                "ChatScreenZip",
                "ChatScreenCorpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Shared by the test targets only (a seeded generator, the repository root); not a product.
        .target(name: "ChatScreenTestSupport", path: "Tests/ChatScreenTestSupport"),
        .testTarget(name: "ChatScreenTextTests", dependencies: ["ChatScreenText", "ChatScreenTestSupport", "ChatScreenCorpus"]),
        .testTarget(name: "ChatScreenRulesTests", dependencies: ["ChatScreenRules"]),
        .testTarget(name: "ChatScreenTests", dependencies: ["ChatScreen", "ChatScreenTestSupport", "ChatScreenCorpus"], exclude: ["Diagnostics"]),
        .testTarget(name: "ChatScreenFormatsTests", dependencies: [
            "ChatScreenFormats", "ChatScreenZip", "ChatScreenTestSupport",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),   // builds the test archives at run time
        ]),
        .testTarget(name: "ChatScreenCorpusTests", dependencies: ["ChatScreenCorpus", "ChatScreen", "ChatScreenTestSupport"]),
        .testTarget(name: "ChatScreenCLITests", dependencies: [
            "chatscreen", "ChatScreen", "ChatScreenTestSupport",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),   // builds the test archives at run time
        ]),
    ],
    cxxLanguageStandard: .cxx17
)
