import CurlHTTPClient
import Foundation
import ServerKit
import Shared

/// Calls another CivicLink service over libcurl with a short-lived service token for one
/// authority: the data-subject endpoints, from request handlers and from the outbox worker alike
/// (the worker has no request to take the authority from).
struct ServiceCaller: Sendable {
    let peers: CurlHTTPClient
    let tokens: TokenVerifier
    let urls: [String: URL]

    /// The services that hold data about people, besides contacts-service itself.
    static let dataHolders = ["internationalisation-service", "networking-service", "innovation-service"]

    /// The API path prefix of each service.
    static func prefix(of service: String) -> String {
        "/v1/" + service.replacingOccurrences(of: "-service", with: "")
    }

    struct Failure: Error, CustomStringConvertible {
        let service: String
        let reason: String
        var description: String { "\(service): \(reason)" }
    }

    func post<Body: Encodable & Sendable, Answer: Decodable>(
        _ service: String, path: String, body: Body, authority: UUID, answer: Answer.Type
    ) async throws -> Answer {
        guard let base = urls[service] else { throw Failure(service: service, reason: "no URL is configured") }
        let token = try await tokens.serviceToken(audience: service, authority: authority)
        var headers = [(name: "Authorization", value: "Bearer \(token)"), (name: "Content-Type", value: "application/json")]
        if let requestID = RequestScope.current?.requestID { headers.append((name: "X-Request-ID", value: requestID)) }
        let request = CurlRequest(
            method: "POST", url: base.absoluteString + Self.prefix(of: service) + path, headers: headers, body: Array(try JSONEncoder().encode(body))
        )
        let response: CurlResponse
        do {
            response = try await peers.send(request)
        } catch {
            // Never the URL or the host in what a caller may see.
            throw Failure(service: service, reason: "not reachable")
        }
        guard (200..<300).contains(response.status) else { throw Failure(service: service, reason: "answered \(response.status)") }
        do {
            return try JSONDecoder().decode(Answer.self, from: Data(response.body))
        } catch {
            throw Failure(service: service, reason: "answered an unexpected document")
        }
    }
}
