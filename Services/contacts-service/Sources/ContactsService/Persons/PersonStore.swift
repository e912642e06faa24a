import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// A contact person as stored (every personal field, before redaction), with the state of the
/// consent for the purpose the call asked about.
struct StoredPerson: Sendable {
    var id: UUID
    var organisationID: UUID
    var externalRef: String?
    var givenName: String?
    var familyName: String?
    var position: String?
    var email: String?
    var phone: String?
    var languages: [String]
    var notes: String?
    var anonymisedAt: Date?
    var version: Int
    var createdAt: Date
    var updatedAt: Date
    /// The consent for the purpose of the read (`none` when nothing was recorded).
    var consent: ConsentState
}

/// One access to personal data, for the log (GDPR Art. 5(2), accountability).
struct PersonalDataAccessEntry: Sendable {
    var personID: UUID
    var actor: String
    var actorRoles: [String]
    var purpose: ProcessingPurpose
    var action: String
    var fields: [String]
    var grantID: UUID?
    /// The neighbouring authority that read the person under a sharing agreement (another
    /// controller, Art. 4(9)); nil for the owner's own processing.
    var recipientAuthorityID: UUID? = nil
    /// The sharing agreement the neighbour read under; set together with `recipientAuthorityID`.
    var sharingAgreementID: UUID? = nil
}

/// A recorded consent event, as listed.
struct StoredConsentEvent: Sendable {
    var id: UUID
    var event: ConsentEvent
    var recordedBy: String
    var recordedAt: Date
}

enum ConsentRecording: Sendable {
    case recorded(StoredConsentEvent)
    case personNotFound
    case refused([ConsentProblem])
}

protocol PersonStore: Sendable {
    /// - Returns: nil when the organisation is not the authority's.
    func create(_ person: Components.Schemas.ContactPersonCreate, organisation: UUID, id: UUID, authority: UUID, access: PersonalDataAccessEntry) async throws -> StoredPerson?
    func get(id: UUID, authority: UUID, purpose: ProcessingPurpose) async throws -> StoredPerson?
    /// - Returns: nil when the organisation is not the authority's.
    func list(organisation: UUID, authority: UUID, purpose: ProcessingPurpose, page: PageRequest) async throws -> (items: [StoredPerson], nextCursor: String?)?
    func update(id: UUID, authority: UUID, expectedVersion: Int?, changes: Components.Schemas.ContactPersonUpdate, purpose: ProcessingPurpose, access: PersonalDataAccessEntry) async throws -> StoredPerson?
    func logAccess(_ entries: [PersonalDataAccessEntry], authority: UUID) async throws
    func consentHistory(person: UUID, authority: UUID) async throws -> [StoredConsentEvent]?
    func recordConsent(_ event: ConsentEvent, person: UUID, id: UUID, authority: UUID, recordedBy: String, now: Date) async throws -> ConsentRecording
    func listAccess(person: UUID?, authority: UUID, page: PageRequest) async throws -> (items: [Components.Schemas.PersonalDataAccess], nextCursor: String?)
    /// The grants that let this SME read these persons directly (time-limited or long-term, valid,
    /// under an agreement in force): person -> grant. One-use grants are read through their reveal.
    func readingGrants(persons: [UUID], sme: UUID, authority: UUID) async throws -> [UUID: UUID]
    /// Erases the person's personal fields in place (idempotent). - Returns: false when there is no such person.
    func erase(id: UUID, by actor: String, authority: UUID, access: PersonalDataAccessEntry) async throws -> Bool
}

struct PostgresPersonStore: PersonStore {
    let pool: PostgresPool

    static let columns = """
        p.id, p.organisation_id, p.external_ref, p.given_name, p.family_name, p.position, p.email, p.phone, p.languages,
        p.notes, p.anonymised_at, p.version, p.created_at, p.updated_at
        """

    /// The latest consent event for the purpose `$purpose` that is not in the future.
    static func consentColumn(_ purpose: String) -> String {
        """
        (SELECT c.action FROM consent_events c
          WHERE c.authority_id = p.authority_id AND c.person_id = p.id AND c.purpose = \(purpose) AND c.occurred_at <= now()
          ORDER BY c.occurred_at DESC, c.recorded_at DESC LIMIT 1) AS consent
        """
    }

