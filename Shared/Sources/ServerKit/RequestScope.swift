public import Foundation
public import Logging
public import Shared

/// The authenticated caller, from a verified JWT.
public struct Identity: Sendable, Equatable {
    /// The token's `sub`.
    public let subject: String
    /// The tenant: every object read or written belongs to this authority.
    public let authorityID: UUID
    /// The organisation the caller acts for, if any.
    public let organisationID: UUID?
    public let roles: Set<String>

    public init(subject: String, authorityID: UUID, organisationID: UUID?, roles: Set<String>) {
        self.subject = subject
        self.authorityID = authorityID
        self.organisationID = organisationID
        self.roles = roles
    }
}

/// What a request carries down to the generated handlers, which receive no Hummingbird context:
/// the request id, the caller and a logger whose lines carry the request id.
public struct RequestScope: Sendable {
    public let requestID: String
    public let identity: Identity?
    public let logger: Logger

    public init(requestID: String, identity: Identity?, logger: Logger) {
        self.requestID = requestID
        self.identity = identity
        self.logger = logger
    }

    /// Set by `ProblemMiddleware` and `AuthenticationMiddleware` for the duration of one request.
    @TaskLocal public static var current: RequestScope?

    /// The caller of the current request, or a 401 problem.
    public static func requireIdentity() throws -> Identity {
        guard let identity = current?.identity else { throw Problem.unauthorized("A valid bearer token is required.") }
        return identity
    }

    /// Adds the request id, the caller and the authority to every log line written while a request
    /// is served. Read only when a line is logged, so a request that logs nothing pays nothing.
    public static let metadataProvider = Logger.MetadataProvider {
        guard let scope = RequestScope.current else { return [:] }
        var metadata: Logger.Metadata = ["request_id": .string(scope.requestID)]
        if let identity = scope.identity {
            metadata["sub"] = .string(identity.subject)
            metadata["authority_id"] = .string(identity.authorityID.uuidString.lowercased())
        }
        return metadata
    }

    /// The logger of the current request (falls back to a plain one outside requests).
    public static var logger: Logger { current?.logger ?? Logger(label: "civiclink") }
}

extension Identity {
    /// Whether the caller may act for `organisation`: staff roles act for any organisation of their
    /// authority; anyone else (an SME) only for the organisation its token names in `org_id`.
    /// - Parameters:
    ///   - staff: the roles that may act for every organisation in this operation.
    public func mayActFor(organisation: UUID, staff: Set<Role>) -> Bool {
        if roles.contains(where: { Role(rawValue: $0).map(staff.contains) ?? false }) { return true }
        return organisationID == organisation
    }
}
