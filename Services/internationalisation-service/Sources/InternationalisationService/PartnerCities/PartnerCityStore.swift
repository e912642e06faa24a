import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// A partner city as stored, with its version for ETags.
struct StoredPartnerCity: Sendable {
    var dto: Components.Schemas.PartnerCity
    var version: Int
}

/// Storage of the authority's partner (twin) cities. Every call is scoped to one authority.
protocol PartnerCityStore: Sendable {
    func create(_ city: Components.Schemas.PartnerCityCreate, id: UUID, authority: UUID, createdBy: String) async throws -> StoredPartnerCity
    func get(id: UUID, authority: UUID) async throws -> StoredPartnerCity?
    /// One page ordered by name (case-insensitive), then id.
    func list(_ page: PageRequest, authority: UUID) async throws -> (items: [StoredPartnerCity], nextCursor: String?)
    /// Applies the present fields of `changes` if the version still matches.
    /// - Returns: nil when there is no such partner city; throws 412 when `expectedVersion` is stale.
    func update(id: UUID, authority: UUID, expectedVersion: Int?, changes: Components.Schemas.PartnerCityUpdate) async throws -> StoredPartnerCity?
}

/// The PostgreSQL implementation over the `internationalisation.partner_cities` table.
///
/// Every statement runs in a transaction that sets `app.authority_id`, because the table's
/// row-level security policy shows a transaction only its own authority's rows; the explicit
/// `authority_id` filters stay as the first wall.
struct PostgresPartnerCityStore: PartnerCityStore {
    let pool: PostgresPool

    /// `partnership_since` is read as text: a `date` prints as `YYYY-MM-DD` (DateStyle ISO), the wire format.
    static let columns = """
        id, authority_id, name, country, region, languages, partnership_since::text AS partnership_since, status,
        description, version, created_at, updated_at
        """

    /// The list's sort key, the expression of the `partner_cities_authority_name` index.
    static let sortName = #"lower(name) COLLATE "und-x-icu""#

    func create(_ new: Components.Schemas.PartnerCityCreate, id: UUID, authority: UUID, createdBy: String) async throws -> StoredPartnerCity {
        let sql = """
            INSERT INTO partner_cities (id, authority_id, name, country, region, languages, partnership_since, status, description, created_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8, $9, $10)
            RETURNING \(Self.columns)
            """
        let parameters = BoundParameters(values: [
            id, authority, new.name.trimmingCharacters(in: .whitespacesAndNewlines), new.country, new.region, new.languages ?? [],
            new.partnershipSince, (new.status ?? .active).rawValue, new.description, createdBy,
        ])
        return try await pool.transaction(authority: authority) { connection in
            guard let row = try connection.query(sql, parameters.values).first else {
                throw PostgresError(kind: .queryFailed, message: "INSERT returned no row")
            }
            return try Self.decode(row)
        }
    }

    func get(id: UUID, authority: UUID) async throws -> StoredPartnerCity? {
        try await pool.transaction(authority: authority) { connection in
            try connection.query(
                "SELECT \(Self.columns) FROM partner_cities WHERE authority_id = $1 AND id = $2", [authority, id]
            ).first.map(Self.decode)
        }
    }

    func list(_ page: PageRequest, authority: UUID) async throws -> (items: [StoredPartnerCity], nextCursor: String?) {
        var values: [(any PostgresEncodable)?] = [authority, page.limit + 1]
        var conditions = ["authority_id = $1"]
        if let after = page.after {
            values += [after[0], after[1]]
            conditions.append("(\(Self.sortName), id) > ($3 COLLATE \"und-x-icu\", $4::uuid)")
        }
        let sql = """
            SELECT \(Self.columns), lower(name) AS sort_name FROM partner_cities
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(Self.sortName), id LIMIT $2
            """
        let parameters = BoundParameters(values: values)
        let rows = try await pool.transaction(authority: authority) { connection in
            // Cursor keys are the database's own text of the sort columns, so the next page starts exactly after this one.
            try connection.query(sql, parameters.values).rows.map {
                (city: try Self.decode($0), sortName: try $0.decode(String.self, "sort_name"))
            }
        }
        let (items, next) = ServerKit.page(rows, limit: page.limit) { [$0.sortName, $0.city.dto.id] }
        return (items.map(\.city), next)
    }

    func update(
        id: UUID, authority: UUID, expectedVersion: Int?, changes: Components.Schemas.PartnerCityUpdate
    ) async throws -> StoredPartnerCity? {
        let parameters = BoundParameters(values: [
            authority, id, changes.name?.trimmingCharacters(in: .whitespacesAndNewlines), changes.country, changes.region,
            changes.languages, changes.partnershipSince, changes.status?.rawValue, changes.description,
        ])
        return try await pool.transaction(authority: authority) { connection in
            // Lock the row so the version check and the update see the same state.
            let current = try connection.query(
                "SELECT version FROM partner_cities WHERE authority_id = $1 AND id = $2 FOR UPDATE", [authority, id]
            )
            guard let row = current.first else { return nil }
            let version = try row.decode(Int.self, "version")
            if let expectedVersion, expectedVersion != version { throw Problem.preconditionFailed() }
            let updated = try connection.query(
                """
                UPDATE partner_cities SET
                    name = coalesce($3, name), country = coalesce($4, country), region = coalesce($5, region),
                    languages = coalesce($6::text[], languages), partnership_since = coalesce($7::date, partnership_since),
                    status = coalesce($8, status), description = coalesce($9, description),
                    version = version + 1, updated_at = now()
                WHERE authority_id = $1 AND id = $2
                RETURNING \(Self.columns)
                """,
                parameters.values
            )
            return try updated.first.map(Self.decode)
        }
    }

    static func decode(_ row: PostgresRow) throws -> StoredPartnerCity {
        let status = try row.decode(String.self, "status")
        guard let status = Components.Schemas.PartnerCityStatus(rawValue: status) else {
            throw PostgresError(kind: .decodingFailed, message: "column status holds an unknown status")
        }
        let dto = Components.Schemas.PartnerCity(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(),
            authorityId: try row.decode(UUID.self, "authority_id").uuidString.lowercased(),
            name: try row.decode(String.self, "name"),
            country: try row.decode(String.self, "country"),
            region: try row.decode(String?.self, "region"),
            languages: try row.decode([String].self, "languages"),
            partnershipSince: try row.decode(String?.self, "partnership_since"),
            status: status,
            description: try row.decode(String?.self, "description"),
            createdAt: try row.decode(Date.self, "created_at"),
            updatedAt: try row.decode(Date.self, "updated_at")
        )
        return StoredPartnerCity(dto: dto, version: try row.decode(Int.self, "version"))
    }
}

