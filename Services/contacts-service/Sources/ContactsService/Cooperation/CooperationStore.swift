import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// Whose rows a caller may see: the authority's staff see all of the authority's; an SME only
/// those of its own organisation.
enum Viewer: Sendable {
    case staff
    case sme(organisation: UUID)
}

enum RequestOutcome: Sendable {
    case made(Components.Schemas.AccessRequest)
    case refused(Problem)
}

enum RevealOutcome: Sendable {
    case revealed(grant: Components.Schemas.Grant, person: StoredPerson, followUp: UUID)
    case refused(Problem)
}

/// Agreements, access requests, grants, reveals and follow-ups in PostgreSQL. Every decision that
/// must hold under concurrency (quota of a one-use agreement, one reveal of a one-use grant) is
/// taken under a row lock inside one transaction.
struct PostgresCooperationStore: Sendable {
    let pool: PostgresPool

    // MARK: Agreements

    static let agreementColumns = """
        id, sme_organisation_id, scope_sectors, scope_countries, scope_keywords, access_model, contacts_allowed, contacts_used,
        valid_from::text AS valid_from, valid_until::text AS valid_until, authority_role, responsible_officer, document_reference,
        auto_approve, status, version, created_at, updated_at,
        CASE WHEN status IN ('active', 'suspended') AND valid_until < current_date THEN 'expired' ELSE status END AS effective_status
        """

    func createAgreement(_ new: Components.Schemas.AgreementCreate, sme: UUID, id: UUID, authority: UUID) async throws -> (Components.Schemas.Agreement, Int)? {
        let parameters = BoundParameters(values: [
            id, authority, sme, new.scope?.sectors ?? [], new.scope?.countries ?? [], new.scope?.keywords ?? [], new.accessModel.rawValue,
            new.contactsAllowed, new.validFrom, new.validUntil, new.authorityRole.rawValue, new.responsibleOfficer, new.documentReference,
            new.autoApprove ?? false,
        ])
        return try await pool.transaction(authority: authority) { connection in
            guard try !connection.query("SELECT 1 FROM organisations WHERE authority_id = $1 AND id = $2", [authority, sme]).rows.isEmpty else {
                return nil
            }
            let row = try connection.query(
                """
                INSERT INTO cooperation_agreements (id, authority_id, sme_organisation_id, scope_sectors, scope_countries, scope_keywords,
                    access_model, contacts_allowed, valid_from, valid_until, authority_role, responsible_officer, document_reference, auto_approve)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date, $10::date, $11, $12, $13, $14)
                RETURNING \(Self.agreementColumns)
                """,
                parameters.values
            )
            return try row.first.map(Self.decodeAgreement)
        }
    }

    func agreement(id: UUID, authority: UUID, viewer: Viewer) async throws -> (Components.Schemas.Agreement, Int)? {
        try await pool.query(
            "SELECT \(Self.agreementColumns) FROM cooperation_agreements WHERE authority_id = $1 AND id = $2 AND ($3::uuid IS NULL OR sme_organisation_id = $3)",
            [authority, id, Self.organisation(of: viewer)], authority: authority
        ).first.map(Self.decodeAgreement)
    }

