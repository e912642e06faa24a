// swift-tools-version: 6.0
// CivicLink: four services (contacts, internationalisation, networking, innovation) over one
// openapi.yaml, PostgreSQL through libpq and calls between services through libcurl.
import PackageDescription

/// Every target builds in the Swift 6 language mode; warnings in our own code are treated as defects by review.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let openAPIPlugin: Target.PluginUsage = .plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")

/// A service is a library (routes, store, the app builder that tests use) and a thin executable.
@MainActor func service(_ name: String, module: String, folder: String) -> [Target] {
    [
        .target(
            name: module,
            dependencies: [
                "Shared", "ServerKit", "PostgresDatabase", "CurlHTTPClient", "ContactsClient",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Services/\(folder)/Sources/\(module)",
            swiftSettings: swiftSettings,
            plugins: [openAPIPlugin]
        ),
        .executableTarget(
            name: name,
            dependencies: [.target(name: module), "ServerKit"],
            path: "Services/\(folder)/Sources/\(name)",
            swiftSettings: swiftSettings
        ),
    ]
}

let package = Package(
    name: "CivicLink",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "contacts-service", targets: ["contacts-service"]),
        .executable(name: "internationalisation-service", targets: ["internationalisation-service"]),
        .executable(name: "networking-service", targets: ["networking-service"]),
        .executable(name: "innovation-service", targets: ["innovation-service"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // C modules: libpq is a system library; libcurl needs typed wrappers around its variadic setopt/getinfo.
        .systemLibrary(
            name: "CLibPQ",
            path: "Shared/Sources/CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(
            name: "CCurl",
            path: "Shared/Sources/CCurl",
            linkerSettings: [.linkedLibrary("curl")]
        ),
        // Domain models, GDPR rules and the DTOs generated from openapi.yaml.
        .target(
            name: "Shared",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            path: "Shared/Sources/Shared",
            swiftSettings: swiftSettings,
            plugins: [openAPIPlugin]
        ),
        // The generated client for the contacts-service operations other services call.
        .target(
            name: "ContactsClient",
            dependencies: ["Shared", "ServerKit", "CurlHTTPClient", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            path: "Shared/Sources/ContactsClient",
            swiftSettings: swiftSettings,
            plugins: [openAPIPlugin]
        ),
        // The libpq layer: pool, bound parameters, typed decoding, transactions, migrations.
        .target(
            name: "PostgresDatabase",
            dependencies: [
                "CLibPQ",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Shared/Sources/PostgresDatabase",
            swiftSettings: swiftSettings
        ),
        // The libcurl client and the swift-openapi-runtime ClientTransport over it.
        .target(
            name: "CurlHTTPClient",
            dependencies: [
                "CCurl",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            path: "Shared/Sources/CurlHTTPClient",
            swiftSettings: swiftSettings
        ),
        // The common server kit: app builder, problem+json, request ids, health, metrics, JWT, config.
        .target(
            name: "ServerKit",
            dependencies: [
                "Shared", "PostgresDatabase", "CurlHTTPClient",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Shared/Sources/ServerKit",
            swiftSettings: swiftSettings
        ),
    ]
        + service("contacts-service", module: "ContactsService", folder: "contacts-service")
        + service("internationalisation-service", module: "InternationalisationService", folder: "internationalisation-service")
        + service("networking-service", module: "NetworkingService", folder: "networking-service")
        + service("innovation-service", module: "InnovationService", folder: "innovation-service")
        + [
            .target(
                name: "TestSupport",
                dependencies: [
                    "ServerKit", "PostgresDatabase",
                    .product(name: "JWTKit", package: "jwt-kit"),
                    .product(name: "HummingbirdTesting", package: "hummingbird"),
                ],
                path: "Tests/TestSupport",
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "SharedTests",
                dependencies: ["Shared"],
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "PostgresDatabaseTests",
                dependencies: ["PostgresDatabase", "TestSupport"],
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "CurlHTTPClientTests",
                dependencies: [
                    "CurlHTTPClient", "ServerKit", "TestSupport",
                    .product(name: "HummingbirdTesting", package: "hummingbird"),
                ],
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "ServerKitTests",
                dependencies: [
                    "ServerKit", "Shared", "TestSupport", "CurlHTTPClient",
                    .product(name: "HummingbirdTesting", package: "hummingbird"),
                    .product(name: "JWTKit", package: "jwt-kit"),
                    .product(name: "Crypto", package: "swift-crypto"),
                    .product(name: "CryptoExtras", package: "swift-crypto"),
                ],
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "ServiceTests",
                dependencies: [
                    "ContactsService", "InternationalisationService", "NetworkingService", "InnovationService",
                    "ServerKit", "TestSupport",
                    .product(name: "HummingbirdTesting", package: "hummingbird"),
                    .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                ],
                swiftSettings: swiftSettings
            ),
        ]
)
