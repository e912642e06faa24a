import CurlHTTPClient
import Foundation
import OpenAPIRuntime
import ServerKit
import Shared

/// The authority's directory of organisations, which contacts-service owns, as other services see it.
public protocol OrganisationDirectory: Sendable {
    /// The organisation with this id in the calling authority's directory.
    /// - Returns: nil when the directory has no such organisation (for this authority).
    /// - Throws: 503 problems (with `Retry-After`) when contacts-service is down, slow or answers unexpectedly.
    func organisation(id: UUID) async throws -> Shared.Components.Schemas.Organisation?
}

/// Reads organisations from contacts-service over libcurl, with the client generated from openapi.yaml.
/// Each call carries the request id and a short-lived service token for the caller's authority
/// (`PeerClientMiddleware`), so contacts-service scopes the read to that authority.
public struct ContactsOrganisationDirectory: OrganisationDirectory {
    let client: Client

    public init(dependencies: ServiceDependencies) {
        self.client = Client(
            serverURL: dependencies.configuration.contactsServiceURL,
            configuration: apiConfiguration,
            transport: CurlClientTransport(client: dependencies.peers),
            middlewares: [PeerClientMiddleware(tokens: dependencies.tokens, audience: "contacts-service")]
        )
    }

    public func organisation(id: UUID) async throws -> Shared.Components.Schemas.Organisation? {
        let output: Operations.GetOrganisation.Output
        do {
            output = try await client.getOrganisation(path: .init(organisationId: id.uuidString.lowercased()))
        } catch let error as ClientError {
            // The transport's and the middleware's own errors already say what the caller should see
            // (503 + Retry-After for an unreachable peer); unwrap them so the generated server does not hide them.
            if let peer = error.underlyingError as? PeerUnavailableError { throw peer }
            if let problem = error.underlyingError as? Problem { throw problem }
            RequestScope.logger.error("contacts-service call failed", metadata: ["error": "\(error)"])
            throw Problem.unavailable("The organisation directory answered unexpectedly; retry shortly.", retryAfterSeconds: 2)
        }
        switch output {
        case .ok(let ok):
            switch ok.body {
            case .json(let organisation): return organisation
            }
        case .notFound:
            return nil
        default:
            RequestScope.logger.warning("contacts-service refused an organisation read", metadata: ["answer": "\(output)"])
            throw Problem.unavailable("The organisation directory is unavailable; retry shortly.", retryAfterSeconds: 2)
        }
    }
}