    func listAgreements(status: String?, authority: UUID, viewer: Viewer, page: PageRequest) async throws -> (items: [Components.Schemas.Agreement], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, page.limit + 1, Self.organisation(of: viewer), status]
        var after = ""
        if let keys = page.after {
            parameters += [keys[0], keys[1]]
            after = "AND (created_at, id) < ($5::timestamptz, $6::uuid)"
        }
        let rows = try await pool.query(
            """
            SELECT * FROM (SELECT \(Self.agreementColumns), created_at::text AS created_key FROM cooperation_agreements
                           WHERE authority_id = $1 AND ($3::uuid IS NULL OR sme_organisation_id = $3) \(after)) listed
            WHERE ($4::text IS NULL OR effective_status = $4)
            ORDER BY created_at DESC, id DESC LIMIT $2
            """,
            parameters, authority: authority
        ).rows
        let decoded = try rows.map { (agreement: try Self.decodeAgreement($0).0, key: try $0.decode(String.self, "created_key")) }
        let (items, next) = ServerKit.page(decoded, limit: page.limit) { [$0.key, $0.agreement.id] }
        return (items.map(\.agreement), next)
    }

    /// Moves an agreement along its lifecycle; 409 for a move the lifecycle does not allow.
    func transition(id: UUID, to next: AgreementStatus, expectedVersion: Int?, authority: UUID) async throws -> (Components.Schemas.Agreement, Int)? {
        try await pool.transaction(authority: authority) { connection in
            guard let row = try connection.query(
                "SELECT \(Self.agreementColumns) FROM cooperation_agreements WHERE authority_id = $1 AND id = $2 FOR UPDATE", [authority, id]
            ).first else { return nil }
            let (current, version) = try Self.decodeAgreement(row)
            if let expectedVersion, expectedVersion != version { throw Problem.preconditionFailed() }
            let from = AgreementStatus(rawValue: current.status.rawValue) ?? .terminated
            guard from.canMove(to: next) else {
                throw Problem.conflict("An agreement that is \(from.rawValue) cannot become \(next.rawValue).")
            }
            return try connection.query(
                """
                UPDATE cooperation_agreements SET status = $3, version = version + 1, updated_at = now()
                WHERE authority_id = $1 AND id = $2 RETURNING \(Self.agreementColumns)
                """,
                [authority, id, next.rawValue]
            ).first.map(Self.decodeAgreement)
        }
    }

    // MARK: Access requests and grants

    static let requestColumns = """
        id, agreement_id, person_id, requested_by, reason, intended_cooperation, status, decided_by, decision_note, grant_id, created_at, decided_at
        """

    /// An SME's request; approved at once when the agreement says so and covers the person.
    func request(
        _ new: Components.Schemas.AccessRequestCreate, agreement: UUID, person: UUID, sme: UUID, requestedBy: String, id: UUID, authority: UUID
    ) async throws -> RequestOutcome {
        let text = BoundParameters(values: [new.reason, new.intendedCooperation])
        return try await pool.transaction(authority: authority) { connection in
            guard let found = try connection.query(
                "SELECT \(Self.agreementColumns) FROM cooperation_agreements WHERE authority_id = $1 AND id = $2 AND sme_organisation_id = $3 FOR UPDATE",
                [authority, agreement, sme]
            ).first else {
                return .refused(Problem.validation([.init(field: "/agreement_id", message: "must be an agreement of your organisation")]))
            }
            let (terms, _) = try Self.decodeAgreement(found)
            guard terms.status == .active else {
                return .refused(Problem.conflict("The agreement is \(terms.status.rawValue); only an active agreement takes requests."))
            }
            if let start = Self.notYetInForce(terms) {
                return .refused(Problem.conflict("The agreement is in force from \(start); it takes requests from then."))
            }
            guard try Self.covers(terms, person: person, authority: authority, connection: connection) != nil else {
                return .refused(Problem.validation([.init(field: "/person_id", message: "must be a contact person your agreement covers")]))
            }
            _ = try connection.query(
                """
                INSERT INTO access_requests (id, authority_id, agreement_id, person_id, requested_by, reason, intended_cooperation)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                """,
                [id, authority, agreement, person, requestedBy, text.values[0], text.values[1]]
            )
            if terms.autoApprove {
                // When the agreement cannot approve it (its quota is used), the request waits for an officer.
                _ = try Self.approve(
                    request: id, terms: terms, person: person, sme: sme, decidedBy: "agreement:\(terms.id)", note: "approved by the agreement",
                    authority: authority, connection: connection
                )
            }
            return .made(try Self.selectRequest(id: id, authority: authority, connection: connection))
        }
    }

    func decide(request id: UUID, approve: Bool, note: String?, decidedBy: String, authority: UUID) async throws -> RequestOutcome? {
        try await pool.transaction(authority: authority) { connection in
            guard let row = try connection.query(
                "SELECT agreement_id, person_id, status FROM access_requests WHERE authority_id = $1 AND id = $2 FOR UPDATE", [authority, id]
            ).first else { return nil }
            guard try row.decode(String.self, "status") == "pending" else {
                return .refused(Problem.conflict("The request was already decided."))
            }
            let agreementID = try row.decode(UUID.self, "agreement_id")
            let person = try row.decode(UUID.self, "person_id")
            if !approve {
                _ = try connection.query(
                    """
                    UPDATE access_requests SET status = 'rejected', decided_by = $3, decided_at = now(), decision_note = $4
                    WHERE authority_id = $1 AND id = $2
                    """,
                    [authority, id, decidedBy, note]
                )
                return .made(try Self.selectRequest(id: id, authority: authority, connection: connection))
            }
            guard let found = try connection.query(
                "SELECT \(Self.agreementColumns) FROM cooperation_agreements WHERE authority_id = $1 AND id = $2 FOR UPDATE", [authority, agreementID]
            ).first else { return nil }
            let (terms, _) = try Self.decodeAgreement(found)
            let sme = UUID(uuidString: terms.smeOrganisationId) ?? UUID()
            if case .refused(let problem) = try Self.approve(
                request: id, terms: terms, person: person, sme: sme, decidedBy: decidedBy, note: note, authority: authority, connection: connection
            ) {
                return .refused(problem)
            }
            return .made(try Self.selectRequest(id: id, authority: authority, connection: connection))
        }
    }

    /// Approves a request within its agreement: active, covering, within the quota; makes the grant.
    static func approve(
        request: UUID, terms: Components.Schemas.Agreement, person: UUID, sme: UUID, decidedBy: String, note: String?, authority: UUID,
        connection: PostgresConnection
    ) throws -> RequestOutcome {
        guard terms.status == .active else {
            return .refused(Problem.conflict("The agreement is \(terms.status.rawValue); only an active agreement grants access."))
        }
        if let start = notYetInForce(terms) {
            return .refused(Problem.conflict("The agreement is in force from \(start); it grants access from then."))
        }
        guard try covers(terms, person: person, authority: authority, connection: connection) != nil else {
            return .refused(Problem.conflict("The agreement does not cover this contact person."))
        }
        if terms.accessModel == .oneUse {
            let taken = try connection.query(
                """
                UPDATE cooperation_agreements SET contacts_used = contacts_used + 1, updated_at = now()
                WHERE authority_id = $1 AND id = $2 AND contacts_used < contacts_allowed RETURNING contacts_used
                """,
                [authority, terms.id]
            )
            guard !taken.rows.isEmpty else {
                return .refused(Problem.conflict("The agreement's \(terms.contactsAllowed ?? 0) contacts are all used."))
            }
        }
        let grant = UUID.v7()
        let validUntil: String? = terms.accessModel == .timeLimited ? terms.validUntil : nil
        _ = try connection.query(
            """
            INSERT INTO access_grants (id, authority_id, agreement_id, request_id, person_id, sme_organisation_id, access_model, reveals_allowed, valid_until)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, ($9::date + 1)::timestamptz)
            """,
            [grant, authority, terms.id, request, person, sme, terms.accessModel.rawValue, terms.accessModel == .oneUse ? 1 : nil, validUntil]
        )
        _ = try connection.query(
            """
            UPDATE access_requests SET status = 'approved', decided_by = $3, decided_at = now(), decision_note = $4, grant_id = $5
            WHERE authority_id = $1 AND id = $2
            """,
            [authority, request, decidedBy, note, grant]
        )
        return .made(try selectRequest(id: request, authority: authority, connection: connection))
    }

    /// The person's organisation when the agreement covers it (nil otherwise, or for an erased person).
    static func covers(_ terms: Components.Schemas.Agreement, person: UUID, authority: UUID, connection: PostgresConnection) throws -> UUID? {
        guard let row = try connection.query(
            """
            SELECT o.id, o.sector_lineage, o.country, o.keywords FROM contact_persons p
            JOIN organisations o ON o.authority_id = p.authority_id AND o.id = p.organisation_id
            WHERE p.authority_id = $1 AND p.id = $2 AND p.anonymised_at IS NULL
            """,
            [authority, person]
        ).first else { return nil }
        let scope = AgreementScope(sectors: terms.scope.sectors ?? [], countries: terms.scope.countries ?? [], keywords: terms.scope.keywords ?? [])
        let covered = scope.covers(
            sectorLineage: try row.decode([String].self, "sector_lineage"), country: try row.decode(String.self, "country"),
            keywords: try row.decode([String].self, "keywords")
        )
        return covered ? try row.decode(UUID.self, "id") : nil
    }

    static func selectRequest(id: UUID, authority: UUID, connection: PostgresConnection) throws -> Components.Schemas.AccessRequest {
        guard let row = try connection.query("SELECT \(requestColumns) FROM access_requests WHERE authority_id = $1 AND id = $2", [authority, id]).first else {
            throw PostgresError(kind: .queryFailed, message: "the access request vanished")
        }
        return try decodeRequest(row)
    }

    func listRequests(status: String?, authority: UUID, viewer: Viewer, page: PageRequest) async throws -> (items: [Components.Schemas.AccessRequest], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, page.limit + 1, Self.organisation(of: viewer), status]
        var after = ""
        if let keys = page.after {
            parameters += [keys[0], keys[1]]
            after = "AND (r.created_at, r.id) < ($5::timestamptz, $6::uuid)"
        }
        let rows = try await pool.query(
            """
            SELECT \(Self.requestColumns.split(separator: ",").map { "r." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")),
                   r.created_at::text AS created_key
            FROM access_requests r JOIN cooperation_agreements a ON a.authority_id = r.authority_id AND a.id = r.agreement_id
            WHERE r.authority_id = $1 AND ($3::uuid IS NULL OR a.sme_organisation_id = $3) AND ($4::text IS NULL OR r.status = $4) \(after)
            ORDER BY r.created_at DESC, r.id DESC LIMIT $2
            """,
            parameters, authority: authority
        ).rows
        let decoded = try rows.map { (request: try Self.decodeRequest($0), key: try $0.decode(String.self, "created_key")) }
        let (items, next) = ServerKit.page(decoded, limit: page.limit) { [$0.key, $0.request.id] }
        return (items.map(\.request), next)
    }

    static let grantColumns = """
        id, agreement_id, person_id, sme_organisation_id, access_model, reveals_allowed, reveals_used, valid_until, revoked_at, created_at
        """

    func listGrants(authority: UUID, viewer: Viewer, page: PageRequest) async throws -> (items: [Components.Schemas.Grant], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, page.limit + 1, Self.organisation(of: viewer)]
        var after = ""
        if let keys = page.after {
            parameters += [keys[0], keys[1]]
            after = "AND (created_at, id) < ($4::timestamptz, $5::uuid)"
        }
        let rows = try await pool.query(
            """
            SELECT \(Self.grantColumns), created_at::text AS created_key FROM access_grants
            WHERE authority_id = $1 AND ($3::uuid IS NULL OR sme_organisation_id = $3) \(after)
            ORDER BY created_at DESC, id DESC LIMIT $2
            """,
            parameters, authority: authority
        ).rows
        let decoded = try rows.map { (grant: try Self.decodeGrant($0), key: try $0.decode(String.self, "created_key")) }
        let (items, next) = ServerKit.page(decoded, limit: page.limit) { [$0.key, $0.grant.id] }
        return (items.map(\.grant), next)
    }

    func revoke(grant id: UUID, by actor: String, authority: UUID) async throws -> Components.Schemas.Grant? {
        try await pool.query(
            """
            UPDATE access_grants SET revoked_at = coalesce(revoked_at, now()), revoked_by = coalesce(revoked_by, $3)
            WHERE authority_id = $1 AND id = $2 RETURNING \(Self.grantColumns)
            """,
            [authority, id, actor], authority: authority
        ).first.map(Self.decodeGrant)
    }

    /// Reveals the person of a grant for its SME, under a lock on the grant: every condition is
    /// checked and the use counted in one transaction, so a one-use grant reveals exactly once.
    func reveal(grant id: UUID, sme: UUID, access: PersonalDataAccessEntry, followUpDays: Int, authority: UUID) async throws -> RevealOutcome? {
        try await pool.transaction(authority: authority) { connection in
            guard let row = try connection.query(
                """
                SELECT \(Self.grantColumns), (valid_until IS NOT NULL AND valid_until <= now()) AS lapsed FROM access_grants
                WHERE authority_id = $1 AND id = $2 AND sme_organisation_id = $3 FOR UPDATE
                """,
                [authority, id, sme]
            ).first else { return nil }
            let grant = try Self.decodeGrant(row)
            if grant.revokedAt != nil { return .refused(Problem.conflict("The grant was revoked.")) }
            if try row.decode(Bool.self, "lapsed") { return .refused(Problem.conflict("The grant has expired.")) }
            if let allowed = grant.revealsAllowed, grant.revealsUsed >= allowed {
                return .refused(Problem.conflict("The grant was for one reveal, and it has been used."))
            }
            guard let agreementRow = try connection.query(
                "SELECT \(Self.agreementColumns) FROM cooperation_agreements WHERE authority_id = $1 AND id = $2", [authority, grant.agreementId]
            ).first else { return nil }
            let (terms, _) = try Self.decodeAgreement(agreementRow)
            guard terms.status == .active else {
                return .refused(Problem.conflict("The agreement is \(terms.status.rawValue); contacts are revealed only under an active agreement."))
            }
            if let start = Self.notYetInForce(terms) {
                return .refused(Problem.conflict("The agreement is in force from \(start); contacts are revealed from then."))
            }
            let person = UUID(uuidString: grant.personId) ?? UUID()
            guard let organisation = try Self.covers(terms, person: person, authority: authority, connection: connection) else {
                return .refused(Problem.conflict("The agreement no longer covers this contact person."))
            }
            guard var stored = try PostgresPersonStore.select(id: person, authority: authority, purpose: .partnerMatching, connection: connection) else {
                return nil
            }
            guard stored.consent == .given else {
                return .refused(Problem.conflict("The contact person has not given consent to be shared with companies (partner_matching)."))
            }
            let used = try connection.query(
                "UPDATE access_grants SET reveals_used = reveals_used + 1 WHERE authority_id = $1 AND id = $2 RETURNING \(Self.grantColumns)",
                [authority, id]
            )
            let updated = try used.first.map(Self.decodeGrant) ?? grant
            var entry = access
            entry.personID = person
            entry.grantID = id
            try PostgresPersonStore.insertAccess([entry], authority: authority, connection: connection)
            _ = try connection.query(
                "UPDATE contact_persons SET last_activity_at = now() WHERE authority_id = $1 AND id = $2", [authority, person]
            )
            let followUp = try connection.query(
                """
                INSERT INTO follow_ups (id, authority_id, grant_id, agreement_id, person_id, organisation_id, sme_organisation_id, due_on)
                VALUES ($1, $2, $3, $4, $5, $6, $7, current_date + $8::int)
                ON CONFLICT (authority_id, grant_id) DO UPDATE SET updated_at = now()
                RETURNING id
                """,
                [UUID.v7(), authority, id, grant.agreementId, person, organisation, sme, followUpDays]
            )
            stored.consent = .given
            return .revealed(grant: updated, person: stored, followUp: try followUp.first?.decode(UUID.self, "id") ?? UUID())
        }
    }

    // MARK: Follow-ups

    func followUp(id: UUID, authority: UUID, viewer: Viewer) async throws -> Components.Schemas.FollowUp? {
        try await pool.withConnection(authority: authority) { connection in
            try Self.selectFollowUp(id: id, authority: authority, viewer: viewer, connection: connection)
        }
    }

    static let followUpColumns = """
        id, grant_id, agreement_id, person_id, organisation_id, sme_organisation_id, outcome, due_on::text AS due_on, closed_at, created_at
        """

    static func selectFollowUp(id: UUID, authority: UUID, viewer: Viewer, connection: PostgresConnection) throws -> Components.Schemas.FollowUp? {
        guard let row = try connection.query(
            "SELECT \(followUpColumns) FROM follow_ups WHERE authority_id = $1 AND id = $2 AND ($3::uuid IS NULL OR sme_organisation_id = $3)",
            [authority, id, organisation(of: viewer)]
        ).first else { return nil }
        var followUp = try decodeFollowUp(row)
        followUp.entries = try connection.query(
            "SELECT id, author, party, text, outcome, created_at FROM follow_up_entries WHERE authority_id = $1 AND follow_up_id = $2 ORDER BY created_at, id",
            [authority, id]
        ).rows.map { entry in
            Components.Schemas.FollowUpEntry(
                id: try entry.decode(UUID.self, "id").uuidString.lowercased(), author: try entry.decode(String.self, "author"),
                party: .init(rawValue: try entry.decode(String.self, "party")) ?? .authority, text: try entry.decode(String.self, "text"),
                outcome: try entry.decode(String?.self, "outcome").flatMap(Components.Schemas.FollowUpOutcome.init(rawValue:)),
                createdAt: try entry.decode(Date.self, "created_at")
            )
        }
        return followUp
    }

    func listFollowUps(dueBefore: String?, openOnly: Bool, authority: UUID, viewer: Viewer, page: PageRequest) async throws -> (items: [Components.Schemas.FollowUp], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, page.limit + 1, Self.organisation(of: viewer), dueBefore, openOnly]
        var after = ""
        if let keys = page.after {
            parameters += [keys[0], keys[1]]
            after = "AND (due_on, id) > ($6::date, $7::uuid)"
        }
        let rows = try await pool.query(
            """
            SELECT \(Self.followUpColumns) FROM follow_ups
            WHERE authority_id = $1 AND ($3::uuid IS NULL OR sme_organisation_id = $3) AND ($4::date IS NULL OR due_on <= $4::date)
              AND (NOT $5 OR closed_at IS NULL) \(after)
            ORDER BY due_on, id LIMIT $2
            """,
            parameters, authority: authority
        ).rows
        let decoded = try rows.map(Self.decodeFollowUp)
        let (items, next) = ServerKit.page(decoded, limit: page.limit) { [$0.dueOn, $0.id] }
        return (items, next)
    }

    func addEntry(
        _ entry: Components.Schemas.FollowUpEntryCreate, followUp id: UUID, author: String, party: String, authority: UUID, viewer: Viewer
    ) async throws -> Result<Components.Schemas.FollowUp, Problem>? {
        let values = BoundParameters(values: [entry.text, entry.outcome?.rawValue, entry.dueOn])
        return try await pool.transaction(authority: authority) { connection in
            guard let row = try connection.query(
                "SELECT closed_at FROM follow_ups WHERE authority_id = $1 AND id = $2 AND ($3::uuid IS NULL OR sme_organisation_id = $3) FOR UPDATE",
                [authority, id, Self.organisation(of: viewer)]
            ).first else { return nil }
            if try row.decode(Date?.self, "closed_at") != nil { return .failure(Problem.conflict("The follow-up is closed.")) }
            _ = try connection.query(
                "INSERT INTO follow_up_entries (id, authority_id, follow_up_id, author, party, text, outcome) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                [UUID.v7(), authority, id, author, party, values.values[0], values.values[1]]
            )
            let final = (values.values[1] as? String).flatMap(FollowUpOutcome.init(rawValue:))?.isFinal ?? false
            _ = try connection.query(
                """
                UPDATE follow_ups SET outcome = coalesce($3, outcome), due_on = coalesce($4::date, due_on), updated_at = now(),
                    partnership_at = CASE WHEN $3 = 'partnership_established' THEN coalesce(partnership_at, now()) ELSE partnership_at END,
                    closed_at = CASE WHEN $5 THEN now() ELSE closed_at END
                WHERE authority_id = $1 AND id = $2
                """,
                [authority, id, values.values[1], values.values[2], final]
            )
            guard let updated = try Self.selectFollowUp(id: id, authority: authority, viewer: viewer, connection: connection) else { return nil }
            return .success(updated)
        }
    }

    /// What the cooperation records hold about a person (for a data-subject export): the access
    /// requests the subjects made or that name the contact person, the grants and follow-ups of
    /// the contact person, and the follow-up entries the subjects wrote.
    func subjectRecords(person: UUID?, subjects: [String], authority: UUID) async throws -> [Components.Schemas.SubjectRecord] {
        try await pool.withConnection(authority: authority) { connection in
            let requests = try connection.query(
                """
                SELECT id, agreement_id, person_id, reason, intended_cooperation, status, requested_by, created_at FROM access_requests
                WHERE authority_id = $1 AND (requested_by = ANY($2::text[]) OR person_id = $3) ORDER BY created_at, id
                """,
                [authority, subjects, person]
            ).rows.map { row in
                DataSubjects.record("access_request", id: try row.decode(UUID.self, "id"), [
                    "agreement_id": try row.decode(UUID.self, "agreement_id").uuidString.lowercased(),
                    "person_id": try row.decode(UUID.self, "person_id").uuidString.lowercased(),
                    "reason": try row.decode(String.self, "reason"), "intended_cooperation": try row.decode(String.self, "intended_cooperation"),
                    "status": try row.decode(String.self, "status"), "requested_by": try row.decode(String.self, "requested_by"),
                    "created_at": DataSubjects.text(try row.decode(Date.self, "created_at")),
                ])
            }
            let entries = try connection.query(
                """
                SELECT id, follow_up_id, text, outcome, author, created_at FROM follow_up_entries
                WHERE authority_id = $1 AND author = ANY($2::text[]) ORDER BY created_at, id
                """,
                [authority, subjects]
            ).rows.map { row in
                DataSubjects.record("follow_up_entry", id: try row.decode(UUID.self, "id"), [
                    "follow_up_id": try row.decode(UUID.self, "follow_up_id").uuidString.lowercased(), "text": try row.decode(String.self, "text"),
                    "outcome": try row.decode(String?.self, "outcome"), "author": try row.decode(String.self, "author"),
                    "created_at": DataSubjects.text(try row.decode(Date.self, "created_at")),
                ])
            }
            let grants = try connection.query(
                "SELECT \(Self.grantColumns) FROM access_grants WHERE authority_id = $1 AND person_id = $2 ORDER BY created_at, id",
                [authority, person]
            ).rows.map { row in
                let grant = try Self.decodeGrant(row)
                return DataSubjects.record("access_grant", id: UUID(uuidString: grant.id) ?? UUID(), [
                    "agreement_id": grant.agreementId, "sme_organisation_id": grant.smeOrganisationId, "access_model": grant.accessModel.rawValue,
                    "reveals_used": String(grant.revealsUsed), "revoked_at": DataSubjects.text(grant.revokedAt),
                    "created_at": DataSubjects.text(grant.createdAt),
                ])
            }
            let followUps = try connection.query(
                "SELECT \(Self.followUpColumns) FROM follow_ups WHERE authority_id = $1 AND person_id = $2 ORDER BY created_at, id",
                [authority, person]
            ).rows.map { row in
                let followUp = try Self.decodeFollowUp(row)
                return DataSubjects.record("follow_up", id: UUID(uuidString: followUp.id) ?? UUID(), [
                    "grant_id": followUp.grantId, "sme_organisation_id": followUp.smeOrganisationId, "outcome": followUp.outcome.rawValue,
                    "due_on": followUp.dueOn, "created_at": DataSubjects.text(followUp.createdAt),
                ])
            }
            return requests + entries + grants + followUps
        }
    }

    // MARK: Indicators

    /// Contacts shared (reveals in the access log) and partnerships established (follow-ups whose
    /// partnership was recorded) in [from, to], grouped by month, NACE section or agreement.
    func indicators(from: String, to: String, groupBy: String, authority: UUID) async throws -> [Components.Schemas.IndicatorRow] {
        let key: (shared: String, established: String) =
            switch groupBy {
            case "sector":
                ("coalesce((SELECT min(l) FROM unnest(o.sector_lineage) l WHERE l ~ '^[A-U]$'), 'unknown')",
                 "coalesce((SELECT min(l) FROM unnest(o.sector_lineage) l WHERE l ~ '^[A-U]$'), 'unknown')")
            case "agreement": ("g.agreement_id::text", "f.agreement_id::text")
            default: ("to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM')", "to_char(f.partnership_at AT TIME ZONE 'UTC', 'YYYY-MM')")
            }
        let rows = try await pool.query(
            """
            WITH shared AS (
                SELECT \(key.shared) AS key, count(*) AS n FROM personal_data_access a
                JOIN access_grants g ON g.authority_id = a.authority_id AND g.id = a.grant_id
                JOIN contact_persons p ON p.authority_id = a.authority_id AND p.id = a.person_id
                JOIN organisations o ON o.authority_id = p.authority_id AND o.id = p.organisation_id
                WHERE a.authority_id = $1 AND a.action = 'reveal' AND a.occurred_at >= $2::date AND a.occurred_at < $3::date + 1
                GROUP BY 1
            ), established AS (
                SELECT \(key.established) AS key, count(*) AS n FROM follow_ups f
                JOIN organisations o ON o.authority_id = f.authority_id AND o.id = f.organisation_id
                WHERE f.authority_id = $1 AND f.partnership_at >= $2::date AND f.partnership_at < $3::date + 1
                GROUP BY 1
            )
            SELECT coalesce(s.key, e.key) AS key, coalesce(s.n, 0)::int AS shared, coalesce(e.n, 0)::int AS established
            FROM shared s FULL JOIN established e ON e.key = s.key ORDER BY 1
            """,
            [authority, from, to], authority: authority
        ).rows
        return try rows.map {
            .init(key: try $0.decode(String.self, "key"), contactsShared: try $0.decode(Int.self, "shared"),
                  partnershipsEstablished: try $0.decode(Int.self, "established"))
        }
    }

    // MARK: Decoding

    /// The agreement's first day when it is still to come (UTC calendar days, as `valid_from` is).
    static func notYetInForce(_ terms: Components.Schemas.Agreement) -> String? {
        guard let start = terms.validFrom else { return nil }
        let today = Date().formatted(.iso8601.year().month().day())
        return start > today ? start : nil
    }

    static func organisation(of viewer: Viewer) -> UUID? {
        if case .sme(let organisation) = viewer { return organisation }
        return nil
    }

    static func decodeAgreement(_ row: PostgresRow) throws -> (Components.Schemas.Agreement, Int) {
        let sectors = try row.decode([String].self, "scope_sectors")
        let countries = try row.decode([String].self, "scope_countries")
        let keywords = try row.decode([String].self, "scope_keywords")
        let agreement = Components.Schemas.Agreement(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(),
            smeOrganisationId: try row.decode(UUID.self, "sme_organisation_id").uuidString.lowercased(),
            scope: .init(sectors: sectors, countries: countries, keywords: keywords),
            accessModel: .init(rawValue: try row.decode(String.self, "access_model")) ?? .longTerm,
            contactsAllowed: try row.decode(Int?.self, "contacts_allowed"),
            validFrom: try row.decode(String?.self, "valid_from"),
            validUntil: try row.decode(String?.self, "valid_until"),
            authorityRole: .init(rawValue: try row.decode(String.self, "authority_role")) ?? .facilitator,
            responsibleOfficer: try row.decode(String.self, "responsible_officer"),
            documentReference: try row.decode(String?.self, "document_reference"),
            autoApprove: try row.decode(Bool.self, "auto_approve"),
            status: .init(rawValue: try row.decode(String.self, "effective_status")) ?? .terminated,
            contactsUsed: try row.decode(Int.self, "contacts_used"),
            createdAt: try row.decode(Date.self, "created_at"),
            updatedAt: try row.decode(Date.self, "updated_at")
        )
        return (agreement, try row.decode(Int.self, "version"))
    }

    static func decodeRequest(_ row: PostgresRow) throws -> Components.Schemas.AccessRequest {
        Components.Schemas.AccessRequest(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(),
            agreementId: try row.decode(UUID.self, "agreement_id").uuidString.lowercased(),
            personId: try row.decode(UUID.self, "person_id").uuidString.lowercased(),
            requestedBy: try row.decode(String.self, "requested_by"),
            reason: try row.decode(String.self, "reason"),
            intendedCooperation: try row.decode(String.self, "intended_cooperation"),
            status: .init(rawValue: try row.decode(String.self, "status")) ?? .pending,
            decidedBy: try row.decode(String?.self, "decided_by"),
            decisionNote: try row.decode(String?.self, "decision_note"),
            grantId: try row.decode(UUID?.self, "grant_id")?.uuidString.lowercased(),
            createdAt: try row.decode(Date.self, "created_at"),
            decidedAt: try row.decode(Date?.self, "decided_at")
        )
    }

    static func decodeGrant(_ row: PostgresRow) throws -> Components.Schemas.Grant {
        Components.Schemas.Grant(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(),
            agreementId: try row.decode(UUID.self, "agreement_id").uuidString.lowercased(),
            personId: try row.decode(UUID.self, "person_id").uuidString.lowercased(),
            smeOrganisationId: try row.decode(UUID.self, "sme_organisation_id").uuidString.lowercased(),
            accessModel: .init(rawValue: try row.decode(String.self, "access_model")) ?? .oneUse,
            revealsAllowed: try row.decode(Int?.self, "reveals_allowed"),
            revealsUsed: try row.decode(Int.self, "reveals_used"),
            validUntil: try row.decode(Date?.self, "valid_until"),
            revokedAt: try row.decode(Date?.self, "revoked_at"),
            createdAt: try row.decode(Date.self, "created_at")
        )
    }

    static func decodeFollowUp(_ row: PostgresRow) throws -> Components.Schemas.FollowUp {
        Components.Schemas.FollowUp(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(),
            grantId: try row.decode(UUID.self, "grant_id").uuidString.lowercased(),
            agreementId: try row.decode(UUID.self, "agreement_id").uuidString.lowercased(),
            personId: try row.decode(UUID.self, "person_id").uuidString.lowercased(),
            organisationId: try row.decode(UUID.self, "organisation_id").uuidString.lowercased(),
            smeOrganisationId: try row.decode(UUID.self, "sme_organisation_id").uuidString.lowercased(),
            outcome: .init(rawValue: try row.decode(String.self, "outcome")) ?? .noResponse,
            dueOn: try row.decode(String.self, "due_on"),
            closedAt: try row.decode(Date?.self, "closed_at"),
            entries: [],
            createdAt: try row.decode(Date.self, "created_at")
        )
    }
}
