// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "FactLedger",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factledger", targets: ["factledger"]),
        .library(name: "FactLedger", targets: ["FactLedger"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Writes schema/*.sql and seeds/* into the library as Swift source at build time,
        // so the binary needs no files at run time and the top-level folders stay the only copy.
        .executableTarget(name: "EmbedFiles"),
        .plugin(
            name: "EmbedFilesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedFiles"]
        ),
        .target(
            name: "FactLedger",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                "CLibXML2",
            ],
            exclude: ["Language/Resources", "Extraction/Frames/Lexicon"],
            plugins: ["EmbedFilesPlugin"]
        ),
        .executableTarget(
            name: "factledger",
            dependencies: [
                "FactLedger",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Extraction throughput on one core, for scripts/bench.py and profiling.
        .executableTarget(
            name: "factledger-bench",
            dependencies: ["FactLedger"]
        ),
        // Trains the part-of-speech tagger on UD English EWT (Sources/FactLedger/Language/Resources/tagger.bin).
        .executableTarget(
            name: "factledger-train-tagger",
            dependencies: ["FactLedger"]
        ),
        // Fuzzing the reader and extractors with a seeded mutator.
        .executableTarget(
            name: "factledger-fuzz",
            dependencies: ["FactLedger"]
        ),
        .testTarget(
            name: "FactLedgerTests",
            dependencies: ["FactLedger"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
