// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gxsite",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gxsite", targets: ["gxsite"]),
        .executable(name: "gxsite-http", targets: ["gxsite-http"]),
        .executable(name: "gxcorpus", targets: ["gxcorpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // jemalloc, linked into the gxsite executable with its options: the build allocates millions of small objects
        // from its worker threads, and glibc's allocator spends far more CPU on them than jemalloc does.
        .target(name: "CJemalloc", linkerSettings: [.linkedLibrary("jemalloc")]),
        // Linux system calls Swift's Glibc module does not export or that macOS spells differently, each with a portable
        // fallback so the package builds elsewhere.
        .target(name: "CGXSystem"),
        // Text reuse: compared text, common wording, shared passages. Imports nothing, so the report model can hold it.
        .target(name: "GXReuse"),
        .target(
            name: "GXReport",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation"), "CPoppler", "GXReuse"],
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(name: "GXMarkdown", dependencies: ["CCmarkGFM"]),
        // The build engine: listing inputs, the parse cache and its codecs, keys, staging, writing, the manifest, the commit.
        .target(
            name: "GXBuild",
            dependencies: ["GXReport", "GXReuse", "CGXSystem", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "GXPortal",
            dependencies: [
                "GXReport", "GXReuse", "GXMarkdown", "GXBuild", "CGXSystem",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            plugins: ["EmbedResources"]
        ),
        // Files read at run time (the default theme, the divisions table), built into the program by the plugin.
        .executableTarget(name: "gxembed"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["gxembed"]),
        .executableTarget(
            name: "gxsite",
            dependencies: [
                "GXPortal", "GXBuild", "GXReport", "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The HTTP server of `gxsite serve`, a process of its own (its main file says why).
        .executableTarget(
            name: "gxsite-http",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .target(name: "GXCorpus"),
        .executableTarget(
            name: "gxcorpus",
            dependencies: [
                "GXCorpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GXReportTests",
            dependencies: ["GXReport", "GXCorpus", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "GXMarkdownTests", dependencies: ["GXMarkdown"]),
        .testTarget(name: "GXReuseTests", dependencies: ["GXReuse"]),
        .testTarget(name: "GXBuildTests", dependencies: ["GXBuild", "GXReport"]),
        .testTarget(
            name: "GXPortalTests",
            dependencies: ["GXPortal", "GXBuild", "GXReport", "GXMarkdown", "GXCorpus", "CGXSystem"]
        ),
    ]
)
