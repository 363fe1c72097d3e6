// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dragoman",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dragoman", targets: ["dragoman"]),
        .library(name: "DragomanCore", targets: ["DragomanCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // ICU behind a C API that exposes no ICU types (Foundation ships its own ICU module).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // Debian's md4c (libmd4c-dev): a CommonMark parser whose text callbacks point into the source buffer.
        .systemLibrary(name: "CMD4C", providers: [.apt(["libmd4c-dev"])]),
        // Debian's libxml2 (libxml2-dev), read through its SAX2 interface: the parser under FoundationXML,
        // without the per-element dictionaries and strings FoundationXML builds around it. Its headers include
        // ICU's, so Swift sees it only through CXMLReader, whose header exposes neither.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CXMLReader", dependencies: ["CLibXML2"]),
        .target(
            name: "DragomanCore",
            dependencies: ["CICU", "CMD4C", "CXMLReader", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "dragoman",
            dependencies: ["DragomanCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "DragomanBenchmark", dependencies: ["DragomanCore", "CICU", "CMD4C"]),
        .testTarget(
            name: "DragomanCoreTests",
            dependencies: ["DragomanCore", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures"), .copy("Goldens")]
        ),
        .testTarget(name: "dragomanTests", dependencies: ["dragoman"]),
    ],
    cxxLanguageStandard: .cxx17
)
