import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// A registration to record, its organisation already checked with contacts-service.
struct NewRegistration: Sendable {
    var id: UUID
    var meetingID: UUID
    var organisationID: UUID
    /// The organisation's legal name as contacts-service knows it now.
    var organisationName: String?
    var attendees: Int
    /// The `sub` of the caller.
    var registeredBy: String
}

/// What became of a registration attempt.
enum RegistrationOutcome: Sendable {
    case registered(Components.Schemas.Registration)
    /// No such meeting for the authority (or it was deleted meanwhile).
    case meetingNotFound
    /// The organisation is already registered for the meeting.
    case alreadyRegistered
    /// The attendees do not fit: `remainingSeats` are left.
    case full(remainingSeats: Int)
}

/// Storage of the registrations. Every call is scoped to one authority.
protocol RegistrationStore: Sendable {
    /// Registers unless the meeting is full or the organisation already registered; concurrent
    /// registrations for one meeting take turns, so together they never exceed its capacity.
    func register(_ registration: NewRegistration, authority: UUID) async throws -> RegistrationOutcome
    /// A meeting's registrations, oldest first.
    func list(meeting: UUID, authority: UUID, page: PageRequest) async throws -> (items: [Components.Schemas.Registration], nextCursor: String?)
}

/// The PostgreSQL implementation over the `networking.registrations` table.
struct PostgresRegistrationStore: RegistrationStore {
    let pool: PostgresPool

    static let columns = "id, meeting_id, organisation_id, organisation_name, attendees, registered_by, created_at"
    static let uniqueConstraint = "registrations_meeting_organisation_unique"

    func register(_ new: NewRegistration, authority: UUID) async throws -> RegistrationOutcome {
        do {
            return try await pool.transaction(authority: authority) { connection in
                // The meeting's row lock serialises registrations for it: the sum below cannot change
                // until this transaction ends, so the capacity check and the insert see the same state.
                let meeting = try connection.query(
                    "SELECT capacity FROM meetings WHERE authority_id = $1 AND id = $2 FOR UPDATE", [authority, new.meetingID]
                )
                guard let meetingRow = meeting.first else { return .meetingNotFound }
                let capacity = try meetingRow.decode(Int.self, "capacity")
                let taken = try connection.query(
                    """
                    SELECT count(*) FILTER (WHERE organisation_id = $3) AS existing, coalesce(sum(attendees), 0) AS seats
                    FROM registrations WHERE authority_id = $1 AND meeting_id = $2
                    """,
                    [authority, new.meetingID, new.organisationID]
                )
                guard let takenRow = taken.first else { throw PostgresError(kind: .queryFailed, message: "an aggregate returned no row") }
                if try takenRow.decode(Int.self, "existing") > 0 { return .alreadyRegistered }
                let seats = try takenRow.decode(Int.self, "seats")
                if seats + new.attendees > capacity { return .full(remainingSeats: max(0, capacity - seats)) }
                let inserted = try connection.query(
                    """
                    INSERT INTO registrations (id, authority_id, meeting_id, organisation_id, organisation_name, attendees, registered_by)
                    VALUES ($1, $2, $3, $4, $5, $6, $7)
                    RETURNING \(Self.columns)
                    """,
                    [new.id, authority, new.meetingID, new.organisationID, new.organisationName, new.attendees, new.registeredBy]
                )
                guard let row = inserted.first else { throw PostgresError(kind: .queryFailed, message: "INSERT returned no row") }
                // registered_count is part of the meeting's representation: a new version, a new ETag.
                try connection.query(
                    "UPDATE meetings SET version = version + 1, updated_at = now() WHERE authority_id = $1 AND id = $2",
                    [authority, new.meetingID]
                )
                return .registered(try Self.decode(row))
            }
        } catch let error as PostgresError where error.kind == .uniqueViolation && error.constraint == Self.uniqueConstraint {
            // Not expected under the row lock; kept so that the answer stays a clear 409 whatever the path.
            return .alreadyRegistered
        }
    }

    func list(meeting: UUID, authority: UUID, page pageRequest: PageRequest) async throws -> (items: [Components.Schemas.Registration], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, meeting, pageRequest.limit + 1]
        var keyset = ""
        if let after = pageRequest.after {
            parameters.append(after[0])
            parameters.append(after[1])
            keyset = "AND (created_at, id) > ($4::timestamptz, $5::uuid)"
        }
        let rows = try await pool.query(
            """
            SELECT \(Self.columns) FROM registrations
            WHERE authority_id = $1 AND meeting_id = $2 \(keyset)
            ORDER BY created_at, id LIMIT $3
            """,
            parameters, authority: authority
        ).rows
        // Cursor keys are the database's own text of the sort columns, so no precision is lost in a round trip.
        let decoded = try rows.map { (registration: try Self.decode($0), created: try $0.decode(String.self, "created_at")) }
        let (items, next) = page(decoded, limit: pageRequest.limit) { item in [item.created, item.registration.id] }
        return (items.map(\.registration), next)
    }

    static func decode(_ row: PostgresRow) throws -> Components.Schemas.Registration {
        Components.Schemas.Registration(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(),
            meetingId: try row.decode(UUID.self, "meeting_id").uuidString.lowercased(),
            organisationId: try row.decode(UUID.self, "organisation_id").uuidString.lowercased(),
            organisationName: try row.decode(String?.self, "organisation_name"),
            attendees: try row.decode(Int.self, "attendees"),
            registeredBy: try row.decode(String.self, "registered_by"),
            createdAt: try row.decode(Date.self, "created_at")
        )
    }
}
