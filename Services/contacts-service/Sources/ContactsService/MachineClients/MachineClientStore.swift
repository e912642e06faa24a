import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// A machine client as the token endpoint needs it.
struct ClientCredentialsRecord: Sendable {
    let id: UUID
    let authority: UUID
    let roles: [String]
    let scope: String?
    let revoked: Bool
    let salt: String
    let hash: String
}

/// What a token request's client authentication came to.
enum ClientAuthentication: Sendable, Equatable {
    /// The client exists, is not revoked and the secret matches.
    case authenticated(id: UUID, authority: UUID, roles: [String], scope: String?)
    /// Unknown client, revoked client or wrong secret: all answer `invalid_client`.
    case refused
}

/// Storage of machine clients (`contacts.machine_clients`). Every change writes its audit event
/// in the same transaction.
protocol MachineClientStore: Sendable {
    func create(_ new: Components.Schemas.MachineClientCreate, id: UUID, secret: ClientSecret, authority: UUID, actor: String) async throws -> Components.Schemas.MachineClient
    func list(page: PageRequest, authority: UUID) async throws -> (items: [Components.Schemas.MachineClient], nextCursor: String?)
    /// - Returns: nil when there is no such active client in the authority.
    func rotate(id: UUID, secret: ClientSecret, authority: UUID, actor: String) async throws -> Components.Schemas.MachineClient?
    /// - Returns: false when there is no such active client in the authority.
    func revoke(id: UUID, authority: UUID, actor: String) async throws -> Bool
    /// Checks a client's credentials; counts failures of known clients and audits repeated ones.
    func authenticate(clientID: UUID, secret: String, now: Date) async throws -> ClientAuthentication
}

struct PostgresMachineClientStore: MachineClientStore {
    let pool: PostgresPool
    /// More failed authentications than this within `failureWindow` write a
    /// `client.authentication_failures` audit event (once per window).
    static let failureThreshold = 5
    static let failureWindowSeconds = 600

    static let columns = "id, name, roles, scope, created_at, secret_rotated_at"

    func create(_ new: Components.Schemas.MachineClientCreate, id: UUID, secret: ClientSecret, authority: UUID, actor: String) async throws -> Components.Schemas.MachineClient {
        let salt = ClientSecret.generateSalt()
        let hash = ClientSecret.hash(secret.text, salt: salt)
        let roles = Array(Set(new.roles.map(\.rawValue))).sorted()
        let name = new.name
        let scope = new.scope
        return try await pool.transaction(authority: authority) { connection in
            let result = try connection.query(
                """
                INSERT INTO machine_clients (id, authority_id, name, roles, scope, secret_salt, secret_hash, created_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                RETURNING \(Self.columns)
                """,
                [id, authority, name, roles, scope, salt, hash, actor]
            )
            guard let row = result.first else { throw PostgresError(kind: .queryFailed, message: "INSERT returned no row") }
            try AuditLog.append(
                AuditEntry(action: "client.created", actor: actor, target: Self.target(id), details: ["name": name, "roles": roles.joined(separator: " ")]),
                authority: authority, on: connection
            )
            return try Self.decode(row)
        }
    }

