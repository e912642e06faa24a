public import Foundation
public import Logging
import NIOPosix
import Synchronization

/// A fixed-size pool of libpq connections.
///
/// Callers `await` a connection; the blocking libpq work then runs on the pool's own threads (one
/// per connection), never on the Swift cooperative pool, so slow queries cannot starve request
/// handling. A caller that cannot get a connection within `acquireTimeout` gets
/// `PostgresError.poolTimeout` instead of waiting forever. A broken connection is closed and replaced.
public final class PostgresPool: Sendable {
    /// What a waiting caller is handed: a connection, or the right to open one.
    private enum Lease: Sendable {
        case connection(PostgresConnection)
        case open
    }

    private struct Waiter {
        let continuation: CheckedContinuation<Lease, any Error>
        /// When the waiter fails with `poolTimeout` if no connection has come free.
        let deadline: ContinuousClock.Instant

        func resume(with lease: Lease) {
            continuation.resume(returning: lease)
        }
    }

    private struct State: ~Copyable {
        var idle: [PostgresConnection] = []
        /// Connections that exist or are being opened, idle or in use.
        var open = 0
        var inUse = 0
        /// First come, first served; all wait for the same timeout, so deadlines are in order too.
        var waiters: [Waiter] = []
        /// Whether the task that fails overdue waiters runs (it runs while there are waiters).
        var isReaping = false
        var isClosed = false
    }

    /// A snapshot of the pool, for `/metrics`.
    public struct Statistics: Sendable {
        public let size: Int
        public let open: Int
        public let inUse: Int
        public let waiting: Int
    }

    public let configuration: PostgresConfiguration
    private let logger: Logger
    private let threads: NIOThreadPool
    private let state = Mutex(State())

    /// Creates the pool and starts its threads; connections are opened on first use.
    public init(configuration: PostgresConfiguration, logger: Logger) {
        precondition(configuration.poolSize > 0, "the pool needs at least one connection")
        precondition(PostgresConfiguration.isPlainIdentifier(configuration.schema), "schema must be a plain SQL identifier")
        self.configuration = configuration
        self.logger = logger
        self.threads = NIOThreadPool(numberOfThreads: configuration.poolSize)
        threads.start()
    }

    public var statistics: Statistics {
        state.withLock { Statistics(size: configuration.poolSize, open: $0.open, inUse: $0.inUse, waiting: $0.waiters.count) }
    }

    /// Lends a connection to `body`, which runs on a pool thread; the connection returns to the pool afterwards.
    /// - Parameters:
    ///   - authority: the tenant the session acts for (row-level security); nil for none, so work
    ///     that names no authority never sees a previous caller's rows.
    ///   - body: blocking work with the connection; it must not keep the connection.
    public func withConnection<Result: Sendable>(
        authority: UUID? = nil,
        _ body: @escaping @Sendable (PostgresConnection) throws -> Result
    ) async throws -> Result {
        while true {
            let connection = try await acquire()
            do {
                // The staleness check, the tenant and the work share one hop to a pool thread.
                let result = try await threads.runIfActive { () throws -> Result in
                    guard connection.isUsableAfterIdle() else { throw StaleConnection() }
                    try connection.useAuthority(authority)
                    return try body(connection)
                }
                release(connection)
                return result
            } catch is StaleConnection {
                logger.info("replacing a broken database connection", metadata: ["backend_pid": "\(connection.backendPID)"])
                discard()
            } catch {
                release(connection)
                throw error
            }
        }
    }

    /// An idle connection that the server closed or wrote to; it is replaced before any work runs on it.
    private struct StaleConnection: Error {}

    /// Runs one statement outside an explicit transaction.
    @discardableResult
    public func query(_ sql: String, _ parameters: [(any PostgresEncodable)?] = []) async throws -> QueryResult {
        // Parameters are Sendable values; copying them into the closure keeps the call on a pool thread.
        let boxed = BoundParameters(values: parameters)
        return try await withConnection { try $0.query(sql, boxed.values) }
    }

