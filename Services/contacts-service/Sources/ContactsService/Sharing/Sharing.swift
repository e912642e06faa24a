import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// Sharing part of the partner database with neighbouring authorities (read-only, revocable).
struct PostgresSharingStore: Sendable {
    let pool: PostgresPool

    static let columns = "id, authority_id, neighbour_authority_id, sectors, organisation_ids::text[] AS organisation_ids, note, created_by, created_at, revoked_at"

    enum Creation: Sendable {
        case created(Components.Schemas.SharingAgreement)
        case unknownNeighbour
        case unknownOrganisations([Int])
    }

    func create(
        neighbour: UUID, sectors: [String], organisations: [UUID], note: String?, createdBy: String, id: UUID, authority: UUID
    ) async throws -> Creation {
        let text = BoundParameters(values: [note])
        return try await pool.transaction(authority: authority) { connection in
            guard try !connection.query("SELECT 1 FROM authorities WHERE id = $1 AND status = 'active'", [neighbour]).rows.isEmpty else {
                return .unknownNeighbour
            }
            if !organisations.isEmpty {
                let known = Set(try connection.query(
                    "SELECT id FROM organisations WHERE authority_id = $1 AND id = ANY($2::uuid[])", [authority, organisations]
                ).rows.map { try $0.decode(UUID.self, "id") })
                let missing = organisations.indices.filter { !known.contains(organisations[$0]) }
                if !missing.isEmpty { return .unknownOrganisations(missing) }
            }
            guard let row = try connection.query(
                """
                INSERT INTO authority_sharing (id, authority_id, neighbour_authority_id, sectors, organisation_ids, note, created_by)
                VALUES ($1, $2, $3, $4, $5::uuid[], $6, $7) RETURNING \(Self.columns)
                """,
                [id, authority, neighbour, sectors, organisations, text.values[0], createdBy]
            ).first else { throw PostgresError(kind: .queryFailed, message: "INSERT returned no row") }
            return .created(try Self.decode(row))
        }
    }

    /// Both directions: given by the authority, and received by it.
    func list(authority: UUID, page: PageRequest) async throws -> (items: [Components.Schemas.SharingAgreement], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, page.limit + 1]
        var after = ""
        if let keys = page.after {
            parameters += [keys[0], keys[1]]
            after = "AND (created_at, id) < ($3::timestamptz, $4::uuid)"
        }
        let rows = try await pool.query(
            """
            SELECT \(Self.columns), created_at::text AS created_key FROM authority_sharing
            WHERE (authority_id = $1 OR neighbour_authority_id = $1) \(after)
            ORDER BY created_at DESC, id DESC LIMIT $2
            """,
            parameters, authority: authority
        ).rows
        let decoded = try rows.map { (agreement: try Self.decode($0), key: try $0.decode(String.self, "created_key")) }
        let (items, next) = ServerKit.page(decoded, limit: page.limit) { [$0.key, $0.agreement.id] }
        return (items.map(\.agreement), next)
    }

    func revoke(id: UUID, by actor: String, authority: UUID) async throws -> Components.Schemas.SharingAgreement? {
        try await pool.query(
            """
            UPDATE authority_sharing SET revoked_at = coalesce(revoked_at, now()), revoked_by = coalesce(revoked_by, $3)
            WHERE authority_id = $1 AND id = $2 RETURNING \(Self.columns)
            """,
            [authority, id, actor], authority: authority
        ).first.map(Self.decode)
    }

    /// The owner's organisations an active agreement shares with `authority`. The scope is in
    /// the query and, again, in the database's row-level security policy.
    func sharedOrganisations(
        from owner: UUID, keywords: String?, page: PageRequest, authority: UUID
    ) async throws -> (items: [StoredOrganisation], nextCursor: String?)? {
        var parameters: [(any PostgresEncodable)?] = [owner, authority, page.limit + 1]
        var conditions = [
            "o.authority_id = $1",
            """
            EXISTS (SELECT 1 FROM authority_sharing s WHERE s.authority_id = o.authority_id AND s.neighbour_authority_id = $2
                    AND s.revoked_at IS NULL AND (o.id = ANY (s.organisation_ids) OR o.sector_lineage && s.sectors))
            """,
        ]
        if let keywords {
            parameters.append(keywords)
            conditions.append("o.search_text LIKE '%' || extensions.f_unaccent(lower($\(parameters.count))) || '%'")
        }
        if let keys = page.after {
            parameters += [keys[0], keys[1]]
            conditions.append("(o.legal_name, o.id) > ($\(parameters.count - 1), $\(parameters.count)::uuid)")
        }
        let boxed = BoundParameters(values: parameters)
        let filter = conditions.joined(separator: " AND ")
        return try await pool.withConnection(authority: authority) { connection in
            guard try !connection.query(
                "SELECT 1 FROM authority_sharing WHERE authority_id = $1 AND neighbour_authority_id = $2 AND revoked_at IS NULL LIMIT 1",
                [owner, authority]
            ).rows.isEmpty else { return nil }
            let rows = try connection.query(
                """
                SELECT \(PostgresOrganisationStore.columns.split(separator: ",").map { "o." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", "))
                FROM organisations o WHERE \(filter) ORDER BY o.legal_name, o.id LIMIT $3
                """,
                boxed.values
            ).rows
            let decoded = try rows.map(PostgresOrganisationStore.decode)
            let (items, next) = ServerKit.page(decoded, limit: page.limit) { [$0.dto.legalName, $0.dto.id] }
            return (items, next)
        }
    }

    static func decode(_ row: PostgresRow) throws -> Components.Schemas.SharingAgreement {
        Components.Schemas.SharingAgreement(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(),
            authorityId: try row.decode(UUID.self, "authority_id").uuidString.lowercased(),
            neighbourAuthorityId: try row.decode(UUID.self, "neighbour_authority_id").uuidString.lowercased(),
            sectors: try row.decode([String].self, "sectors"),
            organisationIds: try row.decode([String].self, "organisation_ids"),
            note: try row.decode(String?.self, "note"),
            createdBy: try row.decode(String.self, "created_by"),
            createdAt: try row.decode(Date.self, "created_at"),
            revokedAt: try row.decode(Date?.self, "revoked_at")
        )
    }
}

