import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// What innovation-service holds about a person, for contacts-service's data-subject requests
/// (role `service`, acting for the authority of the request): the ideas the person submitted and
/// the ideas they supported.
extension InnovationAPI {
    func exportInnovationSubjectData(_ input: Operations.ExportInnovationSubjectData.Input) async throws -> Operations.ExportInnovationSubjectData.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the query as JSON.") }
        let subjects = try DataSubjects.subjects(body.subjects)
        let (ideas, supports) = try await pool.withConnection(authority: identity.authorityID) { connection in
            let ideas = try connection.query(
                """
                SELECT id, title, description, submitted_by, created_at FROM ideas
                WHERE authority_id = $1 AND submitted_by = ANY($2::text[]) ORDER BY created_at, id
                """,
                [identity.authorityID, subjects]
            ).rows.map { row in
                DataSubjects.record("idea", id: try row.decode(UUID.self, "id"), [
                    "title": try row.decode(String.self, "title"), "description": try row.decode(String.self, "description"),
                    "submitted_by": try row.decode(String.self, "submitted_by"),
                    "created_at": DataSubjects.text(try row.decode(Date.self, "created_at")),
                ])
            }
            let supports = try connection.query(
                """
                SELECT s.idea_id, i.title, s.supporter, s.created_at FROM idea_supports s
                JOIN ideas i ON i.authority_id = s.authority_id AND i.id = s.idea_id
                WHERE s.authority_id = $1 AND s.supporter = ANY($2::text[]) ORDER BY s.created_at, s.idea_id
                """,
                [identity.authorityID, subjects]
            ).rows.map { row in
                DataSubjects.record("idea_support", id: try row.decode(UUID.self, "idea_id"), [
                    "idea_title": try row.decode(String.self, "title"), "supporter": try row.decode(String.self, "supporter"),
                    "created_at": DataSubjects.text(try row.decode(Date.self, "created_at")),
                ])
            }
            return (ideas, supports)
        }
        return .ok(.init(body: .json(.init(service: "innovation-service", records: ideas + supports))))
    }

    /// Ideas and supports stay (they are the authority's public consultation), but no longer say whose they were.
    func eraseInnovationSubjectData(_ input: Operations.EraseInnovationSubjectData.Input) async throws -> Operations.EraseInnovationSubjectData.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the erasure as JSON.") }
        let subjects = try DataSubjects.subjects(body.subjects)
        let erased = try await pool.transaction(authority: identity.authorityID) { connection in
            let ideas = try connection.query(
                "UPDATE ideas SET submitted_by = 'erased:' || id WHERE authority_id = $1 AND submitted_by = ANY($2::text[]) RETURNING id",
                [identity.authorityID, subjects]
            ).rows.count
            let supports = try connection.query(
                """
                UPDATE idea_supports SET supporter = 'erased:' || gen_random_uuid()
                WHERE authority_id = $1 AND supporter = ANY($2::text[]) RETURNING idea_id
                """,
                [identity.authorityID, subjects]
            ).rows.count
            return ideas + supports
        }
        RequestScope.logger.info("data subject erased", metadata: ["erasure_request": "\(body.requestId)", "records": "\(erased)"])
        return .ok(.init(body: .json(.init(service: "innovation-service", erased: erased))))
    }
}
