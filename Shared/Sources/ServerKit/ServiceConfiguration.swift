public import Foundation
public import PostgresDatabase
public import CurlHTTPClient

/// Everything a service reads from its environment, with the defaults documented in README.md.
public struct ServiceConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: PostgresConfiguration
    public var migrationsDirectory: URL
    /// Apply migrations when `serve` starts (`MIGRATE_ON_START`, default true).
    public var migrateOnStart: Bool
    public var jwt: JWTConfiguration
    /// Base URL of contacts-service, for the services that call it.
    public var contactsServiceURL: URL
    /// Base URLs of the other services by name, for contacts-service's data-subject requests.
    public var serviceURLs: [String: URL]
    /// How often background work (the erasure outbox) looks for due items (`WORKER_INTERVAL_MS`).
    public var workerInterval: Duration
    /// The longest wait between two attempts to reach a service that is down (`OUTBOX_RETRY_MAX_S`).
    public var outboxRetryMax: Duration
    /// How often the retention purge runs (`RETENTION_PURGE_INTERVAL_S`).
    public var retentionPurgeInterval: Duration
    public var peers: CurlClientConfiguration
    /// Request bodies above this size get 413.
    public var maxBodyBytes: Int
    /// Sustained requests per second per caller; 0 turns rate limiting off.
    public var rateLimitRequestsPerSecond: Int
    /// Requests a rested caller may send at once.
    public var rateLimitBurst: Int
    /// The most callers whose buckets are kept in memory.
    public var rateLimitMaxClients: Int
    /// Browser origins allowed to call the API (CORS); empty: no CORS headers at all.
    public var corsAllowedOrigins: [String]
    public var logFormat: LogFormat
    public var logLevel: String

    /// The other services on this machine, as `make run` starts them.
    public static let localServiceURLs: [String: URL] = [
        "internationalisation-service": URL(string: "http://127.0.0.1:8082")!,
        "networking-service": URL(string: "http://127.0.0.1:8083")!,
        "innovation-service": URL(string: "http://127.0.0.1:8084")!,
    ]

    public enum LogFormat: String, Sendable {
        case text
        /// One JSON object per line, what log collectors expect.
        case json
    }

    public init(
        host: String = "127.0.0.1",
        port: Int,
        database: PostgresConfiguration,
        migrationsDirectory: URL,
        migrateOnStart: Bool = true,
        jwt: JWTConfiguration,
        contactsServiceURL: URL = URL(string: "http://127.0.0.1:8081")!,
        serviceURLs: [String: URL] = ServiceConfiguration.localServiceURLs,
        workerInterval: Duration = .seconds(2),
        outboxRetryMax: Duration = .seconds(300),
        retentionPurgeInterval: Duration = .seconds(86_400),
        peers: CurlClientConfiguration = .init(),
        maxBodyBytes: Int = 1_048_576,
        rateLimitRequestsPerSecond: Int = 0,
        rateLimitBurst: Int = 100,
        rateLimitMaxClients: Int = 10_000,
        corsAllowedOrigins: [String] = [],
        logFormat: LogFormat = .text,
        logLevel: String = "info"
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.migrationsDirectory = migrationsDirectory
        self.migrateOnStart = migrateOnStart
        self.jwt = jwt
        self.contactsServiceURL = contactsServiceURL
        self.serviceURLs = serviceURLs
        self.workerInterval = workerInterval
        self.outboxRetryMax = outboxRetryMax
        self.retentionPurgeInterval = retentionPurgeInterval
        self.peers = peers
        self.maxBodyBytes = maxBodyBytes
        self.rateLimitRequestsPerSecond = rateLimitRequestsPerSecond
        self.rateLimitBurst = rateLimitBurst
        self.rateLimitMaxClients = rateLimitMaxClients
        self.corsAllowedOrigins = corsAllowedOrigins
        self.logFormat = logFormat
        self.logLevel = logLevel
    }

    /// Reads the configuration from environment variables; a missing or malformed value stops start-up with a message naming it.
    /// - Parameters:
    ///   - service: the service's defaults (port, schema, role, migrations folder).
    ///   - environment: the variables, `ProcessInfo.processInfo.environment` by default.
    public static func fromEnvironment(
        service: ServiceDefaults,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ServiceConfiguration {
        var reader = EnvironmentReader(environment: environment)
        let database = PostgresConfiguration(
            host: reader.string("DB_HOST", default: "127.0.0.1"),
            port: reader.integer("DB_PORT", default: 5432, range: 1...65535),
            database: reader.string("DB_NAME", default: "civiclink"),
            user: reader.string("DB_USER", default: service.databaseRole),
            password: reader.optionalString("DB_PASSWORD"),
            schema: reader.identifier("DB_SCHEMA", default: service.schema),
            poolSize: reader.integer("DB_POOL_SIZE", default: 8, range: 1...200),
            acquireTimeout: .milliseconds(reader.integer("DB_POOL_TIMEOUT_MS", default: 2000, range: 1...600_000)),
            statementTimeout: .milliseconds(reader.integer("DB_STATEMENT_TIMEOUT_MS", default: 5000, range: 1...3_600_000)),
            connectTimeoutSeconds: reader.integer("DB_CONNECT_TIMEOUT_S", default: 5, range: 1...300),
            applicationName: service.name
        )
        // An HS256 secret, the JWKS of an identity provider, or both; never neither.
        let secret = reader.optionalString("JWT_SECRET")
        if let secret, secret.utf8.count < 32 { reader.problems.append("JWT_SECRET must be at least 32 bytes") }
        let jwksURL = reader.optionalURL("JWT_JWKS_URL")
        if secret == nil, reader.optionalString("JWT_JWKS_URL") == nil {
            reader.problems.append("JWT_SECRET or JWT_JWKS_URL is required (an HS256 secret, the JWKS of an identity provider, or both)")
        }
        let configuration = ServiceConfiguration(
            host: reader.string("HOST", default: "127.0.0.1"),
            port: reader.integer("PORT", default: service.port, range: 1...65535),
            database: database,
            migrationsDirectory: URL(fileURLWithPath: reader.string("MIGRATIONS_DIR", default: service.migrationsDirectory.path)),
            migrateOnStart: reader.boolean("MIGRATE_ON_START", default: true),
            jwt: JWTConfiguration(
                secret: secret,
                jwksURL: jwksURL,
                issuer: reader.string("JWT_ISSUER", default: "civiclink-local"),
                audience: reader.string("JWT_AUDIENCE", default: "civiclink"),
                serviceName: service.name
            ),
            contactsServiceURL: reader.url("CONTACTS_SERVICE_URL", default: "http://127.0.0.1:8081"),
            serviceURLs: [
                "internationalisation-service": reader.url("INTERNATIONALISATION_SERVICE_URL", default: "http://127.0.0.1:8082"),
                "networking-service": reader.url("NETWORKING_SERVICE_URL", default: "http://127.0.0.1:8083"),
                "innovation-service": reader.url("INNOVATION_SERVICE_URL", default: "http://127.0.0.1:8084"),
            ],
            workerInterval: .milliseconds(reader.integer("WORKER_INTERVAL_MS", default: 2000, range: 50...600_000)),
            outboxRetryMax: .seconds(reader.integer("OUTBOX_RETRY_MAX_S", default: 300, range: 1...86_400)),
            retentionPurgeInterval: .seconds(reader.integer("RETENTION_PURGE_INTERVAL_S", default: 86_400, range: 60...2_592_000)),
            peers: CurlClientConfiguration(
                connectTimeout: .milliseconds(reader.integer("PEER_CONNECT_TIMEOUT_MS", default: 1000, range: 1...60_000)),
                totalTimeout: .milliseconds(reader.integer("PEER_TIMEOUT_MS", default: 3000, range: 1...300_000))
            ),
            maxBodyBytes: reader.integer("MAX_BODY_BYTES", default: 1_048_576, range: 1024...104_857_600),
            rateLimitRequestsPerSecond: reader.integer("RATE_LIMIT_RPS", default: 20, range: 0...100_000),
            rateLimitBurst: reader.integer("RATE_LIMIT_BURST", default: 100, range: 1...100_000),
            rateLimitMaxClients: reader.integer("RATE_LIMIT_MAX_CLIENTS", default: 10_000, range: 100...10_000_000),
            corsAllowedOrigins: reader.origins("CORS_ALLOWED_ORIGINS"),
            logFormat: reader.enumeration("LOG_FORMAT", default: .text),
            logLevel: reader.string("LOG_LEVEL", default: "info")
        )
        guard reader.problems.isEmpty else {
            throw ConfigurationError(problems: reader.problems)
        }
        return configuration
    }
}

