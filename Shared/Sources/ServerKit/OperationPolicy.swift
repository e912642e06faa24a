import Foundation
public import HTTPTypes
public import OpenAPIRuntime
public import Shared

/// Which roles may call each operation of a service: its column of the role x operation matrix in
/// docs/security.md, declared in one place per service and enforced in one place for all
/// (`AuthorizationMiddleware`). An operation the policy does not name is refused: a new operation
/// is closed until someone decides who may call it.
public struct OperationPolicy: Sendable {
    public let allowedRoles: [String: Set<Role>]
    /// Operations anyone may call without a bearer token (today only the OAuth2 token endpoint,
    /// where machine clients authenticate with their own credentials). Each must also be listed in
    /// `AuthenticationMiddleware.publicOperations`, or the bearer check refuses it first.
    public let publicOperations: Set<String>

    /// - Parameters:
    ///   - allowedRoles: operationId (as in openapi.yaml) -> the roles that may call it.
    ///   - publicOperations: operationIds that need no caller; they must not appear in `allowedRoles`.
    public init(_ allowedRoles: [String: Set<Role>], publicOperations: Set<String> = []) {
        precondition(publicOperations.isDisjoint(with: allowedRoles.keys), "an operation is either public or has roles")
        self.allowedRoles = allowedRoles
        self.publicOperations = publicOperations
    }

    /// True when the operation needs no caller.
    public func isPublic(_ operationID: String) -> Bool {
        publicOperations.contains(operationID)
    }

    /// True when one of the caller's roles may call the operation.
    public func permits(_ identity: Identity, operationID: String) -> Bool {
        guard let allowed = allowedRoles[operationID] else { return false }
        return identity.roles.contains { role in Role(rawValue: role).map(allowed.contains) ?? false }
    }
}

/// Checks the caller's roles against the service's `OperationPolicy` before any generated handler
/// runs (and before the body is decoded): 401 without a caller, 403 for a role that may not. The
/// policy's public operations pass without a caller.
public struct AuthorizationMiddleware: ServerMiddleware {
    let policy: OperationPolicy

    public init(policy: OperationPolicy) {
        self.policy = policy
    }

    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        // A public operation authenticates its caller itself (the token endpoint checks client credentials).
        if policy.isPublic(operationID) { return try await next(request, body, metadata) }
        let identity = try RequestScope.requireIdentity()
        guard policy.permits(identity, operationID: operationID) else {
            throw Problem.forbidden("Your roles do not allow this operation.")
        }
        return try await next(request, body, metadata)
    }
}