    func list(page: PageRequest, authority: UUID) async throws -> (items: [Components.Schemas.MachineClient], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, page.limit + 1]
        var condition = ""
        if let after = page.after {
            parameters.append(after[0])
            parameters.append(after[1])
            condition = "AND (created_at, id) < ($3::timestamptz, $4::uuid)"
        }
        let rows = try await pool.query(
            """
            SELECT \(Self.columns) FROM machine_clients
            WHERE authority_id = $1 AND revoked_at IS NULL \(condition)
            ORDER BY created_at DESC, id DESC LIMIT $2
            """,
            parameters, authority: authority
        ).rows
        let decoded = try rows.map { (client: try Self.decode($0), created: try $0.decode(String.self, "created_at")) }
        let (items, next) = ServerKit.page(decoded, limit: page.limit) { [$0.created, $0.client.clientId] }
        return (items.map(\.client), next)
    }

    func rotate(id: UUID, secret: ClientSecret, authority: UUID, actor: String) async throws -> Components.Schemas.MachineClient? {
        let salt = ClientSecret.generateSalt()
        let hash = ClientSecret.hash(secret.text, salt: salt)
        return try await pool.transaction(authority: authority) { connection in
            let result = try connection.query(
                """
                UPDATE machine_clients SET secret_salt = $3, secret_hash = $4, secret_rotated_at = now(),
                    failed_attempts = 0, failed_window_started = NULL
                WHERE authority_id = $1 AND id = $2 AND revoked_at IS NULL
                RETURNING \(Self.columns)
                """,
                [authority, id, salt, hash]
            )
            guard let row = result.first else { return nil }
            try AuditLog.append(AuditEntry(action: "client.rotated", actor: actor, target: Self.target(id)), authority: authority, on: connection)
            return try Self.decode(row)
        }
    }

    func revoke(id: UUID, authority: UUID, actor: String) async throws -> Bool {
        try await pool.transaction(authority: authority) { connection in
            let result = try connection.query(
                "UPDATE machine_clients SET revoked_at = now() WHERE authority_id = $1 AND id = $2 AND revoked_at IS NULL",
                [authority, id]
            )
            guard result.affectedRows == 1 else { return false }
            try AuditLog.append(AuditEntry(action: "client.revoked", actor: actor, target: Self.target(id)), authority: authority, on: connection)
            return true
        }
    }

    func authenticate(clientID: UUID, secret: String, now: Date) async throws -> ClientAuthentication {
        try await pool.transaction { connection in
            // The caller is not authenticated, so its authority is unknown: the session names the one
            // client it looks up (transaction-local), which the lookup policy of 0003 lets it read.
            try connection.query("SELECT set_config('app.client_id', $1, true)", [clientID.uuidString.lowercased()])
            let found = try connection.query(
                "SELECT id, authority_id, roles, scope, revoked_at IS NOT NULL AS revoked, secret_salt, secret_hash FROM machine_clients WHERE id = $1",
                [clientID]
            )
            guard let row = found.first else {
                // Unknown client: hash anyway, so the answer takes as long as for a known one.
                _ = ClientSecret.matches(secret, salt: "00000000000000000000000000000000", storedHash: String(repeating: "0", count: 64))
                return .refused
            }
            let record = ClientCredentialsRecord(
                id: try row.decode(UUID.self, "id"), authority: try row.decode(UUID.self, "authority_id"),
                roles: try row.decode([String].self, "roles"), scope: try row.decode(String?.self, "scope"),
                revoked: try row.decode(Bool.self, "revoked"), salt: try row.decode(String.self, "secret_salt"),
                hash: try row.decode(String.self, "secret_hash")
            )
            let secretMatches = ClientSecret.matches(secret, salt: record.salt, storedHash: record.hash)
            if secretMatches, !record.revoked {
                return .authenticated(id: record.id, authority: record.authority, roles: record.roles, scope: record.scope)
            }
            // A failure of a known client: count it in its authority (transaction-local, like above).
            try connection.query("SELECT set_config('app.authority_id', $1, true)", [record.authority.uuidString.lowercased()])
            let counted = try connection.query(
                """
                UPDATE machine_clients SET
                    failed_attempts = CASE WHEN failed_window_started IS NULL
                        OR failed_window_started < $3::timestamptz - make_interval(secs => $4) THEN 1 ELSE failed_attempts + 1 END,
                    failed_window_started = CASE WHEN failed_window_started IS NULL
                        OR failed_window_started < $3::timestamptz - make_interval(secs => $4) THEN $3::timestamptz ELSE failed_window_started END
                WHERE authority_id = $1 AND id = $2
                RETURNING failed_attempts
                """,
                [record.authority, record.id, now, Self.failureWindowSeconds]
            )
            let attempts = try counted.first?.decode(Int.self, "failed_attempts") ?? 0
            // Once per window, when the count first goes over the threshold.
            if attempts == Self.failureThreshold + 1 {
                try AuditLog.append(
                    AuditEntry(
                        action: "client.authentication_failures", actor: "anonymous", target: Self.target(record.id),
                        details: [
                            "failed_attempts": String(attempts), "window_seconds": String(Self.failureWindowSeconds),
                            "revoked": record.revoked ? "true" : "false",
                        ]
                    ),
                    authority: record.authority, on: connection
                )
            }
            return .refused
        }
    }

    /// How audit events name a client.
    static func target(_ id: UUID) -> String { "client:" + id.uuidString.lowercased() }

    static func decode(_ row: PostgresRow) throws -> Components.Schemas.MachineClient {
        Components.Schemas.MachineClient(
            clientId: try row.decode(UUID.self, "id").uuidString.lowercased(),
            name: try row.decode(String.self, "name"),
            roles: try row.decode([String].self, "roles").compactMap(Components.Schemas.MachineClientRole.init(rawValue:)),
            scope: try row.decode(String?.self, "scope"),
            createdAt: try row.decode(Date.self, "created_at"),
            secretRotatedAt: try row.decode(Date.self, "secret_rotated_at")
        )
    }
}