/// What differs between the four services when nothing is configured.
public struct ServiceDefaults: Sendable {
    /// The executable's name, e.g. `contacts-service`.
    public let name: String
    public let port: Int
    public let schema: String
    public let databaseRole: String
    public let migrationsDirectory: URL

    public init(name: String, port: Int, schema: String, databaseRole: String, migrationsDirectory: URL) {
        self.name = name
        self.port = port
        self.schema = schema
        self.databaseRole = databaseRole
        self.migrationsDirectory = migrationsDirectory
    }
}

/// Invalid configuration: every problem is listed at once, so an operator fixes them in one go.
public struct ConfigurationError: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String { "invalid configuration:\n  - " + problems.joined(separator: "\n  - ") }
}

/// Reads typed values and collects what is wrong instead of stopping at the first problem.
struct EnvironmentReader {
    let environment: [String: String]
    var problems: [String] = []

    func optionalString(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    func string(_ name: String, default fallback: String) -> String {
        optionalString(name) ?? fallback
    }

    mutating func required(_ name: String) -> String? {
        guard let value = optionalString(name) else {
            problems.append("\(name) is required")
            return nil
        }
        return value
    }

    mutating func integer(_ name: String, default fallback: Int, range: ClosedRange<Int>) -> Int {
        guard let text = optionalString(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            problems.append("\(name) must be a whole number in \(range.lowerBound)...\(range.upperBound), got \(text)")
            return fallback
        }
        return value
    }

    mutating func boolean(_ name: String, default fallback: Bool) -> Bool {
        guard let text = optionalString(name) else { return fallback }
        switch text.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default:
            problems.append("\(name) must be true or false, got \(text)")
            return fallback
        }
    }

