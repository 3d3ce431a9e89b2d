// swift-tools-version: 6.0
import PackageDescription

/// Settings every sohoa Swift target shares: Swift 6 mode and the upcoming features our style asks for.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "sohoa",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sohoa", targets: ["sohoa"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // C libraries from Debian: a module map and a shim header each, nothing else.
        .systemLibrary(name: "CTIFF", pkgConfig: "libtiff-4", providers: [.apt(["libtiff-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CLeptonica", pkgConfig: "lept", providers: [.apt(["libleptonica-dev"])]),
        .systemLibrary(name: "CTesseract", pkgConfig: "tesseract", providers: [.apt(["libtesseract-dev"])]),
        .systemLibrary(name: "CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        // Our one piece of C: the signal handler that notes which work item crashed the process.
        .target(name: "CCrashNote"),

        // The decoder's alignments (Decoding/) score thousands of hypotheses per field: SohoaCore is optimized in
        // debug builds too, so that the tests run whole batches at the speed a user's run has.
        .target(name: "SohoaCore", swiftSettings: swiftSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(
            name: "SohoaImaging",
            dependencies: [
                "SohoaCore", "CTIFF", "CPNG", "CLeptonica",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SohoaOCR",
            dependencies: ["SohoaCore", "SohoaImaging", "CLeptonica", "CTesseract"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SohoaStore",
            dependencies: [
                "SohoaCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SohoaPipeline",
            dependencies: [
                "SohoaCore", "SohoaImaging", "SohoaOCR", "SohoaStore", "CCrashNote",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SohoaExport",
            dependencies: [
                "SohoaCore", "SohoaImaging", "SohoaStore", "CQPDF",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SohoaReview",
            dependencies: [
                "SohoaCore", "SohoaImaging", "SohoaStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "sohoa",
            dependencies: [
                "SohoaCore", "SohoaPipeline", "SohoaStore", "SohoaImaging", "SohoaExport", "SohoaReview",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // What several test targets use: running the tools that check a delivery.
        .target(name: "SohoaTestSupport", dependencies: ["SohoaStore", "SohoaCore"], path: "Tests/TestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "SohoaCoreTests", dependencies: ["SohoaCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SohoaImagingTests",
            dependencies: ["SohoaImaging", "SohoaCore", "CPNG"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "SohoaOCRTests", dependencies: ["SohoaOCR", "SohoaImaging", "SohoaCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SohoaStoreTests",
            dependencies: ["SohoaStore", "SohoaCore", "SohoaTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SohoaPipelineTests",
            dependencies: ["SohoaPipeline", "SohoaStore", "SohoaCore", "SohoaImaging"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SohoaExportTests",
            dependencies: [
                "SohoaExport", "SohoaCore", "SohoaStore", "SohoaImaging", "SohoaPipeline", "SohoaTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SohoaReviewTests",
            dependencies: [
                "SohoaReview", "SohoaStore", "SohoaCore", "SohoaPipeline", "SohoaTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "sohoa", "SohoaStore", "SohoaCore", "SohoaExport", "SohoaReview", "SohoaPipeline", "SohoaTestSupport", "CPNG",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
