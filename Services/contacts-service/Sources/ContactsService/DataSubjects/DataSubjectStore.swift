import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// One due erasure of the outbox, claimed by the worker.
struct OutboxItem: Sendable {
    var id: UUID
    var authority: UUID
    var request: UUID
    var service: String
    var attempts: Int
}

/// Erasure requests, their outbox, anonymisation and the retention purge in PostgreSQL.
struct PostgresDataSubjectStore: Sendable {
    let pool: PostgresPool

    /// Clears every personal field of a person (erasure or purge) and revokes its grants. Consent
    /// events and the access log stay: they are the proof the law asks for. The authority's own
    /// reference (`external_ref`) stays too, so that importing the authority's file again cannot
    /// bring the person back (a suppression list, Art. 17 with 5(1)(c)).
    /// - Returns: whether the person was anonymised now (false when already anonymised or absent).
    static func anonymise(person: UUID, by actor: String, authority: UUID, connection: PostgresConnection) throws -> Bool {
        let done = try connection.query(
            """
            UPDATE contact_persons SET given_name = NULL, family_name = NULL, email = NULL, phone = NULL, notes = NULL,
                languages = '{}', anonymised_at = now(), version = version + 1, updated_at = now()
            WHERE authority_id = $1 AND id = $2 AND anonymised_at IS NULL RETURNING id
            """,
            [authority, person]
        )
        guard !done.rows.isEmpty else { return false }
        _ = try connection.query(
            """
            UPDATE access_grants SET revoked_at = now(), revoked_by = $3
            WHERE authority_id = $1 AND person_id = $2 AND revoked_at IS NULL
            """,
            [authority, person, actor]
        )
        return true
    }

    /// Anonymises the person here and queues the erasure for every other service, in one transaction.
    /// - Returns: nil when `person` is not a contact person of the authority.
    func requestErasure(
        person: UUID?, subjects: [String], reason: String?, requestedBy: String, services: [String], id: UUID, authority: UUID,
        access: PersonalDataAccessEntry?
    ) async throws -> Components.Schemas.ErasureRequest? {
        let text = BoundParameters(values: [reason])
        return try await pool.transaction(authority: authority) { connection in
            if let person {
                guard try !connection.query(
                    "SELECT 1 FROM contact_persons WHERE authority_id = $1 AND id = $2 FOR UPDATE", [authority, person]
                ).rows.isEmpty else { return nil }
                _ = try Self.anonymise(person: person, by: "erasure:\(id)", authority: authority, connection: connection)
                if let access { try PostgresPersonStore.insertAccess([access], authority: authority, connection: connection) }
            }
            // What contacts-service itself holds by the subjects: their access requests and follow-up
            // entries stay (the SME's business record) but no longer name them.
            if !subjects.isEmpty {
                _ = try connection.query(
                    "UPDATE access_requests SET requested_by = 'erased:' || id WHERE authority_id = $1 AND requested_by = ANY($2::text[])",
                    [authority, subjects]
                )
                _ = try connection.query(
                    "UPDATE follow_up_entries SET author = 'erased:' || id WHERE authority_id = $1 AND author = ANY($2::text[])",
                    [authority, subjects]
                )
            }
            _ = try connection.query(
                """
                INSERT INTO erasure_requests (id, authority_id, person_id, subjects, reason, requested_by, status, completed_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """,
                [id, authority, person, subjects, text.values[0], requestedBy, services.isEmpty ? "completed" : "pending",
                 services.isEmpty ? Date() : nil]
            )
            for service in services {
                _ = try connection.query(
                    "INSERT INTO erasure_outbox (id, authority_id, request_id, service) VALUES ($1, $2, $3, $4)",
                    [UUID.v7(), authority, id, service]
                )
            }
            return try Self.select(id: id, authority: authority, connection: connection)
        }
    }

    func erasure(id: UUID, authority: UUID) async throws -> Components.Schemas.ErasureRequest? {
        try await pool.withConnection(authority: authority) { connection in
            try Self.select(id: id, authority: authority, connection: connection)
        }
    }

