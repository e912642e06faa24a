public import CurlHTTPClient
import Foundation
public import Hummingbird
public import Logging
import OpenAPIHummingbird
public import OpenAPIRuntime
public import PostgresDatabase
import ServiceLifecycle
import Synchronization

/// How the generated servers and clients encode JSON: compact (no pretty printing, no key sorting), dates written
/// as RFC 3339 with fractional seconds and read with or without them.
public let apiConfiguration = OpenAPIRuntime.Configuration(
    dateTranscoder: RFC3339DateTranscoder(), jsonEncodingOptions: []
)

/// RFC 3339 date-times: the fraction of a second is optional on input (`2026-12-22T10:00:00Z` and
/// `2026-12-22T10:00:00.250+01:00` are both valid) and always written on output, in UTC with
/// milliseconds (`RFC3339Timestamp`, the same text `StreamingJSONEncoder` writes).
public struct RFC3339DateTranscoder: DateTranscoder {
    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let whole = Date.ISO8601FormatStyle()

    public init() {}

    public func encode(_ date: Date) throws -> String {
        RFC3339Timestamp.string(date)
    }

    public func decode(_ text: String) throws -> Date {
        if let date = try? Self.fractional.parse(text) { return date }
        if let date = try? Self.whole.parse(text) { return date }
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "Expected an RFC 3339 date-time"))
    }
}

/// A route the application serves, as registered (`/v1/contacts/organisations/{organisationId}`).
public struct ServedRoute: Hashable, Sendable {
    public let method: String
    public let path: String
}

/// Everything one running service owns: pool, migrator, peer client, token verifier, metrics.
/// `buildApplication()` composes the Hummingbird application that the executable runs and tests drive.
public struct ServiceRuntime<Service: CivicService>: Sendable {
    public let configuration: ServiceConfiguration
    public let logger: Logger
    public let pool: PostgresPool
    public let migrator: Migrator
    public let peers: CurlHTTPClient
    public let tokens: TokenVerifier
    public let metrics: HTTPMetrics

    /// Creates the runtime; reads the migration files but opens no connection yet.
    public init(configuration: ServiceConfiguration, logger: Logger) async throws {
        self.configuration = configuration
        self.logger = logger
        self.pool = PostgresPool(configuration: configuration.database, logger: logger)
        self.migrator = try Migrator(pool: pool, directory: configuration.migrationsDirectory, logger: logger)
        self.peers = CurlHTTPClient(configuration: configuration.peers, logger: logger)
        self.tokens = await TokenVerifier(configuration: configuration.jwt, jwksClient: peers, logger: logger)
        self.metrics = HTTPMetrics(pool: pool)
    }

    public var dependencies: ServiceDependencies {
        ServiceDependencies(configuration: configuration, pool: pool, peers: peers, tokens: tokens, logger: logger)
    }

    /// Builds the router: middleware, the service's generated handlers, 405 answers, health and metrics.
    /// - Returns: the router and every route it serves (the contract test compares them with openapi.yaml).
    public func buildRouter() async throws -> (router: Router<CivicRequestContext>, routes: [ServedRoute]) {
        let built = try await buildRouterAndService()
        return (built.router, built.routes)
    }

    func buildRouterAndService() async throws -> (router: Router<CivicRequestContext>, routes: [ServedRoute], service: Service) {
        let router = Router(context: CivicRequestContext.self)
        // Order matters. Metrics outermost, so they record the status the caller finally gets; CORS
        // answers preflights before authentication (they carry no token) and decorates problems;
        // rate limits run inside authentication, so buckets belong to callers, not addresses.
        router.add(middleware: MetricsMiddleware(metrics: metrics))
        router.add(middleware: try CORSPolicyMiddleware(allowedOrigins: configuration.corsAllowedOrigins))
        router.add(middleware: ProblemMiddleware(maxBodyBytes: configuration.maxBodyBytes, largeBodyPaths: Service.largeBodyPaths))
        router.add(middleware: AuthenticationMiddleware(verifier: tokens))
        if configuration.rateLimitRequestsPerSecond > 0 {
            router.add(
                middleware: RateLimitMiddleware(
                    requestsPerSecond: Double(configuration.rateLimitRequestsPerSecond), burst: configuration.rateLimitBurst,
                    maxTrackedClients: configuration.rateLimitMaxClients
                )
            )
        }
        // Innermost: bodies of known length leave in one write (SingleWriteResponseMiddleware).
        router.add(middleware: SingleWriteResponseMiddleware())

        let recorder = RouteRecorder(base: router)
        let service = try await Service(dependencies: dependencies)
        try service.registerHandlers(
            on: recorder,
            middlewares: [AuthorizationMiddleware(policy: Service.policy), IdempotencyMiddleware(pool: pool), PreEncodedJSONMiddleware()]
        )
        let apiRoutes = recorder.routes

        // A known path with another method answers 405 with Allow, not 404.
        let methods: [HTTPRequest.Method] = [.get, .post, .put, .patch, .delete]
        for path in Set(apiRoutes.map(\.path)) {
            let allowed = apiRoutes.filter { $0.path == path }.map(\.method)
            for method in methods where !allowed.contains(method.rawValue) {
                router.on(RouterPath(path), method: method) { _, _ -> Response in
                    throw Problem(
                        status: .methodNotAllowed, type: Problem.typePrefix + "method-not-allowed",
                        detail: "This path accepts \(allowed.sorted().joined(separator: ", ")).",
                        headers: [.allow: allowed.sorted().joined(separator: ", ")]
                    )
                }
            }
        }
        HealthRoutes(pool: pool, migrator: migrator, metrics: metrics).register(on: router)
        return (router, apiRoutes + HealthRoutes.routes, service)
    }

    /// The application the executable runs: the server, plus the pool and the peer client closed after it on shutdown.
    public func buildApplication() async throws -> some ApplicationProtocol {
        let (router, _, service) = try await buildRouterAndService()
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: Service.defaults.name),
            // The pool and the peer client close last, after the background work has stopped.
            services: [ResourceCloser(pool: pool, peers: peers)] + service.backgroundServices(),
            logger: logger
        )
    }
}

/// Records each operation the generated code registers, then passes it on to the router.
/// Used only while the router is built, on one task; the router itself is not Sendable.
final class RouteRecorder: ServerTransport, @unchecked Sendable {
    private let base: Router<CivicRequestContext>
    private let recorded = Mutex<[ServedRoute]>([])

    init(base: Router<CivicRequestContext>) {
        self.base = base
    }

    var routes: [ServedRoute] { recorded.withLock { $0 } }

    func register(
        _ handler: @escaping @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?),
        method: HTTPRequest.Method,
        path: String
    ) throws {
        recorded.withLock { $0.append(ServedRoute(method: method.rawValue, path: path)) }
        base.register(handler, method: method, path: path)
    }
}

/// Closes the pool and the peer client when the service group shuts down (after the server has drained).
struct ResourceCloser: Service {
    let pool: PostgresPool
    let peers: CurlHTTPClient

    func run() async throws {
        try? await gracefulShutdown()
        await pool.close()
        await peers.shutdown()
    }
}
