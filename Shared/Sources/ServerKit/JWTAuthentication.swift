public import CurlHTTPClient
public import Foundation
import JWTKit
public import Logging
import Synchronization

/// How bearer tokens are verified and how service tokens are signed.
///
/// At least one key source is configured: the HS256 `secret` (the local default, and the key of service
/// tokens) and/or the `jwksURL` of an external identity provider (RS256 and EdDSA keys).
public struct JWTConfiguration: Sendable {
    /// The HS256 secret; `nil` (or empty) when tokens come only from the identity provider's JWKS.
    public var secret: String?
    /// The JWKS document of an external identity provider; `nil` when only the secret is used.
    public var jwksURL: URL?
    public var issuer: String
    /// The audience of tokens issued to users and clients.
    public var audience: String
    /// This service's name: service tokens addressed to it carry it as their audience.
    public var serviceName: String
    /// Tolerated clock difference for `exp` and `nbf`.
    public var leeway: TimeInterval = 30
    /// Lifetime of the service tokens this service signs for its calls to others.
    public var serviceTokenLifetime: TimeInterval = 60
    /// The JWKS is fetched at most once per this many seconds (a token with an unknown `kid` asks for a
    /// refetch), so tokens with random `kid`s cannot make us hammer the identity provider.
    public var jwksMinRefreshInterval: TimeInterval = 30
    /// The JWKS is fetched again, in the background, when the cached copy is older than this.
    public var jwksMaxAge: TimeInterval = 600

    public init(secret: String?, jwksURL: URL? = nil, issuer: String, audience: String, serviceName: String) {
        self.secret = secret
        self.jwksURL = jwksURL
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
/// Algorithms are an allow-list decided by the token header's `alg` before any key is used:
/// `HS256` only when a secret is configured (verified with the secret, never with a JWKS key); `RS256` and
/// `EdDSA` only when a JWKS is configured, with the key of the token's `kid` whose algorithm is that `alg`.
/// Anything else (`none`, `HS384`, `PS256`, `ES256`, ...), a header with `crit`, or a JWKS token without a `kid`
/// is refused. Header fields that point at keys (`jku`, `jwk`, `x5u`, `x5c`) are ignored, never fetched.
public struct TokenVerifier: Sendable {
    private let hmac: JWTKeyCollection?
    private let jwks: JWKSKeySource?
    public let configuration: JWTConfiguration
    private let verified = VerifiedTokenCache()

    /// - Parameters:
    ///   - configuration: the secret and/or JWKS URL, issuer, audience.
    ///   - jwksClient: the client that fetches the JWKS; by default a small one of its own (unused without a JWKS URL).
    ///   - logger: where JWKS fetch failures (warnings) and loads go.
    public init(
        configuration: JWTConfiguration, jwksClient: CurlHTTPClient? = nil, logger: Logger = Logger(label: "civiclink.jwt")
    ) async {
        self.configuration = configuration
        if let secret = configuration.secret, !secret.isEmpty {
            let keys = JWTKeyCollection()
            await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
            self.hmac = keys
        } else {
            self.hmac = nil
        }
        if let url = configuration.jwksURL {
            let source = JWKSKeySource(
                url: url, client: jwksClient ?? JWKSKeySource.defaultClient, minRefreshInterval: configuration.jwksMinRefreshInterval,
                maxAge: configuration.jwksMaxAge, logger: logger
            )
            await source.prefetch()
            self.jwks = source
        } else {
            self.jwks = nil
        }
    }

    /// `serviceToken` and `sign` need the HS256 secret, and none is configured.
    public struct SigningSecretMissing: Error, CustomStringConvertible {
        public var description: String {
            "no JWT secret configured: service tokens are signed with HS256 and need JWT_SECRET (only JWT_JWKS_URL is set)"
        }
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
        let claims = try await verifiedClaims(token)
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

    /// Checks the header against the allow-list, picks the one key that may verify it, checks the signature.
    private func verifiedClaims(_ token: String) async throws(Failure) -> CivicClaims {
        guard let header = TokenHeader(token: token) else { throw .malformedOrBadSignature }
        let keys: JWTKeyCollection
        switch header.alg {
        case "HS256":
            guard let hmac else { throw .malformedOrBadSignature }
            keys = hmac
        case "RS256", "EdDSA":
            guard let jwks, let kid = header.kid,
                  let key = await jwks.key(kid: kid, algorithm: header.alg)
            else { throw .malformedOrBadSignature }
            keys = key
        default:
            throw .malformedOrBadSignature
        }
        do {
            return try await keys.verify(token, as: CivicClaims.self)
        } catch {
            throw .malformedOrBadSignature
        }
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
        guard let hmac else { throw SigningSecretMissing() }
        return try await hmac.sign(claims)
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
        guard let hmac else { throw SigningSecretMissing() }
        return try await hmac.sign(claims)
    }
}

/// The JOSE header fields that decide how a token is verified, read before any key is touched.
struct TokenHeader: Decodable {
    let alg: String
    let kid: String?
    let crit: [String]?

    /// `nil` unless the token has three parts and a JSON header with a string `alg` and no `crit`.
    init?(token: String) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let bytes = Base64URL.decode(parts[0]),
              let header = try? JSONDecoder().decode(TokenHeader.self, from: Data(bytes)),
              header.crit == nil  // no extension is understood here (RFC 7515 section 4.1.11)
        else { return nil }
        self = header
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
