import Foundation
import HTTPTypes
import OpenAPIRuntime
import ServerKit
import Shared

/// The OAuth2 token endpoint for machine clients (RFC 6749 section 4.4, client credentials).
///
/// Public: `AuthenticationMiddleware` lets it through without a bearer token and the policy names
/// it a public operation; the client authenticates here, with HTTP Basic or with form fields.
/// Errors follow RFC 6749 section 5.2 (`application/json` with `error`), not problem+json.
extension ContactsAPI {
    /// Lifetime of the access tokens issued to machine clients.
    static let clientTokenLifetime = 300

    func issueClientToken(_ input: Operations.IssueClientToken.Input) async throws -> Operations.IssueClientToken.Output {
        guard case .urlEncodedForm(let form) = input.body else {
            return Self.badRequest(.invalidRequest, "Send the request as application/x-www-form-urlencoded.")
        }
        // Parameters sent without a value are treated as omitted (RFC 6749 section 3.2).
        func present(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }
        guard let grantType = present(form.grantType) else {
            return Self.badRequest(.invalidRequest, "grant_type is required.")
        }
        guard grantType == "client_credentials" else {
            return Self.badRequest(.unsupportedGrantType, "Only grant_type=client_credentials is supported.")
        }

        // Client authentication: HTTP Basic or the form fields, never both (section 2.3).
        let credentials: (id: String, secret: String)
        let authorization = TokenEndpointMiddleware.authorization
        if let authorization, authorization.count > 6, authorization.prefix(6).lowercased() == "basic " {
            if present(form.clientSecret) != nil {
                return Self.badRequest(.invalidRequest, "Authenticate the client with HTTP Basic or with the form fields, not both.")
            }
            guard let basic = Self.basicCredentials(String(authorization.dropFirst(6))) else {
                return Self.invalidClient("The Basic credentials are malformed.")
            }
            credentials = basic
        } else if authorization != nil {
            return Self.invalidClient("Authenticate the client with HTTP Basic or with client_id and client_secret.")
        } else if let id = present(form.clientId), let secret = present(form.clientSecret) {
            credentials = (id, secret)
        } else {
            return Self.invalidClient("Client authentication is required.")
        }
        if let formID = present(form.clientId), formID != credentials.id {
            return Self.badRequest(.invalidRequest, "client_id does not match the authenticated client.")
        }
        guard let clientID = UUID(uuidString: credentials.id), credentials.secret.utf8.count <= 200 else {
            return Self.invalidClient("The client could not be authenticated.")
        }

        guard case .authenticated(let id, let authority, let roles, let allowedScope) = try await machineClients.authenticate(
            clientID: clientID, secret: credentials.secret, now: Date()
        ) else {
            return Self.invalidClient("The client could not be authenticated.")
        }
        // A suspended authority's clients get no new tokens (RFC 6749: the client is not authorised).
        guard try await authorityStatus.isActive(authority) else {
            return Self.invalidClient("The client's authority is suspended or not registered.")
        }

        // The requested scope must be within the client's; without one, the client's whole scope.
        var grantedScope = allowedScope
        if let requested = present(form.scope) {
            let allowed = Set((allowedScope.map(ClientScope.values) ?? []).map(String.init))
            guard ClientScope.isValid(requested), Set(ClientScope.values(requested).map(String.init)).isSubset(of: allowed) else {
                return Self.badRequest(.invalidScope, "The requested scope is not granted to this client.")
            }
            grantedScope = requested
        }

        let token = try await tokens.sign(
            subject: "client:" + id.uuidString.lowercased(), authority: authority, roles: roles.sorted(),
            expiresIn: TimeInterval(Self.clientTokenLifetime)
        )
        return .ok(
            .init(body: .json(.init(accessToken: token, tokenType: .bearer, expiresIn: Self.clientTokenLifetime, scope: grantedScope)))
        )
    }

    /// `client_id:client_secret`, each form-urlencoded before base64 (RFC 6749 section 2.3.1).
    static func basicCredentials(_ encoded: String) -> (id: String, secret: String)? {
        guard let data = Data(base64Encoded: encoded.trimmingCharacters(in: .whitespaces)),
              let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":")
        else { return nil }
        func formDecoded(_ part: Substring) -> String? {
            part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
        }
        guard let id = formDecoded(text[..<colon]), let secret = formDecoded(text[text.index(after: colon)...]),
              !id.isEmpty, !secret.isEmpty
        else { return nil }
        return (id, secret)
    }

    static func badRequest(_ error: Components.Schemas.OAuthError._ErrorPayload, _ description: String) -> Operations.IssueClientToken.Output {
        .badRequest(.init(body: .json(.init(error: error, errorDescription: description))))
    }

    /// 401 `invalid_client`; `TokenEndpointMiddleware` adds `WWW-Authenticate: Basic`. The same
    /// answer for an unknown client, a revoked one and a wrong secret, so none can be told apart.
    static func invalidClient(_ description: String) -> Operations.IssueClientToken.Output {
        .unauthorized(.init(body: .json(.init(error: .invalidClient, errorDescription: description))))
    }
}

/// Wraps the token endpoint: hands the raw `Authorization` header to the handler (OpenAPI does
/// not model it as a parameter), and sets the headers RFC 6749 requires on its answers:
/// `Cache-Control: no-store` and `Pragma: no-cache` (section 5.1), `WWW-Authenticate: Basic` with
/// a 401 (section 5.2). Set here rather than by the generated code, which percent-encodes header
/// values (`Basic%20realm...`).
struct TokenEndpointMiddleware: ServerMiddleware {
    static let operationID = "issueClientToken"

    @TaskLocal static var authorization: String?

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard operationID == Self.operationID else { return try await next(request, body, metadata) }
        var (response, responseBody) = try await Self.$authorization.withValue(request.headerFields[.authorization]) {
            try await next(request, body, metadata)
        }
        response.headerFields[.cacheControl] = "no-store"
        response.headerFields[.pragma] = "no-cache"
        if response.status == .unauthorized {
            response.headerFields[.wwwAuthenticate] = "Basic realm=\"civiclink\", charset=\"UTF-8\""
        }
        return (response, responseBody)
    }
}

extension HTTPField.Name {
    static let pragma = HTTPField.Name("Pragma")!
}
