import Foundation
import PostgresDatabase
import ServerKit
import Shared
import Synchronization

/// An authority as stored, with its version for ETags.
struct StoredAuthority: Sendable {
    var dto: Components.Schemas.Authority
    var version: Int
    var isActive: Bool { dto.status == .active }
}

/// What an operator gives to register an authority.
struct NewAuthority: Sendable {
    var id: UUID
    var name: String
    var country: String
    var municipalityCode: String
    var languages: [String]
}

/// The registry of authorities (the tenants). Reads are open to every tenant; a change touches
/// only the authority the call acts for.
protocol AuthorityRegistry: Sendable {
    func get(id: UUID) async throws -> StoredAuthority?
    func list(country: String?, page: PageRequest, caller: UUID) async throws -> (items: [StoredAuthority], nextCursor: String?)
    /// - Returns: nil when the authority is not registered; throws 412 when `expectedVersion` is stale.
    func update(id: UUID, expectedVersion: Int?, changes: Components.Schemas.AuthorityUpdate) async throws -> StoredAuthority?
}

/// The PostgreSQL implementation over `contacts.authorities`.
struct PostgresAuthorityRegistry: AuthorityRegistry {
    let pool: PostgresPool

    static let columns = "id, name, country, municipality_code, languages, status, version, created_at, updated_at"

    func get(id: UUID) async throws -> StoredAuthority? {
        try await pool.query("SELECT \(Self.columns) FROM authorities WHERE id = $1", [id], authority: id).first.map(Self.decode)
    }

    func list(country: String?, page: PageRequest, caller: UUID) async throws -> (items: [StoredAuthority], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [page.limit + 1]
        var conditions = ["true"]
        if let country {
            parameters.append(country)
            conditions.append("country = $\(parameters.count)")
        }
        if let after = page.after {
            parameters.append(after[0])
            parameters.append(after[1])
            conditions.append("(name, id) > ($\(parameters.count - 1), $\(parameters.count)::uuid)")
        }
        let rows = try await pool.query(
            """
            SELECT \(Self.columns) FROM authorities WHERE \(conditions.joined(separator: " AND "))
            ORDER BY name, id LIMIT $1
            """,
            parameters, authority: caller
        ).rows
        let (items, next) = ServerKit.page(try rows.map(Self.decode), limit: page.limit) { [$0.dto.name, $0.dto.id] }
        return (items, next)
    }

    func update(id: UUID, expectedVersion: Int?, changes: Components.Schemas.AuthorityUpdate) async throws -> StoredAuthority? {
        let parameters = BoundParameters(values: [id, changes.name, changes.languages])
        return try await pool.transaction(authority: id) { connection in
            let current = try connection.query("SELECT version FROM authorities WHERE id = $1 FOR UPDATE", [id])
            guard let row = current.first else { return nil }
            if let expectedVersion, try row.decode(Int.self, "version") != expectedVersion { throw Problem.preconditionFailed() }
            return try connection.query(
                """
                UPDATE authorities SET name = coalesce($2, name), languages = coalesce($3::text[], languages),
                       version = version + 1, updated_at = now()
                WHERE id = $1 RETURNING \(Self.columns)
                """,
                parameters.values
            ).first.map(Self.decode)
        }
    }

    /// Registers an authority (operators only: `contacts-service authority add`).
    func add(_ new: NewAuthority) async throws -> StoredAuthority {
        let result = try await pool.query(
            """
            INSERT INTO authorities (id, name, country, municipality_code, languages) VALUES ($1, $2, $3, $4, $5)
            RETURNING \(Self.columns)
            """,
            [new.id, new.name, new.country, new.municipalityCode, new.languages], authority: new.id
        )
        guard let row = result.first else { throw PostgresError(kind: .queryFailed, message: "INSERT returned no row") }
        return try Self.decode(row)
    }

    /// Suspends or reactivates an authority (operators only).
    func setStatus(id: UUID, active: Bool) async throws -> StoredAuthority? {
        try await pool.query(
            """
            UPDATE authorities SET status = $2, version = version + 1, updated_at = now()
            WHERE id = $1 RETURNING \(Self.columns)
            """,
            [id, active ? "active" : "suspended"], authority: id
        ).first.map(Self.decode)
    }

    static func decode(_ row: PostgresRow) throws -> StoredAuthority {
        let status = try row.decode(String.self, "status")
        let dto = Components.Schemas.Authority(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(),
            name: try row.decode(String.self, "name"),
            country: try row.decode(String.self, "country"),
            municipalityCode: try row.decode(String.self, "municipality_code"),
            languages: try row.decode([String].self, "languages"),
            status: Components.Schemas.Authority.StatusPayload(rawValue: status) ?? .suspended,
            createdAt: try row.decode(Date.self, "created_at"),
            updatedAt: try row.decode(Date.self, "updated_at")
        )
        return StoredAuthority(dto: dto, version: try row.decode(Int.self, "version"))
    }
}

/// Whether an authority may use contacts-service now: registered and active. Remembered for a
/// short while, so the check costs a database round trip once per authority and interval, and a
/// suspension takes effect within `lifetime`.
final class AuthorityStatusCache: Sendable {
    let registry: any AuthorityRegistry
    let lifetime: Duration
    private let entries = Mutex<[UUID: (active: Bool, expires: ContinuousClock.Instant)]>([:])

    init(registry: any AuthorityRegistry, lifetime: Duration = .seconds(30)) {
        self.registry = registry
        self.lifetime = lifetime
    }

    func isActive(_ authority: UUID) async throws -> Bool {
        let now = ContinuousClock.now
        if let entry = entries.withLock({ $0[authority] }), entry.expires > now { return entry.active }
        let active = try await registry.get(id: authority)?.isActive ?? false
        entries.withLock { entries in
            // Bounded: a flood of tokens for random authorities cannot grow the cache without limit.
            if entries.count >= 10_000 { entries.removeAll(keepingCapacity: true) }
            entries[authority] = (active, now + lifetime)
        }
        return active
    }
}
