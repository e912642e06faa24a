import Foundation
import OpenAPIRuntime
import PostgresDatabase
import ServerKit
import ServiceLifecycle
import Shared

/// contacts-service: the authority's database of partners and contact persons.
public struct ContactsService: CivicService {
    public static let defaults = ServiceDefaults(
        name: "contacts-service",
        port: 8081,
        schema: "contacts",
        databaseRole: "contacts_service",
        // The source tree's folder; containers set MIGRATIONS_DIR.
        migrationsDirectory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Migrations")
    )

    /// contacts-service's column of the role x operation matrix (docs/security.md).
    public static let policy = OperationPolicy([
        "listOrganisations": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .feedConsumer, .service],
        "getOrganisation": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .feedConsumer, .service],
        "createOrganisation": [.authorityAdmin, .partnershipOfficer],
        "updateOrganisation": [.authorityAdmin, .partnershipOfficer],
        "deleteOrganisation": [.authorityAdmin, .partnershipOfficer],
        "deleteContactPerson": [.authorityAdmin, .partnershipOfficer],
        "listMachineClients": [.authorityAdmin],
        "createMachineClient": [.authorityAdmin],
        "rotateMachineClientSecret": [.authorityAdmin],
        "revokeMachineClient": [.authorityAdmin],
        "listAuditEvents": [.authorityAdmin, .dataProtectionOfficer],
        "listAuthorities": Set(Role.allCases),
        "getOwnAuthority": Set(Role.allCases),
        "updateOwnAuthority": [.authorityAdmin],
        "listContactPersons": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .dataProtectionOfficer],
        "getContactPerson": [.authorityAdmin, .partnershipOfficer, .broker, .sme, .dataProtectionOfficer],
        "createContactPerson": [.authorityAdmin, .partnershipOfficer],
        "updateContactPerson": [.authorityAdmin, .partnershipOfficer],
        "listConsentEvents": [.authorityAdmin, .partnershipOfficer, .dataProtectionOfficer],
        "recordConsentEvent": [.authorityAdmin, .partnershipOfficer],
        "listPersonalDataAccess": [.authorityAdmin, .dataProtectionOfficer],
        "getRecordsOfProcessing": [.authorityAdmin, .partnershipOfficer, .dataProtectionOfficer],
        "importDirectory": [.authorityAdmin, .partnershipOfficer],
        "listAgreements": [.authorityAdmin, .partnershipOfficer, .broker, .sme],
        "getAgreement": [.authorityAdmin, .partnershipOfficer, .broker, .sme],
        "createAgreement": [.authorityAdmin, .partnershipOfficer],
        "transitionAgreement": [.authorityAdmin, .partnershipOfficer],
        "listAccessRequests": [.authorityAdmin, .partnershipOfficer, .sme],
        "requestAccess": [.sme],
        "decideAccessRequest": [.authorityAdmin, .partnershipOfficer],
        "listGrants": [.authorityAdmin, .partnershipOfficer, .sme],
        "revealContact": [.sme],
        "revokeGrant": [.authorityAdmin, .partnershipOfficer],
        "listFollowUps": [.authorityAdmin, .partnershipOfficer, .sme],
        "getFollowUp": [.authorityAdmin, .partnershipOfficer, .sme],
        "addFollowUpEntry": [.authorityAdmin, .partnershipOfficer, .sme],
        "getIndicators": [.authorityAdmin, .partnershipOfficer, .broker],
        "exportPersonalData": [.authorityAdmin, .dataProtectionOfficer],
        "requestErasure": [.authorityAdmin, .dataProtectionOfficer],
        "getErasureRequest": [.authorityAdmin, .dataProtectionOfficer],
        "listErasureRequests": [.authorityAdmin, .dataProtectionOfficer],
        "listRetentionRuns": [.authorityAdmin, .dataProtectionOfficer],
        "runRetentionPurge": [.authorityAdmin, .dataProtectionOfficer],
        "listSharingAgreements": [.authorityAdmin, .partnershipOfficer],
        "createSharingAgreement": [.authorityAdmin],
        "revokeSharingAgreement": [.authorityAdmin],
        "listSharedOrganisations": [.authorityAdmin, .partnershipOfficer, .broker],
        "listSharedContactPersons": [.authorityAdmin, .partnershipOfficer],
        "exportDirectory": [.authorityAdmin, .partnershipOfficer, .feedConsumer],
    ], publicOperations: [
        // Machine clients authenticate with their client credentials here, to get a bearer token.
        TokenEndpointMiddleware.operationID,
    ])

    let api: ContactsAPI
    let erasureWorker: ErasureOutboxWorker
    let retentionPurge: RetentionPurgeWorker

    public init(dependencies: ServiceDependencies) async throws {
        let authorities = PostgresAuthorityRegistry(pool: dependencies.pool)
        let dataSubjects = PostgresDataSubjectStore(pool: dependencies.pool)
        let configuration = dependencies.configuration
        let caller = ServiceCaller(peers: dependencies.peers, tokens: dependencies.tokens, urls: configuration.serviceURLs)
        self.erasureWorker = ErasureOutboxWorker(
            store: dataSubjects, caller: caller, interval: configuration.workerInterval, retryMax: configuration.outboxRetryMax,
            logger: dependencies.logger
        )
        self.retentionPurge = RetentionPurgeWorker(
            store: dataSubjects, authorities: authorities, policy: .default, interval: configuration.retentionPurgeInterval, logger: dependencies.logger
        )
        self.api = ContactsAPI(
            nace: try await NaceCatalogue.load(from: dependencies.pool),
            persons: PostgresPersonStore(pool: dependencies.pool),
            retention: .default,
            importWriter: DirectoryImportWriter(pool: dependencies.pool),
            directoryReader: DirectoryExportReader(pool: dependencies.pool),
            cooperation: PostgresCooperationStore(pool: dependencies.pool),
            dataSubjects: dataSubjects,
            sharing: PostgresSharingStore(pool: dependencies.pool),
            serviceCaller: caller,
            authorities: authorities,
            authorityStatus: AuthorityStatusCache(registry: authorities),
            organisations: PostgresOrganisationStore(pool: dependencies.pool),
            machineClients: PostgresMachineClientStore(pool: dependencies.pool),
            auditEvents: PostgresAuditEventStore(pool: dependencies.pool),
            tokens: dependencies.tokens
        )
    }

    /// An authority's CSV of partners is larger than an API request.
    public static let largeBodyPaths = ["/v1/contacts/imports": ContactsAPI.maximumImportBytes]

    /// The erasure outbox worker and the scheduled retention purge.
    public func backgroundServices() -> [any ServiceLifecycle.Service] {
        [erasureWorker, retentionPurge]
    }

    public func registerHandlers(on transport: any ServerTransport, middlewares: [any ServerMiddleware]) throws {
        try api.registerHandlers(
            on: transport, serverURL: URL(string: "/")!, configuration: apiConfiguration,
            middlewares: middlewares + [
                RegisteredAuthorityMiddleware(policy: Self.policy, authorities: api.authorityStatus), TokenEndpointMiddleware(),
            ]
        )
    }
}

/// The handlers generated from openapi.yaml's `contacts` operations; one extension per resource.
struct ContactsAPI: APIProtocol {
    /// NACE Rev. 2.1, for checking sector codes.
    let nace: NaceCatalogue
    let persons: any PersonStore
    /// Retention periods per data category (GDPR Art. 5(1)(e)); the records of processing show them.
    let retention: RetentionPolicy
    let importWriter: DirectoryImportWriter
    let directoryReader: DirectoryExportReader
    let cooperation: PostgresCooperationStore
    let dataSubjects: PostgresDataSubjectStore
    let sharing: PostgresSharingStore
    /// Calls the other services' data-subject endpoints.
    let serviceCaller: ServiceCaller
    let authorities: any AuthorityRegistry
    /// Whether an authority is registered and active (the check of every call but the token endpoint's).
    let authorityStatus: AuthorityStatusCache
    let organisations: any OrganisationStore
    let machineClients: any MachineClientStore
    let auditEvents: any AuditEventStore
    /// Signs the access tokens of machine clients (HS256, like user tokens of the local default).
    let tokens: TokenVerifier
}
