import HTTPTypes
import OpenAPIRuntime
import ServerKit

/// The tenant wall of contacts-service: a caller whose token names an authority that is not in
/// the registry, or is suspended, is refused (403) before any handler runs. Public operations
/// (the token endpoint) check the client's authority themselves.
struct RegisteredAuthorityMiddleware: ServerMiddleware {
    let policy: OperationPolicy
    let authorities: AuthorityStatusCache

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        if policy.isPublic(operationID) { return try await next(request, body, metadata) }
        let identity = try RequestScope.requireIdentity()
        guard try await authorities.isActive(identity.authorityID) else {
            throw Problem.forbidden("Your authority is not registered with this CivicLink deployment, or it is suspended.")
        }
        return try await next(request, body, metadata)
    }
}