    func listErasures(authority: UUID, page: PageRequest) async throws -> (items: [Components.Schemas.ErasureRequest], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, page.limit + 1]
        var after = ""
        if let keys = page.after {
            parameters += [keys[0], keys[1]]
            after = "AND (created_at, id) < ($3::timestamptz, $4::uuid)"
        }
        let boxed = BoundParameters(values: parameters)
        let filter = after
        return try await pool.withConnection(authority: authority) { connection in
            let rows = try connection.query(
                """
                SELECT \(Self.requestColumns), created_at::text AS created_key FROM erasure_requests WHERE authority_id = $1 \(filter)
                ORDER BY created_at DESC, id DESC LIMIT $2
                """,
                boxed.values
            ).rows
            let (items, next) = ServerKit.page(rows, limit: page.limit) {
                [(try? $0.decode(String.self, "created_key")) ?? "", ((try? $0.decode(UUID.self, "id")) ?? UUID()).uuidString.lowercased()]
            }
            return (try Self.decode(items, authority: authority, connection: connection), next)
        }
    }

    static let requestColumns = "id, person_id, subjects, status, requested_by, created_at, completed_at"

    static func select(id: UUID, authority: UUID, connection: PostgresConnection) throws -> Components.Schemas.ErasureRequest? {
        let rows = try connection.query(
            "SELECT \(requestColumns) FROM erasure_requests WHERE authority_id = $1 AND id = $2", [authority, id]
        ).rows
        return try decode(rows, authority: authority, connection: connection).first
    }

    /// The requests of these rows with their status per service: one query for all their outbox rows.
    static func decode(_ rows: [PostgresRow], authority: UUID, connection: PostgresConnection) throws -> [Components.Schemas.ErasureRequest] {
        let ids = try rows.map { try $0.decode(UUID.self, "id") }
        guard !ids.isEmpty else { return [] }
        var outboxes: [UUID: [Components.Schemas.ErasureServiceStatus]] = [:]
        for outbox in try connection.query(
            """
            SELECT request_id, service, attempts, erased, last_error, completed_at FROM erasure_outbox
            WHERE authority_id = $1 AND request_id = ANY($2::uuid[]) ORDER BY service
            """,
            [authority, ids]
        ).rows {
            let completedAt = try outbox.decode(Date?.self, "completed_at")
            outboxes[try outbox.decode(UUID.self, "request_id"), default: []].append(
                Components.Schemas.ErasureServiceStatus(
                    service: try outbox.decode(String.self, "service"), status: completedAt == nil ? .pending : .completed,
                    attempts: try outbox.decode(Int.self, "attempts"), erased: try outbox.decode(Int?.self, "erased"),
                    lastError: try outbox.decode(String?.self, "last_error"), completedAt: completedAt
                )
            )
        }
        return try zip(rows, ids).map { row, id in
            // contacts-service erased its part in the request's own transaction.
            let own = Components.Schemas.ErasureServiceStatus(
                service: "contacts-service", status: .completed, attempts: 1, completedAt: try row.decode(Date.self, "created_at")
            )
            return Components.Schemas.ErasureRequest(
                id: id.uuidString.lowercased(), personId: try row.decode(UUID?.self, "person_id")?.uuidString.lowercased(),
                subjects: try row.decode([String].self, "subjects"), status: .init(rawValue: try row.decode(String.self, "status")) ?? .pending,
                requestedBy: try row.decode(String.self, "requested_by"), services: [own] + (outboxes[id] ?? []),
                createdAt: try row.decode(Date.self, "created_at"), completedAt: try row.decode(Date?.self, "completed_at")
            )
        }
    }

    // MARK: The outbox worker's side

    /// Claims due outbox rows of every authority for `lease` (another worker will not take them meanwhile).
    func claimDue(limit: Int, lease: Duration) async throws -> [OutboxItem] {
        try await pool.transaction { connection in
            _ = try connection.query("SELECT set_config('app.outbox_worker', 'on', true)")
            return try connection.query(
                """
                UPDATE erasure_outbox SET next_attempt_at = now() + $2 * interval '1 millisecond'
                WHERE id IN (SELECT id FROM erasure_outbox WHERE completed_at IS NULL AND next_attempt_at <= now()
                             ORDER BY next_attempt_at FOR UPDATE SKIP LOCKED LIMIT $1)
                RETURNING id, authority_id, request_id, service, attempts
                """,
                [limit, Self.milliseconds(lease)]
            ).rows.map {
                OutboxItem(
                    id: try $0.decode(UUID.self, "id"), authority: try $0.decode(UUID.self, "authority_id"),
                    request: try $0.decode(UUID.self, "request_id"), service: try $0.decode(String.self, "service"),
                    attempts: try $0.decode(Int.self, "attempts")
                )
            }
        }
    }

    func subjects(of request: UUID, authority: UUID) async throws -> [String]? {
        try await pool.query("SELECT subjects FROM erasure_requests WHERE authority_id = $1 AND id = $2", [authority, request], authority: authority)
            .first?.decode([String].self, "subjects")
    }

    /// Records a confirmation; the request completes with its last service.
    func complete(_ item: OutboxItem, erased: Int) async throws {
        try await pool.transaction(authority: item.authority) { connection in
            // The request's row first: two replicas confirming its last two services one after the
            // other, so the second sees the first's confirmation and completes the request.
            _ = try connection.query(
                "SELECT 1 FROM erasure_requests WHERE authority_id = $1 AND id = $2 FOR UPDATE", [item.authority, item.request]
            )
            _ = try connection.query(
                """
                UPDATE erasure_outbox SET completed_at = now(), erased = $3, attempts = attempts + 1, last_error = NULL
                WHERE authority_id = $1 AND id = $2
                """,
                [item.authority, item.id, erased]
            )
            _ = try connection.query(
                """
                UPDATE erasure_requests SET status = 'completed', completed_at = now()
                WHERE authority_id = $1 AND id = $2 AND status = 'pending'
                  AND NOT EXISTS (SELECT 1 FROM erasure_outbox WHERE authority_id = $1 AND request_id = $2 AND completed_at IS NULL)
                """,
                [item.authority, item.request]
            )
        }
    }

    /// Records a failed attempt and when to try again.
    func fail(_ item: OutboxItem, reason: String, retryIn delay: Duration) async throws {
        _ = try await pool.query(
            """
            UPDATE erasure_outbox SET attempts = attempts + 1, last_error = $3, next_attempt_at = now() + $4 * interval '1 millisecond'
            WHERE authority_id = $1 AND id = $2
            """,
            [item.authority, item.id, reason, Self.milliseconds(delay)],
            authority: item.authority
        )
    }

    static func milliseconds(_ duration: Duration) -> Int { Int((duration / .milliseconds(1)).rounded()) }

    // MARK: Retention

    /// Anonymises the persons of one authority the retention rules decide to, and records the run.
    /// - Parameters:
    ///   - skipIfRunWithin: for scheduled runs: nothing is done when a scheduled run of this
    ///     authority started that recently (another replica did it).
    /// - Returns: nil when another purge of the authority is running right now.
    func purge(
        authority: UUID, policy: RetentionPolicy, trigger: String, now: Date, skipIfRunWithin: Duration? = nil
    ) async throws -> Components.Schemas.RetentionRun? {
        let days = policy.retentionDays(for: .contactPerson)
        let recent = skipIfRunWithin.map { Self.milliseconds($0) }
        return try await pool.transaction(authority: authority) { connection in
            // One purge per authority at a time, across replicas.
            let locked = try connection.query("SELECT pg_try_advisory_xact_lock(hashtext('retention:' || $1::text)) AS locked", [authority])
            guard try locked.first?.decode(Bool.self, "locked") == true else { return nil }
            if let recent, try !connection.query(
                """
                SELECT 1 FROM retention_runs WHERE authority_id = $1 AND trigger = 'schedule'
                  AND started_at > $2::timestamptz - $3 * interval '1 millisecond'
                """,
                [authority, now, recent]
            ).rows.isEmpty {
                return nil
            }
            let run = UUID.v7()
            _ = try connection.query(
                "INSERT INTO retention_runs (id, authority_id, trigger, started_at) VALUES ($1, $2, $3, $4)", [run, authority, trigger, now]
            )
            var examined = 0
            var anonymised = 0
            var after = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!
            // Candidates: nothing happened to them for the period; the rules then look at consents and
            // grants. A grant counts while it can still reveal (not revoked, not expired, not used up)
            // under an agreement in force. Paged by id, so every candidate is examined.
            while true {
                let candidates = try connection.query(
                    """
                    SELECT p.id, p.created_at, p.last_activity_at,
                           EXISTS (SELECT 1 FROM access_grants g
                                   JOIN cooperation_agreements a ON a.authority_id = g.authority_id AND a.id = g.agreement_id
                                   WHERE g.authority_id = p.authority_id AND g.person_id = p.id AND g.revoked_at IS NULL
                                     AND (g.valid_until IS NULL OR g.valid_until > $2::timestamptz)
                                     AND (g.reveals_allowed IS NULL OR g.reveals_used < g.reveals_allowed)
                                     AND a.status = 'active' AND (a.valid_until IS NULL OR a.valid_until >= $2::date)) AS active_grant
                    FROM contact_persons p
                    WHERE p.authority_id = $1 AND p.anonymised_at IS NULL AND p.last_activity_at < $2::timestamptz - $3 * interval '1 day'
                      AND p.id > $4
                    ORDER BY p.id LIMIT 1000
                    """,
                    [authority, now, days, after]
                ).rows
                guard let last = candidates.last else { break }
                after = try last.decode(UUID.self, "id")
                examined += candidates.count
                for row in candidates {
                    let person = try row.decode(UUID.self, "id")
                    let consents = try PostgresPersonStore.history(person: person, authority: authority, connection: connection).map(\.event)
                    let facts = PersonRetentionFacts(
                        consents: consents, lastActivityAt: try row.decode(Date.self, "last_activity_at"),
                        createdAt: try row.decode(Date.self, "created_at"), alreadyAnonymised: false,
                        hasActiveGrant: try row.decode(Bool.self, "active_grant"), legalHold: false
                    )
                    if case .anonymise = retentionDecision(for: facts, policy: policy, now: now),
                        try Self.anonymise(person: person, by: "retention:\(run)", authority: authority, connection: connection)
                    {
                        anonymised += 1
                    }
                }
            }
            _ = try connection.query(
                "UPDATE retention_runs SET finished_at = clock_timestamp(), examined = $3, anonymised = $4 WHERE authority_id = $1 AND id = $2",
                [authority, run, examined, anonymised]
            )
            guard let saved = try connection.query(
                "SELECT id, trigger, started_at, finished_at, examined, anonymised FROM retention_runs WHERE authority_id = $1 AND id = $2",
                [authority, run]
            ).first else { throw PostgresError(kind: .queryFailed, message: "the retention run vanished") }
            return try Self.decodeRun(saved)
        }
    }

    func listRuns(authority: UUID, page: PageRequest) async throws -> (items: [Components.Schemas.RetentionRun], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, page.limit + 1]
        var after = ""
        if let keys = page.after {
            parameters += [keys[0], keys[1]]
            after = "AND (started_at, id) < ($3::timestamptz, $4::uuid)"
        }
        let rows = try await pool.query(
            """
            SELECT id, trigger, started_at, finished_at, examined, anonymised, started_at::text AS started_key FROM retention_runs
            WHERE authority_id = $1 \(after) ORDER BY started_at DESC, id DESC LIMIT $2
            """,
            parameters, authority: authority
        ).rows
        let decoded = try rows.map { (run: try Self.decodeRun($0), key: try $0.decode(String.self, "started_key")) }
        let (items, next) = ServerKit.page(decoded, limit: page.limit) { [$0.key, $0.run.id] }
        return (items.map(\.run), next)
    }

    static func decodeRun(_ row: PostgresRow) throws -> Components.Schemas.RetentionRun {
        Components.Schemas.RetentionRun(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(), trigger: .init(rawValue: try row.decode(String.self, "trigger")) ?? .manual,
            startedAt: try row.decode(Date.self, "started_at"), finishedAt: try row.decode(Date?.self, "finished_at"),
            examined: try row.decode(Int.self, "examined"), anonymised: try row.decode(Int.self, "anonymised")
        )
    }
}
