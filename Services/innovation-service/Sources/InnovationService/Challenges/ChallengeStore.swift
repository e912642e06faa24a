import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// A challenge as stored, with its version for ETags.
struct StoredChallenge: Sendable {
    var dto: Components.Schemas.Challenge
    var version: Int
}

/// Storage of the open challenges. Every call is scoped to one authority.
protocol ChallengeStore: Sendable {
    /// Stores a new challenge; a challenge created without a status is `open`.
    func create(_ challenge: Components.Schemas.ChallengeCreate, id: UUID, authority: UUID) async throws -> StoredChallenge
    func get(id: UUID, authority: UUID) async throws -> StoredChallenge?
    /// Newest first, keyset-paginated on (created_at, id).
    func list(page: PageRequest, authority: UUID) async throws -> (items: [StoredChallenge], nextCursor: String?)
}

/// The PostgreSQL implementation over the `innovation.challenges` table. Every statement runs in a
/// transaction for the caller's authority, so row-level security (0003_tenant_policies.sql) applies too.
struct PostgresChallengeStore: ChallengeStore {
    let pool: PostgresPool

    static let columns = """
        id, authority_id, title, description, status, opens_at, closes_at, budget_eur, version, created_at, updated_at
        """

    func create(_ new: Components.Schemas.ChallengeCreate, id: UUID, authority: UUID) async throws -> StoredChallenge {
        let sql = """
            INSERT INTO challenges (id, authority_id, title, description, status, opens_at, closes_at, budget_eur)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            RETURNING \(Self.columns)
            """
        let parameters: [(any PostgresEncodable)?] = [
            id, authority, new.title, new.description, (new.status ?? .open).rawValue, new.opensAt, new.closesAt, new.budgetEur,
        ]
        let boxed = BoundParameters(values: parameters)
        let result = try await pool.transaction(authority: authority) { try $0.query(sql, boxed.values) }
        guard let row = result.first else { throw PostgresError(kind: .queryFailed, message: "INSERT returned no row") }
        return try Self.decode(row)
    }

    func get(id: UUID, authority: UUID) async throws -> StoredChallenge? {
        let result = try await pool.transaction(authority: authority) {
            try $0.query("SELECT \(Self.columns) FROM challenges WHERE authority_id = $1 AND id = $2", [authority, id])
        }
        return try result.first.map(Self.decode)
    }

    func list(page request: PageRequest, authority: UUID) async throws -> (items: [StoredChallenge], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, request.limit + 1]
        var conditions = ["authority_id = $1"]
        if let after = request.after {
            parameters += [after[0], after[1]]
            conditions.append("(created_at, id) < ($3::timestamptz, $4::uuid)")
        }
        let sql = """
            SELECT \(Self.columns) FROM challenges
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY created_at DESC, id DESC LIMIT $2
            """
        let boxed = BoundParameters(values: parameters)
        let rows = try await pool.transaction(authority: authority) { try $0.query(sql, boxed.values) }.rows
        // Cursor keys are the database's own text of the sort columns, so no precision is lost in a round trip.
        let decoded = try rows.map { (challenge: try Self.decode($0), created: try $0.decode(String.self, "created_at")) }
        let (items, next) = page(decoded, limit: request.limit) { [$0.created, $0.challenge.dto.id] }
        return (items.map(\.challenge), next)
    }

    static func decode(_ row: PostgresRow) throws -> StoredChallenge {
        let status = try row.decode(String.self, "status")
        let dto = Components.Schemas.Challenge(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(),
            authorityId: try row.decode(UUID.self, "authority_id").uuidString.lowercased(),
            title: try row.decode(String.self, "title"),
            description: try row.decode(String.self, "description"),
            status: Components.Schemas.ChallengeStatus(rawValue: status) ?? .draft,
            opensAt: try row.decode(Date?.self, "opens_at"),
            closesAt: try row.decode(Date?.self, "closes_at"),
            budgetEur: try row.decode(Int?.self, "budget_eur"),
            createdAt: try row.decode(Date.self, "created_at"),
            updatedAt: try row.decode(Date.self, "updated_at")
        )
        return StoredChallenge(dto: dto, version: try row.decode(Int.self, "version"))
    }
}