    mutating func identifier(_ name: String, default fallback: String) -> String {
        let value = string(name, default: fallback)
        guard PostgresConfiguration.isPlainIdentifier(value) else {
            problems.append("\(name) must be a lower-case SQL identifier, got \(value)")
            return fallback
        }
        return value
    }

    mutating func url(_ name: String, default fallback: String) -> URL {
        let text = string(name, default: fallback)
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            problems.append("\(name) must be an http(s) URL, got \(text)")
            return URL(string: fallback)!
        }
        return url
    }

    /// `nil` when unset; an http(s) URL with a host otherwise.
    mutating func optionalURL(_ name: String) -> URL? {
        guard let text = optionalString(name) else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
            problems.append("\(name) must be an http(s) URL, got \(text)")
            return nil
        }
        return url
    }

    /// A comma-separated list of browser origins (`http(s)://host[:port]`).
    mutating func origins(_ name: String) -> [String] {
        guard let text = optionalString(name) else { return [] }
        let entries = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for entry in entries where CORSOrigin.normalize(entry) == nil {
            problems.append("\(name) has an entry that is not an origin (http(s)://host[:port]): \(entry)")
        }
        return entries
    }

    mutating func enumeration<Value: RawRepresentable>(_ name: String, default fallback: Value) -> Value where Value.RawValue == String {
        guard let text = optionalString(name) else { return fallback }
        guard let value = Value(rawValue: text) else {
            problems.append("\(name) has an unknown value \(text)")
            return fallback
        }
        return value
    }
}
