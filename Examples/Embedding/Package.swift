// swift-tools-version: 6.1
//
// An app that embeds ChatScreen by path: it scores a JSONL chat log with the built-in rule pack
// and writes the same verdict lines as `chatscreen score`. Tests/ChatScreenCLITests builds it
// and compares its output with the CLI's, byte for byte.
import PackageDescription

let package = Package(
    name: "EmbeddingExample",
    dependencies: [
        .package(name: "ChatScreen", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "screen-jsonl",
            dependencies: [
                .product(name: "ChatScreen", package: "ChatScreen"),
                .product(name: "ChatScreenFormats", package: "ChatScreen"),
            ]
        ),
    ]
)
