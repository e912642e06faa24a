public import Foundation
public import HTTPTypes
public import Hummingbird
import Synchronization

// Rate limiting per client: a token bucket per caller, refilled continuously at `requestsPerSecond`
// up to `burst` tokens; each request takes one token, a request that finds less than one is refused
// with 429 and `Retry-After`.
//
// Headers: every answer that passed through the limiter (allowed, refused, or allowed and then failed
// further in) carries the three fields of draft-ietf-httpapi-ratelimit-headers-07, the revision most
// clients and gateways understand:
//   RateLimit-Limit: <burst>          the quota: requests that may be sent at once
//   RateLimit-Remaining: <n>          whole tokens left after this request
//   RateLimit-Reset: <seconds>        seconds until the bucket is full again (the quota is restored)
// (Revision 08 and later replaced them with structured `RateLimit-Policy` / `RateLimit` fields; if we
// move, only `RateLimitDecision.headers` and the CORS expose list change.)

/// Who a bucket belongs to.
public enum RateLimitClient: Hashable, Sendable {
    /// An authenticated caller: the token's `sub` within its authority, so the same `sub` in two
    /// tenants has two buckets.
    case caller(authorityID: UUID, subject: String)
    /// An unauthenticated request from this peer address (when the request context exposes it).
    case address(String)
    /// Every other unauthenticated request: one shared bucket.
    case anonymous
}

/// The limiter's answer for one request.
public struct RateLimitDecision: Sendable, Equatable {
    public let allowed: Bool
    /// The bucket size (`RateLimit-Limit`).
    public let limit: Int
    /// Whole tokens left (`RateLimit-Remaining`).
    public let remaining: Int
    /// Seconds until the bucket is full again (`RateLimit-Reset`).
    public let resetSeconds: Int
    /// When refused: whole seconds (at least 1) until one request will be allowed (`Retry-After`).
    public let retryAfterSeconds: Int?

    /// The `RateLimit-*` fields (and `Retry-After` when refused).
    public var headers: HTTPFields {
        var fields: HTTPFields = [
            .rateLimitLimit: String(limit),
            .rateLimitRemaining: String(remaining),
            .rateLimitReset: String(resetSeconds),
        ]
        if let retryAfterSeconds { fields[.retryAfter] = String(retryAfterSeconds) }
        return fields
    }
}

/// Token buckets per client, shared by every request of one application.
///
/// Thread-safe: the table sits behind one `Mutex` held for a dictionary lookup and a few arithmetic
/// operations; no task or timer runs. Buckets are refilled lazily from a monotonic clock when a
/// client is seen again.
///
/// Memory is bounded by `maxTrackedClients`: when a new client would exceed it, buckets that are
/// full again are dropped (a full bucket is the same as no bucket, so nothing is forgotten); if the
/// table is still above 90 % of the bound, the least recently used buckets are dropped too (those
/// clients get a fresh burst; size the bound above the number of clients active within
/// `burst / requestsPerSecond` seconds). The sweep is O(n) but leaves at least 10 % free, so it
/// runs at most once every `maxTrackedClients / 10` new clients.
public final class RateLimiter: Sendable {
    public let requestsPerSecond: Double
    public let burst: Int
    public let maxTrackedClients: Int
    private let now: @Sendable () -> ContinuousClock.Instant
    private let buckets: Mutex<[RateLimitClient: Bucket]>

    /// Paths never limited by default: the probes and the Prometheus scrape, which must keep answering
    /// under load (a throttled liveness probe would restart a healthy pod).
    public static let operationalPaths: Set<String> = ["/healthz", "/readyz", "/metrics"]

    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    /// - Parameters:
    ///   - requestsPerSecond: the sustained rate per client (> 0).
    ///   - burst: the bucket size: requests a rested client may send at once (>= 1).
    ///   - maxTrackedClients: the bound of the bucket table (>= 1).
    ///   - now: the monotonic clock; tests inject one they can move.
    public init(
        requestsPerSecond: Double, burst: Int, maxTrackedClients: Int = 10_000,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }
    ) {
        precondition(requestsPerSecond > 0 && requestsPerSecond.isFinite, "requestsPerSecond must be positive")
        precondition(burst >= 1, "burst must be at least 1")
        precondition(maxTrackedClients >= 1, "maxTrackedClients must be at least 1")
        self.requestsPerSecond = requestsPerSecond
        self.burst = burst
        self.maxTrackedClients = maxTrackedClients
        self.now = now
        self.buckets = Mutex([:])
    }

    /// The number of buckets held now.
    public var trackedClients: Int { buckets.withLock { $0.count } }

    /// Takes one token from `client`'s bucket if it has one.
    public func acquire(for client: RateLimitClient) -> RateLimitDecision {
        let instant = now()
        return buckets.withLock { table -> RateLimitDecision in
            var bucket: Bucket
            if let existing = table[client] {
                bucket = refilled(existing, at: instant)
            } else {
                if table.count >= maxTrackedClients { evict(from: &table, at: instant) }
                bucket = Bucket(tokens: Double(burst), updated: instant)
            }
            // The tolerance absorbs rounding in the refill, so a token that is due is not refused.
            let allowed = bucket.tokens >= 1 - 1e-9
            if allowed { bucket.tokens = max(0, bucket.tokens - 1) }
            table[client] = bucket
            let missing = Double(burst) - bucket.tokens
            return RateLimitDecision(
                allowed: allowed,
                limit: burst,
                remaining: max(0, Int(bucket.tokens.rounded(.down))),
                resetSeconds: max(0, Self.wholeSeconds(missing / requestsPerSecond)),
                retryAfterSeconds: allowed ? nil : max(1, Self.wholeSeconds((1 - bucket.tokens) / requestsPerSecond))
            )
        }
    }

    private func refilled(_ bucket: Bucket, at instant: ContinuousClock.Instant) -> Bucket {
        // `now` is read before the lock, so a concurrent request may have stamped a later instant.
        guard instant > bucket.updated else { return bucket }
        let elapsed = instant - bucket.updated
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return Bucket(tokens: min(Double(burst), bucket.tokens + seconds * requestsPerSecond), updated: instant)
    }

    private func evict(from table: inout [RateLimitClient: Bucket], at instant: ContinuousClock.Instant) {
        let full = Double(burst)
        table = table.filter { refilled($0.value, at: instant).tokens < full }
        let target = maxTrackedClients - max(1, maxTrackedClients / 10)
        guard table.count > target else { return }
        let stalest = table.sorted { $0.value.updated < $1.value.updated }.prefix(table.count - target)
        for (client, _) in stalest { table[client] = nil }
    }

    /// Rounds up to whole seconds without overflowing on absurd configurations.
    private static func wholeSeconds(_ seconds: Double) -> Int {
        Int(min(seconds.rounded(.up), Double(Int32.max)))
    }
}

