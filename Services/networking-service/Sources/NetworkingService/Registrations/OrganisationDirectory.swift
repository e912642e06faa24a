import ContactsClient
import CurlHTTPClient
import Foundation
import OpenAPIRuntime
import ServerKit
import Shared

/// The authority's organisations directory, as far as registrations need it.
protocol OrganisationDirectory: Sendable {
    /// The organisation's legal name, or nil when the caller's authority has no such organisation.
    /// - Throws: a 503 problem (or `PeerUnavailableError`, answered as 503) when the directory cannot say.
    func legalName(of organisation: UUID) async throws -> String?
}

/// Asks contacts-service over libcurl, with the client generated from openapi.yaml. The call carries
/// a service token for the caller's authority, so contacts-service answers for that authority only.
struct ContactsOrganisationDirectory: OrganisationDirectory {
    let client: ContactsClient.Client

    init(dependencies: ServiceDependencies) {
        self.client = ContactsClient.Client(
            serverURL: dependencies.configuration.contactsServiceURL,
            configuration: apiConfiguration,
            transport: CurlClientTransport(client: dependencies.peers),
            middlewares: [PeerClientMiddleware(tokens: dependencies.tokens, audience: "contacts-service")]
        )
    }

    func legalName(of organisation: UUID) async throws -> String? {
        let output: ContactsClient.Operations.GetOrganisation.Output
        do {
            output = try await client.getOrganisation(path: .init(organisationId: organisation.uuidString.lowercased()))
        } catch let error as ClientError {
            // The generated client wraps what the transport and middlewares throw; the cause decides the answer.
            switch error.underlyingError {
            case let peer as PeerUnavailableError: throw peer
            case let problem as Problem: throw problem
            default:
                RequestScope.logger.error("contacts-service call failed", metadata: ["error": "\(error)"])
                throw Self.unavailable
            }
        }
        switch output {
        case .ok(let ok):
            switch ok.body {
            case .json(let found): return found.legalName
            }
        case .notFound:
            return nil
        case .badRequest, .unauthorized, .serviceUnavailable, .default:
            RequestScope.logger.warning("contacts-service could not look up an organisation", metadata: ["answer": "\(String(describing: output).prefix(500))"])
            throw Self.unavailable
        }
    }

    static let unavailable = Problem.unavailable(
        "The organisations directory (contacts-service) cannot be asked right now; retry shortly.", retryAfterSeconds: 2
    )
}
