import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ServerKit
import Synchronization
import Testing

/// Rate limiting per caller (token buckets, 429 + Retry-After, RateLimit headers, bounded memory)
/// and the CORS allow-list, each driven through a real router with `ProblemMiddleware`.
@Suite struct RateLimitAndCORSTests {
    // MARK: - Fixtures

    /// A monotonic clock the test moves by hand.
    final class ManualClock: Sendable {
        private let start = ContinuousClock.now
        private let offset = Mutex<Duration>(.zero)

        func advance(by duration: Duration) { offset.withLock { $0 += duration } }

        var now: @Sendable () -> ContinuousClock.Instant {
            { [self] in start + offset.withLock { $0 } }
        }
    }

    /// Mimics `AuthenticationMiddleware`: `/v1/` needs a caller, given by test headers instead of a JWT.
    struct TestAuthentication<Context: RequestContext>: RouterMiddleware {
        static var subject: HTTPField.Name { HTTPField.Name("X-Test-Subject")! }
        static var authority: HTTPField.Name { HTTPField.Name("X-Test-Authority")! }
        static var roles: HTTPField.Name { HTTPField.Name("X-Test-Roles")! }
        static var defaultAuthority: UUID { UUID(uuidString: "0192F0C0-0000-7000-8000-0000000000AA")! }