    func create(
        _ new: Components.Schemas.ContactPersonCreate, organisation: UUID, id: UUID, authority: UUID, access: PersonalDataAccessEntry
    ) async throws -> StoredPerson? {
        let parameters = BoundParameters(values: [
            id, authority, organisation, new.externalRef, new.givenName, new.familyName, new.position, new.email,
            new.phone, new.languages ?? [], new.notes,
        ])
        return try await pool.transaction(authority: authority) { connection in
            guard try !connection.query("SELECT 1 FROM organisations WHERE authority_id = $1 AND id = $2", [authority, organisation]).rows.isEmpty else {
                return nil
            }
            _ = try connection.query(
                """
                INSERT INTO contact_persons (id, authority_id, organisation_id, external_ref, given_name, family_name, position,
                                             email, phone, languages, notes)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                """,
                parameters.values
            )
            try Self.insertAccess([access], authority: authority, connection: connection)
            return try Self.select(id: id, authority: authority, purpose: access.purpose, connection: connection)
        }
    }

    func get(id: UUID, authority: UUID, purpose: ProcessingPurpose) async throws -> StoredPerson? {
        try await pool.withConnection(authority: authority) { connection in
            try Self.select(id: id, authority: authority, purpose: purpose, connection: connection)
        }
    }

    static func select(id: UUID, authority: UUID, purpose: ProcessingPurpose, connection: PostgresConnection) throws -> StoredPerson? {
        try connection.query(
            "SELECT \(columns), \(consentColumn("$3")) FROM contact_persons p WHERE p.authority_id = $1 AND p.id = $2",
            [authority, id, purpose.rawValue]
        ).first.map(decode)
    }

    func list(organisation: UUID, authority: UUID, purpose: ProcessingPurpose, page: PageRequest) async throws -> (items: [StoredPerson], nextCursor: String?)? {
        try await pool.withConnection(authority: authority) { connection in
            guard try !connection.query("SELECT 1 FROM organisations WHERE authority_id = $1 AND id = $2", [authority, organisation]).rows.isEmpty else {
                return nil
            }
            return try Self.page(organisation: organisation, owner: authority, purpose: purpose, page: page, connection: connection)
        }
    }

    /// One page of an organisation's persons, oldest first, with their consent for `purpose`.
    /// - Parameter owner: the authority that holds them; the session may act for another one (a
    ///   neighbour reading under a sharing agreement), then row-level security limits the rows too.
    static func page(
        organisation: UUID, owner: UUID, purpose: ProcessingPurpose, page: PageRequest, connection: PostgresConnection
    ) throws -> (items: [StoredPerson], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [owner, organisation, purpose.rawValue, page.limit + 1]
        var after = ""
        if let keys = page.after {
            parameters += [keys[0], keys[1]]
            after = "AND (p.created_at, p.id) > ($5::timestamptz, $6::uuid)"
        }
        let rows = try connection.query(
            """
            SELECT \(columns), \(consentColumn("$3")), p.created_at::text AS created_key FROM contact_persons p
            WHERE p.authority_id = $1 AND p.organisation_id = $2 \(after)
            ORDER BY p.created_at, p.id LIMIT $4
            """,
            parameters
        ).rows
        let decoded = try rows.map { (person: try decode($0), key: try $0.decode(String.self, "created_key")) }
        let (items, next) = ServerKit.page(decoded, limit: page.limit) { [$0.key, $0.person.id.uuidString.lowercased()] }
        return (items.map(\.person), next)
    }

    func update(
        id: UUID, authority: UUID, expectedVersion: Int?, changes: Components.Schemas.ContactPersonUpdate, purpose: ProcessingPurpose,
        access: PersonalDataAccessEntry
    ) async throws -> StoredPerson? {
        let parameters = BoundParameters(values: [
            authority, id, changes.givenName, changes.familyName, changes.position, changes.email, changes.phone, changes.languages, changes.notes,
        ])
        return try await pool.transaction(authority: authority) { connection in
            let current = try connection.query(
                "SELECT version, anonymised_at IS NOT NULL AS anonymised FROM contact_persons WHERE authority_id = $1 AND id = $2 FOR UPDATE",
                [authority, id]
            )
            guard let row = current.first else { return nil }
            if let expectedVersion, try row.decode(Int.self, "version") != expectedVersion { throw Problem.preconditionFailed() }
            if try row.decode(Bool.self, "anonymised") {
                throw Problem.conflict("The person was anonymised (erased); personal data can no longer be added.")
            }
            _ = try connection.query(
                """
                UPDATE contact_persons SET
                    given_name = coalesce($3, given_name), family_name = coalesce($4, family_name), position = coalesce($5, position),
                    email = coalesce($6, email), phone = coalesce($7, phone), languages = coalesce($8::text[], languages),
                    notes = coalesce($9, notes), version = version + 1, updated_at = now(), last_activity_at = now()
                WHERE authority_id = $1 AND id = $2
                """,
                parameters.values
            )
            try Self.insertAccess([access], authority: authority, connection: connection)
            return try Self.select(id: id, authority: authority, purpose: purpose, connection: connection)
        }
    }

