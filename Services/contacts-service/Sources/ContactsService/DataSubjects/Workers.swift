import Foundation
import Logging
import ServerKit
import ServiceLifecycle
import Shared

/// Delivers queued erasures to the other services: every `interval` it claims the due outbox
/// rows of every authority, calls each service with a service token for the row's authority, and
/// records the confirmation, or the failure and the time of the next attempt (doubling up to
/// `retryMax`). Several replicas may run it: a claimed row is leased and skipped by the others.
final class ErasureOutboxWorker: Service, Sendable {
    let store: PostgresDataSubjectStore
    let caller: ServiceCaller
    let interval: Duration
    let retryMax: Duration
    let logger: Logger

    init(store: PostgresDataSubjectStore, caller: ServiceCaller, interval: Duration, retryMax: Duration, logger: Logger) {
        self.store = store
        self.caller = caller
        self.interval = interval
        self.retryMax = retryMax
        self.logger = logger
    }

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await self.deliverDue()
                try await Task.sleep(for: self.interval)
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

    /// One scheduled round over every authority; one authority's failure does not stop the others,
    /// and an authority another replica purged within half the interval is skipped.
    func purgeAll() async {
        var cursor: String?
        repeat {
            let page: (items: [StoredAuthority], nextCursor: String?)
            do {
                page = try await authorities.list(country: nil, page: try PageRequest(limit: 100, cursor: cursor, keys: [.text, .uuid]), caller: UUID())
            } catch {
                logger.error("retention purge cannot list the authorities", metadata: ["error": "\(error)"])
                return
            }
            for authority in page.items {
                guard let id = UUID(uuidString: authority.dto.id) else { continue }
                do {
                    if let run = try await store.purge(authority: id, policy: policy, trigger: "schedule", now: Date(), skipIfRunWithin: interval / 2) {
                        logger.info("retention purge", metadata: ["authority": "\(id)", "examined": "\(run.examined)", "anonymised": "\(run.anonymised)"])
                    }
                } catch {
                    logger.error("retention purge failed for an authority", metadata: ["authority": "\(id)", "error": "\(error)"])
                }
            }
            cursor = page.nextCursor
        } while cursor != nil
    }
}