    /// Runs one statement for `authority`, so the tables' row-level security policies show and
    /// accept only that authority's rows: a second wall behind the query's own filter. The
    /// connection's session carries the authority, so a run of calls for one tenant costs no extra
    /// round trip.
    @discardableResult
    public func query(_ sql: String, _ parameters: [(any PostgresEncodable)?], authority: UUID) async throws -> QueryResult {
        let boxed = BoundParameters(values: parameters)
        return try await withConnection(authority: authority) { try $0.query(sql, boxed.values) }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when anything throws.
    /// Serialization failures and deadlocks (SQLSTATE 40001, 40P01) run the whole body again, up to `attempts` times.
    /// - Parameters:
    ///   - authority: the tenant the session acts for (row-level security); nil for none.
    ///   - isolation: the isolation level.
    ///   - attempts: how often a retryable failure is retried in total.
    ///   - body: the transaction's work; it may run more than once, so it must have no effects outside the database.
    public func transaction<Result: Sendable>(
        authority: UUID? = nil,
        isolation: IsolationLevel = .readCommitted,
        attempts: Int = 3,
        _ body: @escaping @Sendable (PostgresConnection) throws -> Result
    ) async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await withConnection(authority: authority) { connection in
                    try connection.execute(script: "BEGIN ISOLATION LEVEL \(isolation.rawValue)")
                    do {
                        let result = try body(connection)
                        try connection.execute(script: "COMMIT")
                        return result
                    } catch {
                        if connection.isHealthy { try? connection.execute(script: "ROLLBACK") }
                        throw error
                    }
                }
            } catch let error as PostgresError where error.isRetryable && attempt < attempts {
                logger.debug("retrying transaction", metadata: ["attempt": "\(attempt)", "sqlstate": "\(error.sqlState ?? "-")"])
                attempt += 1
                // Jittered backoff so two retrying transactions do not collide again at once.
                try await Task.sleep(for: .milliseconds(Int.random(in: 5...20) * attempt))
            }
        }
    }

    /// Closes idle connections and refuses new work; in-use connections close when returned.
    public func close() async {
        let (idle, waiters) = state.withLock { state -> ([PostgresConnection], [Waiter]) in
            state.isClosed = true
            let idle = state.idle
            state.open -= idle.count
            state.idle = []
            let waiters = state.waiters
            state.waiters = []
            return (idle, waiters)
        }
        for waiter in waiters {
            waiter.continuation.resume(throwing: PostgresError(kind: .connectionFailed, message: "the pool is closed"))
        }
        _ = idle  // released here; deinit calls PQfinish
        try? await threads.shutdownGracefully()
    }

    // MARK: - Acquire and release

    private func acquire() async throws -> PostgresConnection {
        switch try await lease() {
        case .connection(let connection):
            return connection
        case .open:
            do {
                let configuration = self.configuration
                return try await threads.runIfActive { try PostgresConnection(configuration: configuration) }
            } catch {
                discard()
                logger.warning("could not open a database connection", metadata: ["error": "\(error)"])
                throw error
            }
        }
    }

    private func lease() async throws -> Lease {
        enum Immediate {
            case lease(Lease)
            case closed
            case wait
        }
        let immediate = state.withLock { state -> Immediate in
            if state.isClosed { return .closed }
            if let connection = state.idle.popLast() {
                state.inUse += 1
                return .lease(.connection(connection))
            }
            if state.open < configuration.poolSize {
                state.open += 1
                state.inUse += 1
                return .lease(.open)
            }
            return .wait
        }
        switch immediate {
        case .lease(let lease): return lease
        case .closed: throw PostgresError(kind: .connectionFailed, message: "the pool is closed")
        case .wait: break
        }
        let timeout = configuration.acquireTimeout
        return try await withCheckedThrowingContinuation { continuation in
            var startReaping = false
            let enqueued = state.withLock { state -> Lease? in
                // The pool may have changed between the two locks: check again before waiting.
                if let connection = state.idle.popLast() {
                    state.inUse += 1
                    return .connection(connection)
                }
                if state.open < configuration.poolSize {
                    state.open += 1
                    state.inUse += 1
                    return .open
                }
                state.waiters.append(Waiter(continuation: continuation, deadline: .now + timeout))
                if state.isReaping { return nil }
                state.isReaping = true
                startReaping = true
                return nil
            }
            if let enqueued { continuation.resume(returning: enqueued) }
            if startReaping { reapOverdueWaiters() }
        }
    }

    /// Fails the waiters whose deadline has passed, sleeping until the first one's, for as long as
    /// anyone waits. One task for all waiters: a timer task per waiter (created and cancelled for
    /// nearly every request under load) cost more context switches than the queries themselves.
    private func reapOverdueWaiters() {
        Task { [weak self] in
            while let next = self?.nextDeadline() {
                try? await Task.sleep(until: next, clock: .continuous)
                guard let self else { return }
                let now = ContinuousClock.now
                let overdue = state.withLock { state -> [Waiter] in
                    let count = state.waiters.prefix { $0.deadline <= now }.count
                    defer { state.waiters.removeFirst(count) }
                    return Array(state.waiters.prefix(count))
                }
                for waiter in overdue {
                    waiter.continuation.resume(
                        throwing: PostgresError(kind: .poolTimeout, message: "no database connection became free within \(configuration.acquireTimeout)")
                    )
                }
            }
        }
    }

    /// The first waiter's deadline; nil (and the reaper stops) when nobody waits.
    private func nextDeadline() -> ContinuousClock.Instant? {
        state.withLock { state in
            guard let first = state.waiters.first, !state.isClosed else {
                state.isReaping = false
                return nil
            }
            return first.deadline
        }
    }

    /// Returns a connection: to the first waiter, or to the idle list; a broken one is dropped and its slot reused.
    private func release(_ connection: PostgresConnection) {
        guard connection.isHealthy else {
            logger.info("dropping a broken database connection", metadata: ["backend_pid": "\(connection.backendPID)"])
            discard()
            return
        }
        let waiter = state.withLock { state -> Waiter? in
            if state.isClosed {
                state.open -= 1
                state.inUse -= 1
                return nil
            }
            if !state.waiters.isEmpty { return state.waiters.removeFirst() }
            state.inUse -= 1
            state.idle.append(connection)
            return nil
        }
        waiter?.resume(with: .connection(connection))
    }

    /// Gives up one connection slot: the first waiter may open a new connection in its place.
    private func discard() {
        let waiter = state.withLock { state -> Waiter? in
            if !state.waiters.isEmpty, !state.isClosed { return state.waiters.removeFirst() }
            state.open -= 1
            state.inUse -= 1
            return nil
        }
        waiter?.resume(with: .open)
    }
}

/// Transaction isolation levels, as SQL spells them.
public enum IsolationLevel: String, Sendable {
    case readCommitted = "READ COMMITTED"
    case repeatableRead = "REPEATABLE READ"
    case serializable = "SERIALIZABLE"
}

/// Bound parameters for work that runs on a pool thread. The values are Sendable; an array of
/// optional existentials needs this box to say so to the compiler.
public struct BoundParameters: Sendable {
    public let values: [(any PostgresEncodable)?]

    public init(values: [(any PostgresEncodable)?]) {
        self.values = values
    }
}