        func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
            guard request.uri.path.hasPrefix("/v1/") else { return try await next(request, context) }
            guard let subject = request.headers[Self.subject] else { throw Problem.unauthorized("A bearer token is required.") }
            let identity = Identity(
                subject: subject,
                authorityID: request.headers[Self.authority].flatMap(UUID.init(uuidString:)) ?? Self.defaultAuthority,
                organisationID: nil,
                roles: Set((request.headers[Self.roles] ?? "sme").split(separator: ",").map(String.init))
            )
            let scope = RequestScope(requestID: RequestScope.current?.requestID ?? "test", identity: identity, logger: context.logger)
            return try await RequestScope.$current.withValue(scope) { try await next(request, context) }
        }
    }

    struct PlainFailure: Error {}

    /// Registers the trivial routes every test calls.
    static func addRoutes<Context: RequestContext>(to router: Router<Context>) {
        router.get("/v1/things") { _, _ in "things" }
        router.get("/v1/missing") { _, _ -> String in throw Problem.notFound("The thing") }
        router.get("/v1/broken") { _, _ -> String in throw PlainFailure() }
        router.get("/public") { _, _ in "public" }
        router.get("/healthz") { _, _ in "ok" }
    }

    /// Problem -> test authentication -> rate limit -> routes, as `ServiceRuntime` wires them.
    static func rateLimitedApp(_ limiter: RateLimiter, exemptRoles: Set<String> = ["service"]) -> some ApplicationProtocol {
        let router = Router(context: CivicRequestContext.self)
        router.add(middleware: ProblemMiddleware(maxBodyBytes: 1024))
        router.add(middleware: TestAuthentication())
        router.add(middleware: RateLimitMiddleware(limiter: limiter, exemptRoles: exemptRoles))
        addRoutes(to: router)
        return Application(router: router)
    }

    /// CORS -> Problem -> test authentication -> rate limit -> routes.
    static func corsApp(allowedOrigins: [String]) throws -> some ApplicationProtocol {
        let router = Router(context: CivicRequestContext.self)
        router.add(middleware: try CORSPolicyMiddleware(allowedOrigins: allowedOrigins))
        router.add(middleware: ProblemMiddleware(maxBodyBytes: 1024))
        router.add(middleware: TestAuthentication())
        router.add(middleware: RateLimitMiddleware(limiter: RateLimiter(requestsPerSecond: 10, burst: 10)))
        addRoutes(to: router)
        return Application(router: router)
    }

    static func caller(_ subject: String, authority: UUID? = nil, roles: String? = nil) -> HTTPFields {
        var fields: HTTPFields = [TestAuthentication<CivicRequestContext>.subject: subject]
        if let authority { fields[TestAuthentication<CivicRequestContext>.authority] = authority.uuidString }
        if let roles { fields[TestAuthentication<CivicRequestContext>.roles] = roles }
        return fields
    }

    func expectProblem(_ response: TestResponse, _ status: HTTPResponse.Status, type: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == status, sourceLocation: sourceLocation)
        #expect(response.headers[.contentType] == "application/problem+json", sourceLocation: sourceLocation)
        let body = String(buffer: response.body)
        #expect(body.contains("\"status\":\(status.code)"), sourceLocation: sourceLocation)
        #expect(body.contains("\"type\":\"\(type)\""), sourceLocation: sourceLocation)
        #expect(response.headers[.requestID] != nil, sourceLocation: sourceLocation)
    }

    func corsFields(_ response: TestResponse) -> [String] {
        response.headers.filter { $0.name.canonicalName.hasPrefix("access-control-") }.map { $0.name.canonicalName }
    }

    // MARK: - Rate limiting

    @Test func theBurstIsAllowedThenA429WithRetryAfterAndRateLimitHeaders() async throws {
        let clock = ManualClock()
        let app = Self.rateLimitedApp(RateLimiter(requestsPerSecond: 0.5, burst: 3, now: clock.now))
        try await app.test(.router) { client in
            for expected in [2, 1, 0] {
                let response = try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("alice"))
                #expect(response.status == .ok)
                #expect(response.headers[.rateLimitLimit] == "3")
                #expect(response.headers[.rateLimitRemaining] == String(expected))
                #expect(response.headers[.retryAfter] == nil)
            }
            let refused = try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("alice"))
            expectProblem(refused, .tooManyRequests, type: "urn:civiclink:problem:rate-limited")
            #expect(String(buffer: refused.body).contains("\"title\":\"Too Many Requests\""))
            // One token at 0.5 per second: 2 seconds; the full bucket (3 tokens): 6 seconds.
            #expect(refused.headers[.retryAfter] == "2")
            #expect(refused.headers[.rateLimitLimit] == "3")
            #expect(refused.headers[.rateLimitRemaining] == "0")
            #expect(refused.headers[.rateLimitReset] == "6")
        }
    }

    @Test func differentCallersHaveSeparateBuckets() async throws {
        let clock = ManualClock()
        let app = Self.rateLimitedApp(RateLimiter(requestsPerSecond: 1, burst: 2, now: clock.now))
        let otherAuthority = UUID()
        try await app.test(.router) { client in
            for _ in 0..<2 { #expect(try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("alice")).status == .ok) }
            #expect(try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("alice")).status == .tooManyRequests)
            let bob = try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("bob"))
            #expect(bob.status == .ok)
            #expect(bob.headers[.rateLimitRemaining] == "1")
            // The same `sub` in another authority is another caller.
            let aliceElsewhere = try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("alice", authority: otherAuthority))
            #expect(aliceElsewhere.status == .ok)
            #expect(aliceElsewhere.headers[.rateLimitRemaining] == "1")
        }
    }

    @Test func tokensRefillOverTimeUpToTheBurst() async throws {
        let clock = ManualClock()
        let app = Self.rateLimitedApp(RateLimiter(requestsPerSecond: 1, burst: 2, now: clock.now))
        try await app.test(.router) { client in
            for _ in 0..<2 { #expect(try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("alice")).status == .ok) }
            #expect(try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("alice")).status == .tooManyRequests)

            clock.advance(by: .milliseconds(500))
            let early = try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("alice"))
            #expect(early.status == .tooManyRequests)
            #expect(early.headers[.retryAfter] == "1")  // half a token missing: rounded up to a whole second

            clock.advance(by: .milliseconds(500))
            let refilled = try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("alice"))
            #expect(refilled.status == .ok)
            #expect(refilled.headers[.rateLimitRemaining] == "0")

            // A long rest fills the bucket to the burst, not beyond.
            clock.advance(by: .seconds(60))
            for expected in [1, 0] {
                let response = try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("alice"))
                #expect(response.status == .ok)
                #expect(response.headers[.rateLimitRemaining] == String(expected))
            }
            #expect(try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("alice")).status == .tooManyRequests)
        }
    }

    @Test func evictionDropsRestedBucketsAndKeepsTheTableBounded() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerSecond: 1, burst: 2, maxTrackedClients: 10, now: clock.now)
        let app = Self.rateLimitedApp(limiter)
        try await app.test(.router) { client in
            // Nine callers use one token each; "busy" uses both of its own.
            for index in 0..<9 {
                #expect(try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("idle-\(index)")).status == .ok)
            }
            for _ in 0..<2 { #expect(try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("busy")).status == .ok) }
            #expect(limiter.trackedClients == 10)

            // 1.5 s later the nine are full again, "busy" is not (1.5 of 2 tokens).
            clock.advance(by: .milliseconds(1500))
            #expect(try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("newcomer")).status == .ok)
            #expect(limiter.trackedClients == 2)
            // "busy" kept its state: 0.5 token left after this request, not a fresh burst.
            let busy = try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("busy"))
            #expect(busy.status == .ok)
            #expect(busy.headers[.rateLimitRemaining] == "0")

            // A flood of distinct callers, none rested: the table still stays within its bound.
            for index in 0..<50 {
                #expect(try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("flood-\(index)")).status == .ok)
                #expect(limiter.trackedClients <= 10)
            }
        }
    }

    @Test func concurrentRequestsNeverGetMoreThanTheBurst() async {
        let limiter = RateLimiter(requestsPerSecond: 1, burst: 50, now: ManualClock().now)
        let allowed = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<400 {
                group.addTask { limiter.acquire(for: .caller(authorityID: TestAuthentication<CivicRequestContext>.defaultAuthority, subject: "racer")).allowed }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(allowed == 50)
        #expect(limiter.trackedClients == 1)
    }

    @Test func errorAnswersOfAllowedRequestsCarryTheRateLimitHeaders() async throws {
        let app = Self.rateLimitedApp(RateLimiter(requestsPerSecond: 1, burst: 5, now: ManualClock().now))
        try await app.test(.router) { client in
            let missing = try await client.execute(uri: "/v1/missing", method: .get, headers: Self.caller("alice"))
            expectProblem(missing, .notFound, type: "urn:civiclink:problem:not-found")
            #expect(missing.headers[.rateLimitRemaining] == "4")
            let broken = try await client.execute(uri: "/v1/broken", method: .get, headers: Self.caller("alice"))
            expectProblem(broken, .internalServerError, type: "urn:civiclink:problem:internal")
            #expect(broken.headers[.rateLimitRemaining] == "3")
            #expect(broken.headers[.rateLimitLimit] == "5")
        }
    }

    @Test func unauthenticatedRequestsShareOneBucketAndProbesAndServiceCallsAreExempt() async throws {
        let app = Self.rateLimitedApp(RateLimiter(requestsPerSecond: 1, burst: 1, now: ManualClock().now))
        try await app.test(.router) { client in
            #expect(try await client.execute(uri: "/public", method: .get).status == .ok)
            let second = try await client.execute(uri: "/public", method: .get, headers: [.requestID: "another-client"])
            #expect(second.status == .tooManyRequests)
            for _ in 0..<5 {
                let probe = try await client.execute(uri: "/healthz", method: .get)
                #expect(probe.status == .ok)
                #expect(probe.headers[.rateLimitLimit] == nil)
            }
            for _ in 0..<5 {
                let call = try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("service:networking-service", roles: "service"))
                #expect(call.status == .ok)
            }
            #expect(try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("user", roles: "sme")).status == .ok)
            #expect(try await client.execute(uri: "/v1/things", method: .get, headers: Self.caller("user", roles: "sme")).status == .tooManyRequests)
        }
    }

    /// A context that knows the peer address, as `RemoteAddressRequestContext` describes.
    struct PeerContext: RemoteAddressRequestContext {
        var coreContext: CoreRequestContextStorage
        var remoteAddress: SocketAddress?

        init(source: ApplicationRequestContextSource) {
            self.coreContext = .init(source: source)
            self.remoteAddress = nil
        }
    }

    /// Plays the network: the test names the peer address in a header.
    struct PeerFromHeader: RouterMiddleware {
        func handle(_ request: Request, context: PeerContext, next: (Request, PeerContext) async throws -> Response) async throws -> Response {
            var context = context
            context.remoteAddress = try request.headers[HTTPField.Name("X-Test-Peer")!].map { try SocketAddress(ipAddress: $0, port: 40000) }
            return try await next(request, context)
        }
    }

    @Test func unauthenticatedRequestsAreLimitedPerPeerAddressWhenTheContextKnowsIt() async throws {
        let router = Router(context: PeerContext.self)
        router.add(middleware: PeerFromHeader())
        router.add(middleware: ProblemMiddleware(maxBodyBytes: 1024))
        router.add(middleware: RateLimitMiddleware(limiter: RateLimiter(requestsPerSecond: 1, burst: 1, now: ManualClock().now)))
        router.get("/public") { _, _ in "public" }
        let peer = HTTPField.Name("X-Test-Peer")!
        let app = Application(router: router)
        try await app.test(.router) { client async throws in
            #expect(try await client.execute(uri: "/public", method: .get, headers: [peer: "192.0.2.1"]).status == .ok)
            #expect(try await client.execute(uri: "/public", method: .get, headers: [peer: "192.0.2.1"]).status == .tooManyRequests)
            #expect(try await client.execute(uri: "/public", method: .get, headers: [peer: "2001:db8::7"]).status == .ok)
        }
    }

    // MARK: - CORS

    static let frontend = "https://app.example-city.eu"

    @Test func anAllowedOriginGetsTheCORSHeadersOnSuccessAndOnErrors() async throws {
        let app = try Self.corsApp(allowedOrigins: [Self.frontend, "http://localhost:5173"])
        try await app.test(.router) { client in
            var headers = Self.caller("alice")
            headers[.origin] = Self.frontend
            let response = try await client.execute(uri: "/v1/things", method: .get, headers: headers)
            #expect(response.status == .ok)
            #expect(response.headers[.accessControlAllowOrigin] == Self.frontend)
            #expect(response.headers[values: .vary].contains("Origin"))
            let exposed = response.headers[.accessControlExposeHeaders] ?? ""
            for name in ["ETag", "Location", "Retry-After", "X-Request-ID", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"] {
                #expect(exposed.contains(name))
            }
            #expect(response.headers[.accessControlAllowCredentials] == nil)

            // Errors too, or the page could not read why it failed (401 from authentication here).
            let unauthorized = try await client.execute(uri: "/v1/things", method: .get, headers: [.origin: "http://localhost:5173"])
            expectProblem(unauthorized, .unauthorized, type: "urn:civiclink:problem:unauthorized")
            #expect(unauthorized.headers[.accessControlAllowOrigin] == "http://localhost:5173")
        }
    }

    @Test func aDisallowedOriginGetsNoCORSHeaders() async throws {
        let app = try Self.corsApp(allowedOrigins: [Self.frontend])
        try await app.test(.router) { client in
            for origin in ["https://evil.example", "http://app.example-city.eu", "https://app.example-city.eu:8443", "null",
                           "https://app.example-city.eu.evil.example"] {
                var headers = Self.caller("alice")
                headers[.origin] = origin
                let response = try await client.execute(uri: "/v1/things", method: .get, headers: headers)
                #expect(response.status == .ok)  // served, but the browser will not hand it to the page
                #expect(corsFields(response) == [], "origin \(origin)")
            }
        }
    }

    @Test func aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() async throws {
        let app = try Self.corsApp(allowedOrigins: [Self.frontend])
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/things", method: .options, headers: [
                .origin: Self.frontend, .accessControlRequestMethod: "PATCH",
                .accessControlRequestHeaders: "authorization, content-type, if-match",
            ])
            #expect(response.status == .noContent)
            #expect(response.headers[.accessControlAllowOrigin] == Self.frontend)
            #expect(response.headers[.accessControlAllowMethods] == "GET, POST, PUT, PATCH, DELETE")
            #expect(response.headers[.accessControlAllowHeaders] == "Authorization, Content-Type, If-Match, Idempotency-Key, X-Request-ID")
            #expect(response.headers[.accessControlMaxAge] == "600")
            #expect(response.headers[.accessControlAllowCredentials] == nil)
            #expect(response.headers[values: .vary].contains("Origin"))
            #expect(response.headers[.rateLimitLimit] == nil)  // never reached the limiter
            #expect(response.body.readableBytes == 0)
        }
    }

    @Test func aPreflightFromADisallowedOriginIsRefusedWithAProblem() async throws {
        let app = try Self.corsApp(allowedOrigins: [Self.frontend])
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/things", method: .options, headers: [
                .origin: "https://evil.example", .accessControlRequestMethod: "DELETE",
            ])
            expectProblem(response, .forbidden, type: "urn:civiclink:problem:origin-not-allowed")
            #expect(corsFields(response) == [])
        }
    }

    @Test func anEmptyAllowListMeansNoCORSAtAll() async throws {
        let app = try Self.corsApp(allowedOrigins: [])
        try await app.test(.router) { client in
            var headers = Self.caller("alice")
            headers[.origin] = Self.frontend
            let response = try await client.execute(uri: "/v1/things", method: .get, headers: headers)
            #expect(response.status == .ok)
            #expect(corsFields(response) == [])
            #expect(response.headers[.vary] == nil)
            // A preflight is not answered by CORS: it goes on to authentication, which wants a token.
            let preflight = try await client.execute(uri: "/v1/things", method: .options, headers: [
                .origin: Self.frontend, .accessControlRequestMethod: "GET",
            ])
            #expect(preflight.status == .unauthorized)
            #expect(corsFields(preflight) == [])
        }
    }

    @Test func configuredOriginsAreNormalisedAndNonOriginsRejected() throws {
        #expect(CORSOrigin.normalize("HTTPS://App.Example-City.EU:443/") == "https://app.example-city.eu")
        #expect(CORSOrigin.normalize(" http://localhost:5173 ") == "http://localhost:5173")
        #expect(CORSOrigin.normalize("http://example.org:80") == "http://example.org")
        #expect(CORSOrigin.normalize("https://example.org:8443") == "https://example.org:8443")
        #expect(CORSOrigin.normalize("http://[2001:DB8::1]:8080") == "http://[2001:db8::1]:8080")
        for invalid in ["*", "null", "", "example.org", "ftp://example.org", "https://example.org/app", "https://example.org?x=1",
                        "https://user@example.org", "https://", "https://example.org:0", "https://example.org#"] {
            #expect(CORSOrigin.normalize(invalid) == nil, "\(invalid)")
        }
        #expect(throws: CORSOrigin.InvalidOrigin.self) { try CORSPolicyMiddleware<CivicRequestContext>(allowedOrigins: ["https://ok.example", "*"]) }
        let middleware = try CORSPolicyMiddleware<CivicRequestContext>(allowedOrigins: ["HTTPS://App.Example-City.EU/"])
        #expect(middleware.allowedOrigins == [Self.frontend])
    }
}
