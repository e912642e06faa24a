import Foundation
import OpenAPIRuntime
import PostgresDatabase
import ServerKit
import Shared

/// One entry of the audit log, as written.
struct AuditEntry: Sendable {
    /// `<object>.<verb>`, e.g. `client.created`.
    var action: String
    /// The `sub` of whoever acted.
    var actor: String
    var target: String?
    /// Facts of the event. Never secrets or tokens.
    var details: [String: String] = [:]
}

/// The append-only audit log (`contacts.audit_events`).
enum AuditLog {
    /// Writes `entry` on `connection`, inside the caller's transaction, so the event is recorded
    /// exactly when the change it records is committed. The session must act for `authority`.
    static func append(_ entry: AuditEntry, authority: UUID, on connection: PostgresConnection) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let details = String(decoding: try encoder.encode(entry.details), as: UTF8.self)
        try connection.query(
            "INSERT INTO audit_events (id, authority_id, actor, action, target, details) VALUES ($1, $2, $3, $4, $5, $6::jsonb)",
            [UUID.v7(), authority, entry.actor, entry.action, entry.target, details]
        )
    }
}

/// Reading the audit log.
protocol AuditEventStore: Sendable {
    func list(action: String?, page: PageRequest, authority: UUID) async throws -> (items: [Components.Schemas.AuditEvent], nextCursor: String?)
}

struct PostgresAuditEventStore: AuditEventStore {
    let pool: PostgresPool

    func list(action: String?, page: PageRequest, authority: UUID) async throws -> (items: [Components.Schemas.AuditEvent], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, page.limit + 1]
        var conditions = ["authority_id = $1"]
        if let action {
            parameters.append(action)
            conditions.append("action = $\(parameters.count)")
        }
        if let after = page.after {
            parameters.append(after[0])
            parameters.append(after[1])
            conditions.append("(occurred_at, id) < ($\(parameters.count - 1)::timestamptz, $\(parameters.count)::uuid)")
        }
        let sql = """
            SELECT id, authority_id, occurred_at, actor, action, target, details::text AS details FROM audit_events
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY occurred_at DESC, id DESC LIMIT $2
            """
        let rows = try await pool.query(sql, parameters, authority: authority).rows
        let decoded = try rows.map { row -> (event: Components.Schemas.AuditEvent, occurred: String) in
            let detailsText = try row.decode(String.self, "details")
            let details = try JSONDecoder().decode(OpenAPIObjectContainer.self, from: Data(detailsText.utf8))
            let event = Components.Schemas.AuditEvent(
                id: try row.decode(UUID.self, "id").uuidString.lowercased(),
                authorityId: try row.decode(UUID.self, "authority_id").uuidString.lowercased(),
                occurredAt: try row.decode(Date.self, "occurred_at"),
                actor: try row.decode(String.self, "actor"),
                action: try row.decode(String.self, "action"),
                target: try row.decode(String?.self, "target"),
                details: .init(additionalProperties: details)
            )
            return (event, try row.decode(String.self, "occurred_at"))
        }
        let (items, next) = ServerKit.page(decoded, limit: page.limit) { [$0.occurred, $0.event.id] }
        return (items.map(\.event), next)
    }
}
