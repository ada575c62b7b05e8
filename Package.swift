// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "intervisie",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "intervisie", targets: ["intervisie"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // ChaCha20-Poly1305, HKDF, HMAC (Crypto) and scrypt (CryptoExtras) for the age file format.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // Domain: value types, calendar math, the rules engine. Foundation only.
        .target(name: "IntervisionCore"),
        // JSON files on disk: format, schema version, atomic save, change detection; hand-over files (plain or age).
        // Also ships the intervision methods (Resources/methods.json), which users extend in their data folder.
        .target(name: "IntervisionStore", dependencies: ["IntervisionCore", "IntervisionCrypto"], resources: [.copy("Resources/methods.json")]),
        // Encrypted hand-over files in the age format (age-encryption.org/v1, passphrase recipient),
        // and the word list for generated passphrases.
        .target(
            name: "IntervisionCrypto",
            dependencies: [
                "IntervisionCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/eff_large_wordlist.txt")]
        ),
        // One data folder on several machines: git as the engine, the domain's merge as its merge driver.
        .target(name: "IntervisionSync", dependencies: ["IntervisionCore", "IntervisionStore"]),
        // Official documents and lists: DOCX, HTML, Markdown, CSV, JSON, iCalendar; and the one
        // export job for every kind, the group file (plain or encrypted, the Store's format) included.
        .target(name: "IntervisionExport", dependencies: ["IntervisionCore", "IntervisionStore"]),
        // The shipped colour themes (top-level themes/ folder) as bundle resources.
        .target(
            name: "IntervisionThemes",
            path: "themes",
            sources: ["BundledThemes.swift"],
            resources: [.copy("default.json"), .copy("light.json"), .copy("monochrome.json"), .copy("high-contrast.json")]
        ),
        // The terminal UI's screens as a pure state machine: state, update, views into a Canvas of
        // cells, widgets, the key table, texts nl/en, theme types. It sees Core and nothing else: no
        // Foundation, so no files and no clock (Tests/IntervisionTUITests/PurityTests.swift checks it).
        .target(
            name: "IntervisionApp",
            dependencies: ["IntervisionCore"],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // What the screens ask for and cannot do themselves: runs their effects against the data
        // folder (Store), writes exports, loads theme files, reads the clock; opens hand-over files
        // (Crypto for the proposed passphrase) and syncs the folder (Sync), those off the UI thread.
        .target(
            name: "IntervisionRuntime",
            dependencies: ["IntervisionApp", "IntervisionCore", "IntervisionStore", "IntervisionExport", "IntervisionThemes",
                           "IntervisionCrypto", "IntervisionSync"]
        ),
        // The only code that touches ncurses. Linux has the wide-character library as ncursesw;
        // macOS's system ncurses is wide-capable under its plain name (shim.h picks the header).
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(
            name: "Terminal",
            dependencies: ["CNcurses", "IntervisionApp", "IntervisionRuntime"],
            linkerSettings: [
                .linkedLibrary("ncursesw", .when(platforms: [.linux])),
                .linkedLibrary("ncurses", .when(platforms: [.macOS])),
            ]
        ),
        .executableTarget(
            name: "intervisie",
            dependencies: [
                "IntervisionCore", "IntervisionStore", "IntervisionExport", "IntervisionApp", "IntervisionRuntime", "Terminal",
                "IntervisionCrypto", "IntervisionSync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "IntervisionCoreTests", dependencies: ["IntervisionCore"]),
        .testTarget(name: "IntervisionStoreTests", dependencies: ["IntervisionStore", "IntervisionCore", "store-stress", "intervisie-fuzz"]),
        // The fuzzer (scripts/fuzz): bytes to the group loader, mutated valid groups to the rules,
        // the exports and the import merge. A plain build is a random driver the tests run for a
        // few seconds; scripts/fuzz builds the same target with libFuzzer (-sanitize=fuzzer).
        .executableTarget(
            name: "intervisie-fuzz",
            dependencies: ["IntervisionStore", "IntervisionCore", "IntervisionExport"],
            path: "Tests/Support/Fuzz"
        ),
        // The store tests' helper process (SIGKILL mid-save, refused writes) and its benchmark.
        .executableTarget(
            name: "store-stress",
            dependencies: ["IntervisionStore", "IntervisionCore"],
            path: "Tests/Support/StoreStress"
        ),
        .testTarget(name: "IntervisionCryptoTests", dependencies: ["IntervisionCrypto", .product(name: "Crypto", package: "swift-crypto")]),
        // The terminal UI's benchmark (scripts/bench-tui): keys through update + view + diff, and the
        // real start-up to the first frame. Kept out of the shipped binary.
        .executableTarget(
            name: "tui-bench",
            dependencies: ["IntervisionApp", "IntervisionRuntime", "IntervisionCore", "IntervisionStore", "Terminal"],
            path: "Benchmarks/TUIBench"
        ),
        .testTarget(name: "IntervisionExportTests", dependencies: ["IntervisionExport", "IntervisionCore", "IntervisionStore"]),
        // The terminal UI: the screens (headless, as snapshots) and their runtime.
        .testTarget(name: "IntervisionTUITests",
                    dependencies: ["IntervisionApp", "IntervisionRuntime", "IntervisionCore", "IntervisionStore", "IntervisionThemes"],
                    exclude: ["Snapshots"]),
        // Runs the built `intervisie` binary (command line and tmux).
        .testTarget(name: "EndToEndTests", dependencies: ["intervisie", "IntervisionStore", "IntervisionCore"]),
    ],
    swiftLanguageModes: [.v6]
)