    func logAccess(_ entries: [PersonalDataAccessEntry], authority: UUID) async throws {
        guard !entries.isEmpty else { return }
        try await pool.withConnection(authority: authority) { connection in
            try Self.insertAccess(entries, authority: authority, connection: connection)
        }
    }

    /// One INSERT for all entries (a page of persons is logged in one statement).
    /// - Parameter authority: the authority whose log it is: the owner of the persons, also when a
    ///   neighbour's session writes it (row-level security then checks the agreement).
    static func insertAccess(_ entries: [PersonalDataAccessEntry], authority: UUID, connection: PostgresConnection) throws {
        guard !entries.isEmpty else { return }
        var parameters: [(any PostgresEncodable)?] = [authority]
        var rows: [String] = []
        for entry in entries {
            let base = parameters.count
            parameters += [
                UUID.v7(), entry.personID, entry.actor, entry.actorRoles, entry.purpose.rawValue, entry.action, entry.fields, entry.grantID,
                entry.recipientAuthorityID, entry.sharingAgreementID,
            ]
            rows.append(
                "($\(base + 1), $1, $\(base + 2), $\(base + 3), $\(base + 4)::text[], $\(base + 5), $\(base + 6), $\(base + 7)::text[], $\(base + 8)::uuid, "
                    + "$\(base + 9)::uuid, $\(base + 10)::uuid)"
            )
        }
        _ = try connection.query(
            """
            INSERT INTO personal_data_access (id, authority_id, person_id, actor, actor_roles, purpose, action, fields, grant_id,
                                              recipient_authority_id, sharing_agreement_id)
            VALUES \(rows.joined(separator: ", "))
            """,
            parameters
        )
    }

    func consentHistory(person: UUID, authority: UUID) async throws -> [StoredConsentEvent]? {
        try await pool.withConnection(authority: authority) { connection in
            guard try !connection.query("SELECT 1 FROM contact_persons WHERE authority_id = $1 AND id = $2", [authority, person]).rows.isEmpty else {
                return nil
            }
            return try Self.history(person: person, authority: authority, connection: connection)
        }
    }

    static func history(person: UUID, authority: UUID, connection: PostgresConnection) throws -> [StoredConsentEvent] {
        try connection.query(
            """
            SELECT id, purpose, action, occurred_at, text_version, source, recorded_by, recorded_at FROM consent_events
            WHERE authority_id = $1 AND person_id = $2 ORDER BY occurred_at, recorded_at, id
            """,
            [authority, person]
        ).rows.map { row in
            StoredConsentEvent(
                id: try row.decode(UUID.self, "id"),
                event: ConsentEvent(
                    purpose: ProcessingPurpose(rawValue: try row.decode(String.self, "purpose")) ?? .partnerMatching,
                    action: ConsentAction(rawValue: try row.decode(String.self, "action")) ?? .withdrawn,
                    at: try row.decode(Date.self, "occurred_at"),
                    textVersion: try row.decode(String.self, "text_version"),
                    source: try row.decode(String.self, "source")
                ),
                recordedBy: try row.decode(String.self, "recorded_by"),
                recordedAt: try row.decode(Date.self, "recorded_at")
            )
        }
    }

    func recordConsent(_ event: ConsentEvent, person: UUID, id: UUID, authority: UUID, recordedBy: String, now: Date) async throws -> ConsentRecording {
        try await pool.transaction(authority: authority) { connection in
            // The person's row is locked so two recordings for one person are checked one after the other.
            guard try !connection.query(
                "SELECT 1 FROM contact_persons WHERE authority_id = $1 AND id = $2 FOR UPDATE", [authority, person]
            ).rows.isEmpty else { return .personNotFound }
            let history = try Self.history(person: person, authority: authority, connection: connection).map(\.event)
            let problems = validateConsentEvent(event, history: history, now: now)
            if !problems.isEmpty { return .refused(problems) }
            let row = try connection.query(
                """
                INSERT INTO consent_events (id, authority_id, person_id, purpose, action, occurred_at, text_version, source, recorded_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING recorded_at
                """,
                [id, authority, person, event.purpose.rawValue, event.action.rawValue, event.at, event.textVersion, event.source, recordedBy]
            )
            _ = try connection.query(
                "UPDATE contact_persons SET last_activity_at = now() WHERE authority_id = $1 AND id = $2", [authority, person]
            )
            let recordedAt = try row.first?.decode(Date.self, "recorded_at") ?? now
            return .recorded(StoredConsentEvent(id: id, event: event, recordedBy: recordedBy, recordedAt: recordedAt))
        }
    }

