import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// What networking-service holds about a person, for contacts-service's data-subject requests
/// (role `service`, acting for the authority of the request): the meeting registrations the
/// person made.
extension NetworkingAPI {
    func exportNetworkingSubjectData(_ input: Operations.ExportNetworkingSubjectData.Input) async throws -> Operations.ExportNetworkingSubjectData.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the query as JSON.") }
        let subjects = try DataSubjects.subjects(body.subjects)
        let rows = try await pool.query(
            """
            SELECT r.id, r.meeting_id, m.title, m.starts_at, r.organisation_name, r.attendees, r.registered_by, r.created_at
            FROM registrations r JOIN meetings m ON m.authority_id = r.authority_id AND m.id = r.meeting_id
            WHERE r.authority_id = $1 AND r.registered_by = ANY($2::text[]) ORDER BY r.created_at, r.id
            """,
            [identity.authorityID, subjects], authority: identity.authorityID
        ).rows
        let records = try rows.map { row in
            DataSubjects.record("meeting_registration", id: try row.decode(UUID.self, "id"), [
                "meeting_id": try row.decode(UUID.self, "meeting_id").uuidString.lowercased(),
                "meeting_title": try row.decode(String.self, "title"),
                "meeting_starts_at": DataSubjects.text(try row.decode(Date.self, "starts_at")),
                "organisation_name": try row.decode(String?.self, "organisation_name"),
                "attendees": String(try row.decode(Int.self, "attendees")),
                "registered_by": try row.decode(String.self, "registered_by"),
                "created_at": DataSubjects.text(try row.decode(Date.self, "created_at")),
            ])
        }
        return .ok(.init(body: .json(.init(service: "networking-service", records: records))))
    }

    /// Registrations stay (seats were taken), but no longer say who made them.
    func eraseNetworkingSubjectData(_ input: Operations.EraseNetworkingSubjectData.Input) async throws -> Operations.EraseNetworkingSubjectData.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the erasure as JSON.") }
        let subjects = try DataSubjects.subjects(body.subjects)
        let erased = try await pool.query(
            "UPDATE registrations SET registered_by = 'erased:' || id WHERE authority_id = $1 AND registered_by = ANY($2::text[]) RETURNING id",
            [identity.authorityID, subjects], authority: identity.authorityID
        ).rows.count
        RequestScope.logger.info("data subject erased", metadata: ["erasure_request": "\(body.requestId)", "records": "\(erased)"])
        return .ok(.init(body: .json(.init(service: "networking-service", erased: erased))))
    }
}
