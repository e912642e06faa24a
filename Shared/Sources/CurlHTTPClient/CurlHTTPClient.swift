import CCurl
public import Foundation
public import Logging
import NIOPosix
import Synchronization

/// Settings of the client that services use to call one another.
public struct CurlClientConfiguration: Sendable {
    /// Time allowed to open a TCP connection.
    public var connectTimeout: Duration
    /// Time allowed for the whole call, retries included; the caller never waits longer.
    public var totalTimeout: Duration
    /// Extra attempts for idempotent requests after a connection failure or a 502/503/504.
    public var maxRetries: Int
    /// The first backoff; each retry doubles it (with jitter).
    public var retryBackoff: Duration
    /// Transfers that may run at once (one thread and one reusable handle each).
    public var maxConcurrentTransfers: Int
    /// A larger response body is refused.
    public var maxResponseBytes: Int

    public init(
        connectTimeout: Duration = .seconds(1),
        totalTimeout: Duration = .seconds(3),
        maxRetries: Int = 2,
        retryBackoff: Duration = .milliseconds(50),
        maxConcurrentTransfers: Int = 8,
        maxResponseBytes: Int = 4 * 1024 * 1024
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxRetries = maxRetries
        self.retryBackoff = retryBackoff
        self.maxConcurrentTransfers = maxConcurrentTransfers
        self.maxResponseBytes = maxResponseBytes
    }
}

/// An HTTP request for `CurlHTTPClient`.
public struct CurlRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]?

    public init(method: String, url: String, headers: [(name: String, value: String)] = [], body: [UInt8]? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// RFC 9110 idempotent methods: only these are retried, since a retried POST could act twice.
    public var isIdempotent: Bool { ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"].contains(method) }
}

/// The answer of a peer.
public struct CurlResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// The local TCP port of the connection used; equal ports across calls mean a reused connection.
    public var localPort: Int
    /// New connections libcurl opened for this call (0 when a kept-alive one was reused).
    public var newConnections: Int

    /// The first header of that name (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// The peer could not be reached or did not answer in time. Servers turn it into a 503 with `Retry-After`.
public struct PeerUnavailableError: Error, CustomStringConvertible, Sendable {
    public let url: String
    public let reason: String
    /// The seconds a caller should wait before trying again.
    public let retryAfterSeconds: Int

    public var description: String { "peer unavailable (\(url)): \(reason)" }
}

/// The request could not be sent as given (bad URL, refused protocol, oversize answer).
public struct CurlRequestError: Error, CustomStringConvertible, Sendable {
    public let reason: String
    public var description: String { "request failed: \(reason)" }
}

/// A libcurl-based HTTP client for calls between services.
///
/// Keep-alive: each transfer borrows an easy handle from a small stack and gives it back, and a
/// handle keeps its connection cache between transfers, so a steady stream of calls reuses the
/// same TCP connections. (libcurl cannot share a connection cache between threads, so reuse is
/// per handle; the stack is LIFO so the warmest handle goes first.) Blocking `curl_easy_perform`
/// runs on the client's own threads, never on the Swift cooperative pool.
public final class CurlHTTPClient: Sendable {
    public let configuration: CurlClientConfiguration
    private let logger: Logger
    private let threads: NIOThreadPool
    private let idleHandles = Mutex<[EasyHandle]>([])

    /// Creates the client and its threads. `CurlHTTPClient.globalInit()` must have run before.
    public init(configuration: CurlClientConfiguration = .init(), logger: Logger) {
        CurlHTTPClient.globalInit()
        self.configuration = configuration
        self.logger = logger
        self.threads = NIOThreadPool(numberOfThreads: max(1, configuration.maxConcurrentTransfers))
        threads.start()
    }

    /// Calls `curl_global_init` exactly once for the process. Call it from `main` before other threads start;
    /// later calls do nothing.
    public static func globalInit() {
        _ = globalInitialisation
    }

    private static let globalInitialisation: Void = {
        curl_global_init(ccurl_global_default)
    }()

    /// Stops the client's threads; handles and their connections are freed.
    public func shutdown() async {
        idleHandles.withLock { $0.removeAll() }
        try? await threads.shutdownGracefully()
    }

    /// Sends a request, retrying idempotent ones on connection failures and 502/503/504, all within `totalTimeout`.
    /// - Throws: `PeerUnavailableError` when the peer is down, refuses or is too slow; `CurlRequestError` otherwise.
    public func send(_ request: CurlRequest) async throws -> CurlResponse {
        let clock = ContinuousClock()
        let deadline = clock.now + configuration.totalTimeout
        var attempt = 0
        while true {
            let remaining = deadline - clock.now
            guard remaining > .milliseconds(1) else {
                throw PeerUnavailableError(url: request.url, reason: "no answer within \(configuration.totalTimeout)", retryAfterSeconds: 1)
            }
            do {
                let response = try await perform(request, timeout: remaining)
                let retryableStatus = [502, 503, 504].contains(response.status)
                if retryableStatus, request.isIdempotent, attempt < configuration.maxRetries {
                    attempt += 1
                    try await backoff(attempt: attempt, before: deadline)
                    continue
                }
                return response
            } catch let error as PeerUnavailableError {
                guard request.isIdempotent, error.isConnectFailure, attempt < configuration.maxRetries, clock.now < deadline else {
                    throw error
                }
                attempt += 1
                logger.debug("retrying peer call", metadata: ["url": "\(request.url)", "attempt": "\(attempt)"])
                try await backoff(attempt: attempt, before: deadline)
            }
        }
    }

    private func backoff(attempt: Int, before deadline: ContinuousClock.Instant) async throws {
        let base = configuration.retryBackoff * (1 << (attempt - 1))
        let jittered = base * Double.random(in: 0.5...1.5)
        let remaining = deadline - ContinuousClock().now
        try await Task.sleep(for: min(jittered, max(.zero, remaining)))
    }

    private func perform(_ request: CurlRequest, timeout: Duration) async throws -> CurlResponse {
        let handle = idleHandles.withLock { $0.popLast() } ?? EasyHandle()
        guard let handle else { throw CurlRequestError(reason: "libcurl could not create a handle") }
        let configuration = self.configuration
        do {
            let response = try await threads.runIfActive {
                try handle.perform(request, connectTimeout: configuration.connectTimeout, timeout: timeout,
                                   maxResponseBytes: configuration.maxResponseBytes)
            }
            idleHandles.withLock { $0.append(handle) }
            return response
        } catch {
            // A handle whose transfer failed may hold a half-open connection; let it go.
            throw error
        }
    }
}

extension PeerUnavailableError {
    /// True when the connection was never made, so the request certainly did not reach the peer.
    var isConnectFailure: Bool { reason.hasPrefix("connect:") }
}

extension Duration {
    var milliseconds: Int {
        Int(components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000)
    }
}
