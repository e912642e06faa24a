import Foundation
public import Hummingbird

/// Verifies the bearer token of every API request (`/v1/...`) and puts the caller in `RequestScope`.
/// Operational routes (`/healthz`, `/readyz`, `/metrics`) need no token.
public struct AuthenticationMiddleware<Context: RequestContext>: RouterMiddleware {
    let verifier: TokenVerifier

    /// The only API operations reachable without a bearer token, as (method, exact path). Today:
    /// the OAuth2 token endpoint, where machine clients authenticate with their client credentials
    /// instead (a bearer token is what they come to get). Keep this list minimal; each entry must
    /// also be a public operation of its service's `OperationPolicy` (SecurityMatrixTests checks both).
    public static var publicOperations: Set<PublicOperation> {
        [PublicOperation(method: "POST", path: "/v1/contacts/oauth/token")]
    }

    /// An operation that needs no bearer token.
    public struct PublicOperation: Hashable, Sendable {
        public let method: String
        public let path: String

        public init(method: String, path: String) {
            self.method = method
            self.path = path
        }
    }

    public init(verifier: TokenVerifier) {
        self.verifier = verifier
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/v1/") else { return try await next(request, context) }
        if Self.publicOperations.contains(PublicOperation(method: request.method.rawValue, path: request.uri.path)) {
            return try await next(request, context)
        }
        guard let header = request.headers[.authorization] else {
            throw Problem.unauthorized("A bearer token is required.")
        }
        guard let token = Self.bearerToken(header) else {
            throw Problem.unauthorized("The Authorization header must be a bearer token.")
        }
        let identity: Identity
        do {
            identity = try await verifier.verify(token)
        } catch {
            let detail: String =
                switch error {
                case .expired: "The token has expired."
                case .notYetValid: "The token is not valid yet."
                case .wrongIssuer: "The token was issued by an unknown issuer."
                case .wrongAudience: "The token is not meant for this API."
                case .invalidClaims(let reason): "The token's claims are invalid: \(reason)."
                case .malformedOrBadSignature: "The token is malformed or its signature is invalid."
                }
            throw Problem.unauthorized(detail)
        }
        let outer = RequestScope.current
        let scope = RequestScope(
            requestID: outer?.requestID ?? RequestIDs.accept(request.headers[.requestID]), identity: identity, logger: context.logger
        )
        return try await RequestScope.$current.withValue(scope) {
            try await next(request, context)
        }
    }

    /// The token of a `Bearer` header (the scheme in any case), without surrounding spaces or tabs;
    /// nil for another scheme or an empty token. Works on the bytes: Foundation's trimming cost 2 %
    /// of a search's CPU.
    static func bearerToken(_ header: String) -> String? {
        let bytes = Array(header.utf8)
        let scheme = Array("bearer ".utf8)
        guard bytes.count > scheme.count,
            zip(bytes, scheme).allSatisfy({ byte, expected in expected == 0x20 ? byte == 0x20 : byte | 0x20 == expected })
        else { return nil }
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var start = scheme.count
        var end = bytes.count
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
