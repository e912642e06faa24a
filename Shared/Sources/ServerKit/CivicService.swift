public import CurlHTTPClient
public import Logging
public import OpenAPIRuntime
public import PostgresDatabase
public import ServiceLifecycle

/// What a CivicLink service provides to the common server kit: its defaults and its handlers.
/// The kit does the rest (configuration, database, migrations, middleware, health, metrics, lifecycle).
public protocol CivicService: Sendable {
    /// Name, port, schema, role and migrations folder used when nothing is configured.
    static var defaults: ServiceDefaults { get }

    /// Creates the service's handlers with its dependencies.
    init(dependencies: ServiceDependencies) async throws

    /// Who may call each operation (the service's column of docs/security.md).
    static var policy: OperationPolicy { get }

    /// Registers the handlers generated from openapi.yaml (`registerHandlers(on:serverURL:configuration:middlewares:)`),
    /// passing `middlewares` on: they enforce the policy.
    func registerHandlers(on transport: any ServerTransport, middlewares: [any ServerMiddleware]) throws

    /// Work the service runs beside its server until shutdown (outbox workers, scheduled jobs).
    func backgroundServices() -> [any ServiceLifecycle.Service]

    /// Paths whose request bodies may exceed `MAX_BODY_BYTES` (e.g. a CSV import), with their limit.
    static var largeBodyPaths: [String: Int] { get }
}

extension CivicService {
    public static var largeBodyPaths: [String: Int] { [:] }

    public func backgroundServices() -> [any ServiceLifecycle.Service] { [] }
}

/// What the kit hands a service.
public struct ServiceDependencies: Sendable {
    public let configuration: ServiceConfiguration
    public let pool: PostgresPool
    /// The libcurl client for calls to other services.
    public let peers: CurlHTTPClient
    public let tokens: TokenVerifier
    public let logger: Logger
}