    func listAccess(person: UUID?, authority: UUID, page: PageRequest) async throws -> (items: [Components.Schemas.PersonalDataAccess], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, page.limit + 1]
        var conditions = ["authority_id = $1"]
        if let person {
            parameters.append(person)
            conditions.append("person_id = $\(parameters.count)")
        }
        if let keys = page.after {
            parameters += [keys[0], keys[1]]
            conditions.append("(occurred_at, id) < ($\(parameters.count - 1)::timestamptz, $\(parameters.count)::uuid)")
        }
        let rows = try await pool.query(
            """
            SELECT id, person_id, actor, actor_roles, purpose, action, fields, grant_id, recipient_authority_id, sharing_agreement_id,
                   occurred_at, occurred_at::text AS occurred_key
            FROM personal_data_access WHERE \(conditions.joined(separator: " AND "))
            ORDER BY occurred_at DESC, id DESC LIMIT $2
            """,
            parameters, authority: authority
        ).rows
        let decoded = try rows.map { row in
            (
                entry: Components.Schemas.PersonalDataAccess(
                    id: try row.decode(UUID.self, "id").uuidString.lowercased(),
                    personId: try row.decode(UUID.self, "person_id").uuidString.lowercased(),
                    actor: try row.decode(String.self, "actor"),
                    actorRoles: try row.decode([String].self, "actor_roles"),
                    purpose: try row.decode(String.self, "purpose"),
                    action: Components.Schemas.PersonalDataAccess.ActionPayload(rawValue: try row.decode(String.self, "action")) ?? .read,
                    fields: try row.decode([String].self, "fields"),
                    grantId: try row.decode(UUID?.self, "grant_id")?.uuidString.lowercased(),
                    recipientAuthorityId: try row.decode(UUID?.self, "recipient_authority_id")?.uuidString.lowercased(),
                    sharingAgreementId: try row.decode(UUID?.self, "sharing_agreement_id")?.uuidString.lowercased(),
                    occurredAt: try row.decode(Date.self, "occurred_at")
                ),
                key: try row.decode(String.self, "occurred_key")
            )
        }
        let (items, next) = ServerKit.page(decoded, limit: page.limit) { [$0.key, $0.entry.id] }
        return (items.map(\.entry), next)
    }

    func erase(id: UUID, by actor: String, authority: UUID, access: PersonalDataAccessEntry) async throws -> Bool {
        try await pool.transaction(authority: authority) { connection in
            guard try !connection.query(
                "SELECT 1 FROM contact_persons WHERE authority_id = $1 AND id = $2 FOR UPDATE", [authority, id]
            ).rows.isEmpty else { return false }
            if try PostgresDataSubjectStore.anonymise(person: id, by: actor, authority: authority, connection: connection) {
                try Self.insertAccess([access], authority: authority, connection: connection)
            }
            return true
        }
    }

    func readingGrants(persons: [UUID], sme: UUID, authority: UUID) async throws -> [UUID: UUID] {
        guard !persons.isEmpty else { return [:] }
        let rows = try await pool.query(
            """
            SELECT DISTINCT ON (g.person_id) g.person_id, g.id FROM access_grants g
            JOIN cooperation_agreements a ON a.authority_id = g.authority_id AND a.id = g.agreement_id
            WHERE g.authority_id = $1 AND g.sme_organisation_id = $2 AND g.person_id = ANY($3::uuid[])
              AND g.access_model <> 'one_use' AND g.revoked_at IS NULL AND (g.valid_until IS NULL OR g.valid_until > now())
              AND a.status = 'active' AND (a.valid_from IS NULL OR a.valid_from <= current_date)
              AND (a.valid_until IS NULL OR a.valid_until >= current_date)
            ORDER BY g.person_id, g.created_at DESC
            """,
            [authority, sme, persons], authority: authority
        ).rows
        var grants: [UUID: UUID] = [:]
        for row in rows { grants[try row.decode(UUID.self, "person_id")] = try row.decode(UUID.self, "id") }
        return grants
    }

    static func decode(_ row: PostgresRow) throws -> StoredPerson {
        StoredPerson(
            id: try row.decode(UUID.self, "id"),
            organisationID: try row.decode(UUID.self, "organisation_id"),
            externalRef: try row.decode(String?.self, "external_ref"),
            givenName: try row.decode(String?.self, "given_name"),
            familyName: try row.decode(String?.self, "family_name"),
            position: try row.decode(String?.self, "position"),
            email: try row.decode(String?.self, "email"),
            phone: try row.decode(String?.self, "phone"),
            languages: try row.decode([String].self, "languages"),
            notes: try row.decode(String?.self, "notes"),
            anonymisedAt: try row.decode(Date?.self, "anonymised_at"),
            version: try row.decode(Int.self, "version"),
            createdAt: try row.decode(Date.self, "created_at"),
            updatedAt: try row.decode(Date.self, "updated_at"),
            consent: ConsentState(rawValue: try row.decode(String?.self, "consent") ?? "none") ?? .none
        )
    }
}
