import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// One page of the contact persons a sharing agreement shares with a neighbour, before redaction.
struct SharedPersonsPage: Sendable {
    /// The agreement in force that covers the organisation (the oldest, when several do); the
    /// neighbour's reads are logged under it.
    var agreement: UUID
    var items: [StoredPerson]
    var nextCursor: String?
}

/// The contact persons of shared organisations, as a neighbouring authority reads them: in the
/// neighbour's session, so row-level security (migration 0015) limits the rows as the query does.
extension PostgresSharingStore {
    /// The persons of `organisation`, with their partner-matching consent, when an agreement in
    /// force of `owner` with `authority` covers the organisation; nil otherwise (another tenant, a
    /// revoked agreement, an organisation outside its sectors and partners).
    func sharedPersons(of organisation: UUID, from owner: UUID, page: PageRequest, authority: UUID) async throws -> SharedPersonsPage? {
        try await pool.withConnection(authority: authority) { connection in
            guard let agreement = try connection.query(
                """
                SELECT s.id FROM authority_sharing s JOIN organisations o ON o.authority_id = s.authority_id AND o.id = $3
                WHERE s.authority_id = $1 AND s.neighbour_authority_id = $2 AND s.revoked_at IS NULL
                  AND (o.id = ANY (s.organisation_ids) OR o.sector_lineage && s.sectors)
                ORDER BY s.created_at, s.id LIMIT 1
                """,
                [owner, authority, organisation]
            ).first?.decode(UUID.self, "id") else { return nil }
            let persons = try PostgresPersonStore.page(
                organisation: organisation, owner: owner, purpose: .partnerMatching, page: page, connection: connection
            )
            return SharedPersonsPage(agreement: agreement, items: persons.items, nextCursor: persons.nextCursor)
        }
    }

    /// Writes the neighbour's reads to the owner's access log, from the neighbour's session: the
    /// database accepts only partner-matching reads naming the session's authority and an
    /// agreement in force that covers each person (migration 0015).
    func logSharedReads(_ entries: [PersonalDataAccessEntry], owner: UUID, authority: UUID) async throws {
        guard !entries.isEmpty else { return }
        try await pool.withConnection(authority: authority) { connection in
            try PostgresPersonStore.insertAccess(entries, authority: owner, connection: connection)
        }
    }
}

extension ContactsAPI {
    /// A neighbour's staff read the contact persons of an organisation another authority shares
    /// with theirs: for partner matching, field by field by the GDPR rules for a neighbouring
    /// authority, every answered personal field logged in the owner's access log first.
    func listSharedContactPersons(_ input: Operations.ListSharedContactPersons.Input) async throws -> Operations.ListSharedContactPersons.Output {
        let identity = try RequestScope.requireIdentity()
        let owner = try PathID.parse(input.query.fromAuthority, field: "from_authority")
        let organisation = try PathID.parse(input.path.organisationId, field: "organisationId")
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        let notShared = Problem.notFound("An organisation that an agreement in force of that authority shares with yours")
        guard let result = try await sharing.sharedPersons(of: organisation, from: owner, page: page, authority: identity.authorityID) else {
            throw notShared
        }
        // The store found an agreement in force covering the organisation: that is the neighbour's grant.
        let shown = result.items.map { person in
            var presented = Self.present(person, to: identity, purpose: .partnerMatching, grant: .covering(active: true), actingFor: .neighbour)
            presented.access?.recipientAuthorityID = identity.authorityID
            presented.access?.sharingAgreementID = result.agreement
            return presented
        }
        do {
            try await sharing.logSharedReads(shown.compactMap(\.access), owner: owner, authority: identity.authorityID)
        } catch let error as PostgresError where error.kind == .permissionDenied {
            // The agreement was revoked between the read and the log: nothing is answered.
            throw notShared
        }
        return .ok(.init(body: .json(.init(items: shown.map(\.dto), nextCursor: result.nextCursor))))
    }
}
