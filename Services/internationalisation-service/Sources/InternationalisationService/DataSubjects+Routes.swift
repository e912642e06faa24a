import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// What internationalisation-service holds about a person, for contacts-service's data-subject
/// requests (role `service`, acting for the authority of the request): the partner cities the
/// person recorded.
extension InternationalisationAPI {
    func exportInternationalisationSubjectData(
        _ input: Operations.ExportInternationalisationSubjectData.Input
    ) async throws -> Operations.ExportInternationalisationSubjectData.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the query as JSON.") }
        let subjects = try DataSubjects.subjects(body.subjects)
        let rows = try await pool.query(
            """
            SELECT id, name, country, created_by, created_at FROM partner_cities
            WHERE authority_id = $1 AND created_by = ANY($2::text[]) ORDER BY created_at, id
            """,
            [identity.authorityID, subjects], authority: identity.authorityID
        ).rows
        let records = try rows.map { row in
            DataSubjects.record("partner_city_recorded", id: try row.decode(UUID.self, "id"), [
                "name": try row.decode(String.self, "name"), "country": try row.decode(String.self, "country"),
                "created_by": try row.decode(String.self, "created_by"), "created_at": DataSubjects.text(try row.decode(Date.self, "created_at")),
            ])
        }
        return .ok(.init(body: .json(.init(service: "internationalisation-service", records: records))))
    }

    func eraseInternationalisationSubjectData(
        _ input: Operations.EraseInternationalisationSubjectData.Input
    ) async throws -> Operations.EraseInternationalisationSubjectData.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the erasure as JSON.") }
        let subjects = try DataSubjects.subjects(body.subjects)
        let erased = try await pool.query(
            "UPDATE partner_cities SET created_by = NULL WHERE authority_id = $1 AND created_by = ANY($2::text[]) RETURNING id",
            [identity.authorityID, subjects], authority: identity.authorityID
        ).rows.count
        RequestScope.logger.info("data subject erased", metadata: ["erasure_request": "\(body.requestId)", "records": "\(erased)"])
        return .ok(.init(body: .json(.init(service: "internationalisation-service", erased: erased))))
    }
}