/// Limits the request rate of each client with `RateLimiter`; over the limit it throws a 429
/// problem with `Retry-After`, which `ProblemMiddleware` renders.
///
/// It must run inside `AuthenticationMiddleware`, which puts the caller in `RequestScope`: the bucket
/// is the caller's (`authority_id` + `sub`). An unauthenticated request (only the operational paths
/// and unknown paths get past authentication) falls back to the peer address when the context
/// conforms to `RemoteAddressRequestContext`, else to one shared anonymous bucket.
public struct RateLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    public let limiter: RateLimiter
    let exemptPaths: Set<String>
    let exemptRoles: Set<String>

    /// - Parameters:
    ///   - limiter: the buckets; one per application.
    ///   - exemptPaths: exact paths never limited (the probes and `/metrics` by default).
    ///   - exemptRoles: callers holding any of these roles are not limited. By default `service`:
    ///     calls between services carry one service token per authority, so all users of a tenant
    ///     would share one bucket; they were already limited where they entered.
    public init(
        limiter: RateLimiter, exemptPaths: Set<String> = RateLimiter.operationalPaths, exemptRoles: Set<String> = ["service"]
    ) {
        self.limiter = limiter
        self.exemptPaths = exemptPaths
        self.exemptRoles = exemptRoles
    }

    /// Builds the limiter from plain configuration values.
    public init(
        requestsPerSecond: Double, burst: Int, maxTrackedClients: Int = 10_000,
        exemptPaths: Set<String> = RateLimiter.operationalPaths, exemptRoles: Set<String> = ["service"]
    ) {
        self.init(
            limiter: RateLimiter(requestsPerSecond: requestsPerSecond, burst: burst, maxTrackedClients: maxTrackedClients),
            exemptPaths: exemptPaths, exemptRoles: exemptRoles
        )
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if exemptPaths.contains(request.uri.path) { return try await next(request, context) }
        let identity = RequestScope.current?.identity
        if let identity, !identity.roles.isDisjoint(with: exemptRoles) { return try await next(request, context) }

        let decision = limiter.acquire(for: Self.client(identity: identity, context: context))
        guard decision.allowed else {
            throw Problem(
                status: .tooManyRequests, type: Problem.typePrefix + "rate-limited", title: "Too Many Requests",
                detail: "This client has sent too many requests; retry after \(decision.retryAfterSeconds ?? 1) seconds.",
                headers: decision.headers
            )
        }
        let headers = decision.headers
        do {
            var response = try await next(request, context)
            for field in headers { response.headers[field.name] = field.value }
            return response
        } catch let problem as Problem {
            throw Self.adding(headers, to: problem)
        } catch {
            // A request that used a token carries the headers on its error answer too, so the error is
            // mapped to its problem here, as `ProblemMiddleware` would map it (and logged here, once).
            let hasBody = request.method == .post || request.method == .put || request.method == .patch
            let problem = ProblemMiddleware<Context>.problem(for: error, logger: context.logger, requestHasBody: hasBody)
            throw Self.adding(headers, to: problem)
        }
    }

    static func client(identity: Identity?, context: Context) -> RateLimitClient {
        if let identity { return .caller(authorityID: identity.authorityID, subject: identity.subject) }
        if let address = (context as? any RemoteAddressRequestContext)?.remoteAddress {
            return .address(address.ipAddress ?? address.description)
        }
        return .anonymous
    }

    /// The problem with the rate-limit fields added (its own fields, e.g. a 503's `Retry-After`, win).
    static func adding(_ fields: HTTPFields, to problem: Problem) -> Problem {
        var headers = problem.headers
        for field in fields where headers[field.name] == nil { headers[field.name] = field.value }
        return Problem(
            status: problem.status, type: problem.type, title: problem.title, detail: problem.detail, errors: problem.errors,
            headers: headers
        )
    }
}

extension HTTPField.Name {
    /// `RateLimit-Limit` (draft-ietf-httpapi-ratelimit-headers-07): the bucket size.
    public static let rateLimitLimit = HTTPField.Name("RateLimit-Limit")!
    /// `RateLimit-Remaining`: whole requests left now.
    public static let rateLimitRemaining = HTTPField.Name("RateLimit-Remaining")!
    /// `RateLimit-Reset`: seconds until the bucket is full again.
    public static let rateLimitReset = HTTPField.Name("RateLimit-Reset")!
}
