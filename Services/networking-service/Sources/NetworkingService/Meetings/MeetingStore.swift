import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// A meeting as stored, with its version for ETags.
struct StoredMeeting: Sendable {
    var dto: Components.Schemas.Meeting
    var version: Int
}

/// A page of meetings of a period, in chronological order.
struct MeetingQuery: Sendable {
    /// Meetings starting at or after this instant.
    var startsFrom: Date?
    /// Meetings starting before this instant.
    var startsBefore: Date?
    var page: PageRequest
}

/// Storage of the meetings. Every call is scoped to one authority.
protocol MeetingStore: Sendable {
    func create(_ meeting: Components.Schemas.MeetingCreate, id: UUID, authority: UUID) async throws -> StoredMeeting
    func get(id: UUID, authority: UUID) async throws -> StoredMeeting?
    func list(_ query: MeetingQuery, authority: UUID) async throws -> (items: [StoredMeeting], nextCursor: String?)
}

/// The PostgreSQL implementation over the `networking.meetings` table.
struct PostgresMeetingStore: MeetingStore {
    let pool: PostgresPool

    /// The columns of a meeting row aliased `m`; `registered_count` is the number of its registrations.
    static let columns = """
        m.id, m.authority_id, m.title, m.topic, m.description, m.location, m.starts_at, m.ends_at, m.capacity,
        (SELECT count(*) FROM registrations r WHERE r.authority_id = m.authority_id AND r.meeting_id = m.id) AS registered_count,
        m.version, m.created_at, m.updated_at
        """

    func create(_ new: Components.Schemas.MeetingCreate, id: UUID, authority: UUID) async throws -> StoredMeeting {
        let sql = """
            INSERT INTO meetings AS m (id, authority_id, title, topic, description, location, starts_at, ends_at, capacity)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            RETURNING \(Self.columns)
            """
        let parameters: [(any PostgresEncodable)?] = [
            id, authority, new.title, new.topic, new.description, new.location, new.startsAt, new.endsAt, new.capacity,
        ]
        let result = try await pool.query(sql, parameters, authority: authority)
        guard let row = result.first else { throw PostgresError(kind: .queryFailed, message: "INSERT returned no row") }
        return try Self.decode(row)
    }

    func get(id: UUID, authority: UUID) async throws -> StoredMeeting? {
        let result = try await pool.query(
            "SELECT \(Self.columns) FROM meetings m WHERE m.authority_id = $1 AND m.id = $2",
            [authority, id], authority: authority
        )
        return try result.first.map(Self.decode)
    }

    func list(_ query: MeetingQuery, authority: UUID) async throws -> (items: [StoredMeeting], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, query.page.limit + 1]
        func bind(_ value: any PostgresEncodable) -> String {
            parameters.append(value)
            return "$\(parameters.count)"
        }
        var conditions = ["m.authority_id = $1"]
        if let from = query.startsFrom { conditions.append("m.starts_at >= \(bind(from))") }
        if let before = query.startsBefore { conditions.append("m.starts_at < \(bind(before))") }
        if let after = query.page.after {
            conditions.append("(m.starts_at, m.id) > (\(bind(after[0]))::timestamptz, \(bind(after[1]))::uuid)")
        }
        let sql = """
            SELECT \(Self.columns) FROM meetings m
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY m.starts_at, m.id LIMIT $2
            """
        let rows = try await pool.query(sql, parameters, authority: authority).rows
        // Cursor keys are the database's own text of the sort columns, so no precision is lost in a round trip.
        let decoded = try rows.map { (meeting: try Self.decode($0), starts: try $0.decode(String.self, "starts_at")) }
        let (items, next) = page(decoded, limit: query.page.limit) { item in [item.starts, item.meeting.dto.id] }
        return (items.map(\.meeting), next)
    }

    static func decode(_ row: PostgresRow) throws -> StoredMeeting {
        let dto = Components.Schemas.Meeting(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(),
            authorityId: try row.decode(UUID.self, "authority_id").uuidString.lowercased(),
            title: try row.decode(String.self, "title"),
            topic: try row.decode(String.self, "topic"),
            description: try row.decode(String?.self, "description"),
            location: try row.decode(String?.self, "location"),
            startsAt: try row.decode(Date.self, "starts_at"),
            endsAt: try row.decode(Date.self, "ends_at"),
            capacity: try row.decode(Int.self, "capacity"),
            registeredCount: try row.decode(Int.self, "registered_count"),
            createdAt: try row.decode(Date.self, "created_at"),
            updatedAt: try row.decode(Date.self, "updated_at")
        )
        return StoredMeeting(dto: dto, version: try row.decode(Int.self, "version"))
    }
}
