import ContactsClient
import Foundation
import OpenAPIRuntime
import PostgresDatabase
import ServerKit
import Shared

/// internationalisation-service: partner (twin) cities and the eligibility of SMEs for cooperation with them.
public struct InternationalisationService: CivicService {
    public static let defaults = ServiceDefaults(
        name: "internationalisation-service",
        port: 8082,
        schema: "internationalisation",
        databaseRole: "internationalisation_service",
        // The source tree's folder; containers set MIGRATIONS_DIR.
        migrationsDirectory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Migrations")
    )

    /// internationalisation-service's column of the role x operation matrix (docs/security.md).
    public static let policy = OperationPolicy([
        "listPartnerCities": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .partnerCity, .feedConsumer],
        "getPartnerCity": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .partnerCity, .feedConsumer],
        "createPartnerCity": [.authorityAdmin, .partnershipOfficer],
        "updatePartnerCity": [.authorityAdmin, .partnershipOfficer],
        "checkEligibility": [.authorityAdmin, .partnershipOfficer, .sme],
        "exportInternationalisationSubjectData": [.service],
        "eraseInternationalisationSubjectData": [.service],
    ])

    let api: InternationalisationAPI

    public init(dependencies: ServiceDependencies) async throws {
        self.api = InternationalisationAPI(
            pool: dependencies.pool,
            partnerCities: PostgresPartnerCityStore(pool: dependencies.pool),
            organisations: ContactsOrganisationDirectory(dependencies: dependencies)
        )
    }

    public func registerHandlers(on transport: any ServerTransport, middlewares: [any ServerMiddleware]) throws {
        try api.registerHandlers(on: transport, serverURL: URL(string: "/")!, configuration: apiConfiguration, middlewares: middlewares)
    }
}

/// The handlers generated from openapi.yaml's `internationalisation` operations; one extension per resource.
struct InternationalisationAPI: APIProtocol {
    /// For the data-subject endpoints, which read across the service's tables.
    let pool: PostgresPool
    let partnerCities: any PartnerCityStore
    /// contacts-service's directory, read for eligibility checks.
    let organisations: any OrganisationDirectory
}
