import Foundation
import Logging
import ServerKit
import ServiceLifecycle
import Shared

/// Delivers queued erasures to the other services: every `interval` (or at once when woken by a
/// new request) it claims the due outbox rows of every authority, calls each service with a
/// service token for the row's authority, and records the confirmation, or the failure and the
/// time of the next attempt (doubling up to `retryMax`). Several replicas may run it: a claimed row
/// is leased and skipped by the others.
final class ErasureOutboxWorker: Service, Sendable {
    let store: PostgresDataSubjectStore
    let caller: ServiceCaller
    let interval: Duration
    let retryMax: Duration
    let logger: Logger
    private let wakeups: AsyncStream<Void>
    private let wakeup: AsyncStream<Void>.Continuation

    init(store: PostgresDataSubjectStore, caller: ServiceCaller, interval: Duration, retryMax: Duration, logger: Logger) {
        self.store = store
        self.caller = caller
        self.interval = interval
        self.retryMax = retryMax
        self.logger = logger
        (wakeups, wakeup) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Asks for a round now (a new request was queued).
    func wake() { wakeup.yield() }

    func run() async throws {
        let wakeups = self.wakeups
        let interval = self.interval
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await self.deliverDue()
                // The next round: after the interval, or sooner when woken.
                await withTaskGroup(of: Void.self) { group in
                    group.addTask { try? await Task.sleep(for: interval) }
                    group.addTask { for await _ in wakeups { return } }
                    await group.next()
                    group.cancelAll()
                }
            }
        }
    }

    /// One round: every due erasure is attempted once.
    func deliverDue() async {
        let items: [OutboxItem]
        do {
            items = try await store.claimDue(limit: 50, lease: .seconds(60))
        } catch {
            logger.error("erasure outbox unavailable", metadata: ["error": "\(error)"])
            return
        }
        for item in items { await deliver(item) }
    }

    func deliver(_ item: OutboxItem) async {
        do {
            guard let subjects = try await store.subjects(of: item.request, authority: item.authority) else { return }
            let result = try await caller.post(
                item.service, path: "/internal/data-subject-erasure",
                body: ErasureCall(request_id: item.request.uuidString.lowercased(), subjects: subjects),
                authority: item.authority, answer: ErasureAnswer.self
            )
            try await store.complete(item, erased: result.erased)
            logger.info("erasure confirmed", metadata: ["erasure_request": "\(item.request)", "service": "\(item.service)", "erased": "\(result.erased)"])
        } catch {
            let reason = (error as? ServiceCaller.Failure)?.reason ?? "failed"
            let delay = Self.backoff(attempt: item.attempts + 1, max: retryMax)
            logger.warning(
                "erasure not confirmed; will retry",
                metadata: ["erasure_request": "\(item.request)", "service": "\(item.service)", "reason": "\(reason)", "retry_in": "\(delay)"]
            )
            try? await store.fail(item, reason: reason, retryIn: delay)
        }
    }

    /// The other services' `DataSubjectErasure` and `ServiceErasureResult` (openapi.yaml) on the wire.
    struct ErasureCall: Encodable, Sendable {
        let request_id: String
        let subjects: [String]
    }

    struct ErasureAnswer: Decodable {
        let service: String
        let erased: Int
    }

    /// 1 s, 2 s, 4 s ... up to `max`.
    static func backoff(attempt: Int, max: Duration) -> Duration {
        let seconds = 1 << Swift.min(Swift.max(attempt - 1, 0), 20)
        return Swift.min(.seconds(seconds), max)
    }
}

/// Runs the retention purge for every registered authority every `interval`, and logs each run.
final class RetentionPurgeWorker: Service, Sendable {
    let store: PostgresDataSubjectStore
    let authorities: any AuthorityRegistry
    let policy: RetentionPolicy
    let interval: Duration
    let logger: Logger

    init(store: PostgresDataSubjectStore, authorities: any AuthorityRegistry, policy: RetentionPolicy, interval: Duration, logger: Logger) {
        self.store = store
        self.authorities = authorities
        self.policy = policy
        self.interval = interval
        self.logger = logger
    }

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: self.interval)
                await self.purgeAll()
            }
        }
    }

    func purgeAll() async {
        do {
            var cursor: String?
            repeat {
                let page = try await authorities.list(country: nil, page: try PageRequest(limit: 100, cursor: cursor, keys: [.text, .uuid]), caller: UUID())
                for authority in page.items {
                    guard let id = UUID(uuidString: authority.dto.id) else { continue }
                    let run = try await store.purge(authority: id, policy: policy, trigger: "schedule", now: Date())
                    logger.info("retention purge", metadata: ["authority": "\(id)", "examined": "\(run.examined)", "anonymised": "\(run.anonymised)"])
                }
                cursor = page.nextCursor
            } while cursor != nil
        } catch {
            logger.error("retention purge failed", metadata: ["error": "\(error)"])
        }
    }
}
