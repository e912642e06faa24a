import ContactsClient
import Foundation
import OpenAPIRuntime
import PostgresDatabase
import ServerKit
import Shared

/// networking-service: local business networks, their monthly meetings and the registrations for them.
public struct NetworkingService: CivicService {
    public static let defaults = ServiceDefaults(
        name: "networking-service",
        port: 8083,
        schema: "networking",
        databaseRole: "networking_service",
        // The source tree's folder; containers set MIGRATIONS_DIR.
        migrationsDirectory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Migrations")
    )

    /// networking-service's column of the role x operation matrix (docs/security.md).
    public static let policy = OperationPolicy([
        "listMeetings": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .feedConsumer],
        "getMeeting": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .feedConsumer],
        "createMeeting": [.authorityAdmin, .broker],
        "registerForMeeting": [.authorityAdmin, .broker, .sme],
        "listRegistrations": [.authorityAdmin, .partnershipOfficer, .broker],
        "exportNetworkingSubjectData": [.service],
        "eraseNetworkingSubjectData": [.service],
    ])

    let api: NetworkingAPI

    public init(dependencies: ServiceDependencies) async throws {
        self.api = NetworkingAPI(
            pool: dependencies.pool,
            meetings: PostgresMeetingStore(pool: dependencies.pool),
            registrations: PostgresRegistrationStore(pool: dependencies.pool),
            directory: ContactsOrganisationDirectory(dependencies: dependencies)
        )
    }

    public func registerHandlers(on transport: any ServerTransport, middlewares: [any ServerMiddleware]) throws {
        try api.registerHandlers(on: transport, serverURL: URL(string: "/")!, configuration: apiConfiguration, middlewares: middlewares)
    }
}

/// The handlers generated from openapi.yaml's `networking` operations; one extension per resource.
struct NetworkingAPI: APIProtocol {
    /// For the data-subject endpoints, which read across the service's tables.
    let pool: PostgresPool
    let meetings: any MeetingStore
    let registrations: any RegistrationStore
    /// The authority's organisations directory, owned by contacts-service.
    let directory: any OrganisationDirectory
}
