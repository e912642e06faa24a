import Foundation
import OpenAPIRuntime
import PostgresDatabase
import ServerKit
import Shared

/// innovation-service: open challenges of the administration, and ideas that residents and
/// companies submit and support.
public struct InnovationService: CivicService {
    public static let defaults = ServiceDefaults(
        name: "innovation-service",
        port: 8084,
        schema: "innovation",
        databaseRole: "innovation_service",
        // The source tree's folder; containers set MIGRATIONS_DIR.
        migrationsDirectory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Migrations")
    )

    /// innovation-service's column of the role x operation matrix (docs/security.md).
    public static let policy = OperationPolicy([
        "listChallenges": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .juryMember, .resident, .feedConsumer],
        "getChallenge": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .juryMember, .resident, .feedConsumer],
        "createChallenge": [.authorityAdmin],
        "listIdeas": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .juryMember, .resident, .feedConsumer],
        "getIdea": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .juryMember, .resident, .feedConsumer],
        "submitIdea": [.sme, .resident],
        "supportIdea": [.sme, .resident],
        "exportInnovationSubjectData": [.service],
        "eraseInnovationSubjectData": [.service],
    ])

    let api: InnovationAPI

    public init(dependencies: ServiceDependencies) async throws {
        self.api = InnovationAPI(
            pool: dependencies.pool,
            challenges: PostgresChallengeStore(pool: dependencies.pool),
            ideas: PostgresIdeaStore(pool: dependencies.pool)
        )
    }

    public func registerHandlers(on transport: any ServerTransport, middlewares: [any ServerMiddleware]) throws {
        try api.registerHandlers(on: transport, serverURL: URL(string: "/")!, configuration: apiConfiguration, middlewares: middlewares)
    }
}

/// The handlers generated from openapi.yaml's `innovation` operations; one extension per resource.
struct InnovationAPI: APIProtocol {
    /// For the data-subject endpoints, which read across the service's tables.
    let pool: PostgresPool
    let challenges: any ChallengeStore
    let ideas: any IdeaStore
}
