public import Foundation
import JWTKit
import Synchronization

/// How bearer tokens are verified and how service tokens are signed.
public struct JWTConfiguration: Sendable {
    /// The HS256 secret (the local default; an external identity provider's JWKS comes with the security work).
    public var secret: String
    public var issuer: String
    /// The audience of tokens issued to users and clients.
    public var audience: String
    /// This service's name: service tokens addressed to it carry it as their audience.
    public var serviceName: String
    /// Tolerated clock difference for `exp` and `nbf`.
    public var leeway: TimeInterval = 30
    /// Lifetime of the service tokens this service signs for its calls to others.
    public var serviceTokenLifetime: TimeInterval = 60

    public init(secret: String, issuer: String, audience: String, serviceName: String) {
        self.secret = secret
        self.issuer = issuer
        self.audience = audience
        self.serviceName = serviceName
    }
}

/// The claims CivicLink reads from a token.
struct CivicClaims: JWTPayload {
    var sub: SubjectClaim
    var iss: IssuerClaim
    var aud: AudienceClaim
    var exp: ExpirationClaim
    var nbf: NotBeforeClaim?
    var iat: IssuedAtClaim?
    var authorityID: String
    var organisationID: String?
    var roles: [String]

    enum CodingKeys: String, CodingKey {
        case sub, iss, aud, exp, nbf, iat, roles
        case authorityID = "authority_id"
        case organisationID = "org_id"
    }

    /// Signature checks happen before this; `TokenVerifier` checks the times with leeway, issuer and audience.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

/// Verifies bearer tokens and signs short-lived service tokens.
///
/// Only HS256 is accepted: the key collection holds one HMAC key, so a token with `alg: none` or
/// any other algorithm has no key to verify with and is refused.
public struct TokenVerifier: Sendable {
    private let keys: JWTKeyCollection
    public let configuration: JWTConfiguration
    private let verified = VerifiedTokenCache()

    public init(configuration: JWTConfiguration) async {
        self.configuration = configuration
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: configuration.secret), digestAlgorithm: .sha256)
        self.keys = keys
    }

    /// Why a token was refused; the detail goes into the 401 problem (no token content is echoed).
    public enum Failure: Error, Equatable {
        case malformedOrBadSignature
        case expired
        case notYetValid
        case wrongIssuer
        case wrongAudience
        case invalidClaims(String)
    }

    /// Returns the caller of a valid token.
    /// - Parameters:
    ///   - token: the compact JWT, without `Bearer `.
    ///   - now: the current time (tests pass their own).
    public func verify(_ token: String, now: Date = Date()) async throws(Failure) -> Identity {
        // A token verified before is not verified again (HMAC and JSON cost more than the rest of a
        // request); its expiry is still checked on every use.
        if let cached = verified.identity(for: token, now: now, leeway: configuration.leeway) { return cached }
        let claims: CivicClaims
        do {
            claims = try await keys.verify(token, as: CivicClaims.self)
        } catch {
            throw .malformedOrBadSignature
        }
        if claims.exp.value.addingTimeInterval(configuration.leeway) < now { throw .expired }
        if let nbf = claims.nbf, nbf.value.addingTimeInterval(-configuration.leeway) > now { throw .notYetValid }
        guard claims.iss.value == configuration.issuer else { throw .wrongIssuer }
        guard claims.aud.value.contains(configuration.audience) || claims.aud.value.contains(configuration.serviceName) else {
            throw .wrongAudience
        }
        guard let authority = UUID(uuidString: claims.authorityID) else { throw .invalidClaims("authority_id is not a UUID") }
        var organisation: UUID? = nil
        if let text = claims.organisationID {
            guard let id = UUID(uuidString: text) else { throw .invalidClaims("org_id is not a UUID") }
            organisation = id
        }
        guard !claims.sub.value.isEmpty else { throw .invalidClaims("sub is empty") }
        let identity = Identity(subject: claims.sub.value, authorityID: authority, organisationID: organisation, roles: Set(claims.roles))
        verified.store(token, identity: identity, expires: claims.exp.value)
        return identity
    }

    /// Signs a token for a call from this service to `audience`, acting for `authority`.
    /// - Parameters:
    ///   - audience: the called service's name, e.g. `contacts-service`.
    ///   - authority: the tenant the call acts for.
    public func serviceToken(audience: String, authority: UUID, now: Date = Date()) async throws -> String {
        let claims = CivicClaims(
            sub: .init(value: "service:" + configuration.serviceName),
            iss: .init(value: configuration.issuer),
            aud: .init(value: [audience]),
            exp: .init(value: now.addingTimeInterval(configuration.serviceTokenLifetime)),
            nbf: .init(value: now.addingTimeInterval(-1)),
            iat: .init(value: now),
            authorityID: authority.uuidString.lowercased(),
            organisationID: nil,
            roles: ["service"]
        )
        return try await keys.sign(claims)
    }

    /// Signs a token with arbitrary claims; used by tests and the demo token tool.
    public func sign(
        subject: String, authority: UUID, organisation: UUID? = nil, roles: [String], audience: String? = nil,
        issuer: String? = nil, expiresIn: TimeInterval = 3600, now: Date = Date()
    ) async throws -> String {
        let claims = CivicClaims(
            sub: .init(value: subject),
            iss: .init(value: issuer ?? configuration.issuer),
            aud: .init(value: [audience ?? configuration.audience]),
            exp: .init(value: now.addingTimeInterval(expiresIn)),
            nbf: .init(value: now.addingTimeInterval(-1)),
            iat: .init(value: now),
            authorityID: authority.uuidString.lowercased(),
            organisationID: organisation?.uuidString.lowercased(),
            roles: roles
        )
        return try await keys.sign(claims)
    }
}

/// Tokens that passed every check, with their expiry. Bounded: when full it is emptied, which
/// costs one re-verification per active token, never a wrong answer.
final class VerifiedTokenCache: Sendable {
    private struct Entry {
        let identity: Identity
        let expires: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity = 10_000

    func identity(for token: String, now: Date, leeway: TimeInterval) -> Identity? {
        entries.withLock { entries in
            guard let entry = entries[token] else { return nil }
            guard entry.expires.addingTimeInterval(leeway) >= now else {
                entries[token] = nil
                return nil
            }
            return entry.identity
        }
    }

    func store(_ token: String, identity: Identity, expires: Date) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[token] = Entry(identity: identity, expires: expires)
        }
    }
}
