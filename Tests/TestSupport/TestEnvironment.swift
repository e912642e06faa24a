import Foundation
import Hummingbird
import Logging
import PostgresDatabase
import ServerKit

/// The set-up every integration test shares: the local PostgreSQL that `make test` starts, its
/// credentials (from the environment, or from `.local/civiclink.env` written by `make run`), and
/// helpers to build a service exactly as the executable does.
public enum TestEnvironment {
    /// Environment variables, completed by `.local/civiclink.env` when they are not exported.
    public static let values: [String: String] = {
        var values: [String: String] = [:]
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        if let text = try? String(contentsOf: root.appendingPathComponent(".local/civiclink.env"), encoding: .utf8) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                guard let equals = line.firstIndex(of: "=") else { continue }
                values[String(line[..<equals])] = String(line[line.index(after: equals)...])
            }
        }
        values.merge(ProcessInfo.processInfo.environment) { _, exported in exported }
        return values
    }()

    public static func value(_ name: String) -> String {
        guard let value = values[name] else {
            fatalError("\(name) is not set: run the tests with `make test` (or `make run` first, which writes .local/civiclink.env)")
        }
        return value
    }

    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A connection configuration for a service's own role and schema.
    public static func database(for defaults: ServiceDefaults, poolSize: Int = 4) -> PostgresConfiguration {
        let passwordKey = defaults.schema.uppercased() + "_DB_PASSWORD"
        return PostgresConfiguration(
            host: value("DB_HOST"), port: Int(value("DB_PORT")) ?? 5432, database: value("DB_NAME"),
            user: defaults.databaseRole, password: value(passwordKey), schema: defaults.schema, poolSize: poolSize,
            acquireTimeout: .seconds(5), applicationName: "civiclink-tests"
        )
    }

    /// The superuser connection, for set-up that no service role may do (scratch schemas, killing backends).
    public static func admin(schema: String = "public", poolSize: Int = 2) -> PostgresConfiguration {
        PostgresConfiguration(
            host: value("DB_HOST"), port: Int(value("DB_PORT")) ?? 5432, database: value("DB_NAME"),
            user: value("DB_ADMIN_USER"), password: value("DB_ADMIN_PASSWORD"), schema: schema, poolSize: poolSize,
            acquireTimeout: .seconds(5), applicationName: "civiclink-tests-admin"
        )
    }

    public static var jwt: JWTConfiguration {
        JWTConfiguration(secret: value("JWT_SECRET"), issuer: value("JWT_ISSUER"), audience: value("JWT_AUDIENCE"), serviceName: "tests")
    }

    /// The configuration a service runs with in tests: its role and schema, the local secrets, any port.
    public static func configuration(for defaults: ServiceDefaults, port: Int = 0, contactsURL: URL? = nil) -> ServiceConfiguration {
        var jwt = self.jwt
        jwt = JWTConfiguration(secret: jwt.secret, issuer: jwt.issuer, audience: jwt.audience, serviceName: defaults.name)
        return ServiceConfiguration(
            host: "127.0.0.1", port: port, database: database(for: defaults), migrationsDirectory: defaults.migrationsDirectory,
            jwt: jwt, contactsServiceURL: contactsURL ?? URL(string: "http://127.0.0.1:8081")!,
            peers: .init(connectTimeout: .milliseconds(500), totalTimeout: .seconds(2))
        )
    }

    /// The roles of the functional tests' default caller: enough to call every operation, so those
    /// tests exercise behaviour; `SecurityMatrixTests` checks each role against the matrix.
    public static let functionalRoles = ["authority_admin", "partnership_officer", "broker", "sme", "resident"]

    /// Signs a user token with the local secret, for an authority that is registered (unless
    /// `registered` is false: then the registry is left as it is).
    public static func token(
        authority: UUID, roles: [String] = functionalRoles, subject: String = "test-user", organisation: UUID? = nil,
        audience: String? = nil, issuer: String? = nil, expiresIn: TimeInterval = 600, registered: Bool = true
    ) async throws -> String {
        if registered { try await TestAuthorities.shared.register(authority) }
        let verifier = await TokenVerifier(configuration: jwt)
        return try await verifier.sign(
            subject: subject, authority: authority, organisation: organisation, roles: roles, audience: audience,
            issuer: issuer, expiresIn: expiresIn
        )
    }

    /// Builds a service as the executable does (migrations applied) and returns its application.
    /// - Parameters:
    ///   - configure: changes to the configuration before the service is built (pool size, timeouts).
    public static func application<Service: CivicService>(
        _ service: Service.Type, port: Int = 0, contactsURL: URL? = nil,
        configure: (inout ServiceConfiguration) -> Void = { _ in }
    ) async throws -> (application: some ApplicationProtocol, runtime: ServiceRuntime<Service>) {
        var logger = Logger(label: "test.\(Service.defaults.name)", metadataProvider: RequestScope.metadataProvider)
        logger.logLevel = .warning
        var configuration = configuration(for: Service.defaults, port: port, contactsURL: contactsURL)
        configure(&configuration)
        let runtime = try await ServiceRuntime<Service>(configuration: configuration, logger: logger)
        try await runtime.migrator.migrate()
        let (router, _) = try await runtime.buildRouter()
        let application = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger
        )
        return (application, runtime)
    }
}