extension ContactsAPI {
    func listSharingAgreements(_ input: Operations.ListSharingAgreements.Input) async throws -> Operations.ListSharingAgreements.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        let result = try await sharing.list(authority: identity.authorityID, page: page)
        return .ok(.init(body: .json(.init(items: result.items, nextCursor: result.nextCursor))))
    }

    func createSharingAgreement(_ input: Operations.CreateSharingAgreement.Input) async throws -> Operations.CreateSharingAgreement.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the agreement as JSON.") }
        var validator = FieldValidator()
        let neighbour = UUID(uuidString: body.neighbourAuthorityId)
        validator.check(neighbour != nil, "/neighbour_authority_id", "must be a UUID")
        validator.check(neighbour != identity.authorityID, "/neighbour_authority_id", "must be another authority")
        validator.sectors(body.sectors, "/sectors", catalogue: nace)
        let organisations = (body.organisationIds ?? []).map { UUID(uuidString: $0) }
        for (index, id) in organisations.enumerated() where id == nil { validator.check(false, "/organisation_ids/\(index)", "must be a UUID") }
        validator.check(!(body.sectors ?? []).isEmpty || !organisations.isEmpty, "/sectors", "name at least one sector or one organisation")
        validator.text(body.note, "/note", maxLength: 2000, minLength: 0)
        try validator.validate()
        switch try await sharing.create(
            neighbour: neighbour!, sectors: body.sectors ?? [], organisations: organisations.compactMap { $0 }, note: body.note,
            createdBy: identity.subject, id: UUID.v7(), authority: identity.authorityID
        ) {
        case .unknownNeighbour:
            throw Problem.validation([.init(field: "/neighbour_authority_id", message: "must be a registered, active authority")])
        case .unknownOrganisations(let indices):
            throw Problem.validation(indices.map { .init(field: "/organisation_ids/\($0)", message: "must be an organisation of your authority") })
        case .created(let agreement):
            return .created(.init(headers: .init(location: "/v1/contacts/sharing-agreements/\(agreement.id)"), body: .json(agreement)))
        }
    }

    func revokeSharingAgreement(_ input: Operations.RevokeSharingAgreement.Input) async throws -> Operations.RevokeSharingAgreement.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.sharingId, field: "sharingId")
        guard let agreement = try await sharing.revoke(id: id, by: identity.subject, authority: identity.authorityID) else {
            throw Problem.notFound("The sharing agreement")
        }
        return .ok(.init(body: .json(agreement)))
    }

    func listSharedOrganisations(_ input: Operations.ListSharedOrganisations.Input) async throws -> Operations.ListSharedOrganisations.Output {
        let identity = try RequestScope.requireIdentity()
        let owner = try PathID.parse(input.query.fromAuthority, field: "from_authority")
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.text, .uuid])
        var keywords = input.query.q?.trimmingCharacters(in: .whitespacesAndNewlines)
        if keywords?.isEmpty == true { keywords = nil }
        if let keywords, keywords.count > 200 {
            throw Problem.badRequest("q is too long.", errors: [.init(field: "q", message: "must be at most 200 characters")])
        }
        guard let result = try await sharing.sharedOrganisations(from: owner, keywords: keywords, page: page, authority: identity.authorityID) else {
            throw Problem.notFound("A sharing agreement of that authority with yours")
        }
        return .ok(.init(body: .json(.init(items: result.items.map(\.dto), nextCursor: result.nextCursor))))
    }
}
