public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// Adds to every call to another service the request id of the request being served and a
/// short-lived service token (role `service`, audience = the called service, the caller's authority).
/// The called service verifies the token like any other; no identity travels in an unsigned header.
public struct PeerClientMiddleware: ClientMiddleware {
    let tokens: TokenVerifier
    /// The called service's name, the token's audience.
    let audience: String

    public init(tokens: TokenVerifier, audience: String) {
        self.tokens = tokens
        self.audience = audience
    }

    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        let scope = RequestScope.current
        if let requestID = scope?.requestID { request.headerFields[.requestID] = requestID }
        guard let authority = scope?.identity?.authorityID else {
            throw Problem.unauthorized("A call to another service needs the caller's authority.")
        }
        let token = try await tokens.serviceToken(audience: audience, authority: authority)
        request.headerFields[.authorization] = "Bearer \(token)"
        return try await next(request, body, baseURL)
    }
}
