import Crypto
import CryptoExtras
import CurlHTTPClient
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTKit
import Logging
import ServerKit
import Synchronization
import Testing

/// Tokens of an external identity provider, verified with the RS256/EdDSA keys of its JWKS, which a real
/// Hummingbird server on a loopback port serves (and counts the fetches of).
@Suite struct JWKSTests {
    static let issuer = "https://idp.example"
    static let audience = "civiclink"

    // MARK: keys

    /// A signing key, its public JWK and a collection that signs tokens with its `kid`.
    struct SigningKey: Sendable {
        let kid: String
        let jwk: [String: String]
        let signer: JWTKeyCollection
        /// The public key as PEM (RSA only): what an attacker would use as an HMAC secret.
        let publicPEM: String?
        let rsaPrivateKey: JWTKit.Insecure.RSA.PrivateKey?

        static func rsa(kid: String) async throws -> SigningKey {
            let key = try JWTKit.Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048))
            let (modulus, exponent) = try key.publicKey.getKeyPrimitives()
            let signer = JWTKeyCollection()
            await signer.add(rsa: key, digestAlgorithm: .sha256, kid: JWKIdentifier(string: kid))
            return SigningKey(
                kid: kid,
                jwk: ["kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid, "n": modulus.base64URL, "e": exponent.base64URL],
                signer: signer, publicPEM: key.publicKey.pemRepresentation, rsaPrivateKey: key
            )
        }

        static func ed25519(kid: String) async throws -> SigningKey {
            let key = try EdDSA.PrivateKey(curve: .ed25519)
            let signer = JWTKeyCollection()
            await signer.add(eddsa: key, kid: JWKIdentifier(string: kid))
            return SigningKey(
                kid: kid,
                jwk: ["kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "kid": kid, "x": key.publicKey.rawRepresentation.base64URL],
                signer: signer, publicPEM: nil, rsaPrivateKey: nil
            )
        }

        /// Signs a token with this key, naming `kid` (this key's by default) in the header.
        func token(authority: UUID = UUID(), subject: String = "resident-1", kid: String? = nil, audience: String = JWKSTests.audience)
            async throws -> String
        {
            try await signer.sign(Claims.make(subject: subject, authority: authority, audience: audience), kid: JWKIdentifier(string: kid ?? self.kid))
        }
    }

    /// RSA keys take a moment to generate: each test run makes these once.
    static let keys = Task { () throws -> (rsaA: SigningKey, rsaB: SigningKey, edA: SigningKey) in
        async let rsaA = SigningKey.rsa(kid: "rsa-a")
        async let rsaB = SigningKey.rsa(kid: "rsa-b")
        async let edA = SigningKey.ed25519(kid: "ed-a")
        return try await (rsaA, rsaB, edA)
    }

    /// The claims an identity provider puts in a CivicLink token.
    struct Claims: JWTPayload {
        var sub: SubjectClaim
        var iss: IssuerClaim
        var aud: AudienceClaim
        var exp: ExpirationClaim
        var authorityID: String
        var roles: [String]

        enum CodingKeys: String, CodingKey {
            case sub, iss, aud, exp, roles
            case authorityID = "authority_id"
        }

        static func make(subject: String, authority: UUID, audience: String) -> Claims {
            Claims(
                sub: .init(value: subject), iss: .init(value: JWKSTests.issuer), aud: .init(value: [audience]),
                exp: .init(value: Date().addingTimeInterval(600)), authorityID: authority.uuidString.lowercased(), roles: ["resident"]
            )
        }

        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    // MARK: the identity provider

    /// What the test identity provider serves at `/jwks.json`, and how often it was asked.
    final class Provider: Sendable {
        enum Mode: Sendable {
            case jwks
            case serverError
            case garbage
        }

        private let state = Mutex<(keys: [[String: String]], mode: Mode, hits: Int)>(([], .jwks, 0))

        init(keys: [SigningKey]) { serve(keys) }

        func serve(_ keys: [SigningKey]) { state.withLock { $0.keys = keys.map(\.jwk) } }
        func answer(_ mode: Mode) { state.withLock { $0.mode = mode } }
        var hits: Int { state.withLock { $0.hits } }

        func application() -> some ApplicationProtocol {
            let router = Router()
            router.get("/jwks.json") { _, _ -> Response in
                let (keys, mode) = self.state.withLock { state in
                    state.hits += 1
                    return (state.keys, state.mode)
                }
                switch mode {
                case .serverError:
                    return Response(status: .internalServerError)
                case .garbage:
                    return Response(status: .ok, headers: [.contentType: "text/html"], body: .init(byteBuffer: ByteBuffer(string: "<html>login</html>")))
                case .jwks:
                    // Keys of other kinds in the set are skipped, not fatal.
                    let other: [String: String] = ["kty": "EC", "crv": "P-256", "kid": "ec-1", "x": "AAAA", "y": "AAAA"]
                    let body = try JSONSerialization.data(withJSONObject: ["keys": keys + [other]])
                    return Response(
                        status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body))
                    )
                }
            }
            return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        }
    }

    /// Runs `body` with the provider live on a loopback port and a fresh client. The client stops before the
    /// server, so that no JWKS fetch (a background refresh) reaches a server that is shutting down.
    func serving(_ provider: Provider, _ body: @Sendable (_ url: String, _ client: CurlHTTPClient) async throws -> Void) async throws {
        try await provider.application().test(.live) { live in
            let port = try #require(live.port)
            try await withClient { client in try await body("http://127.0.0.1:\(port)/jwks.json", client) }
        }
    }

    /// Runs `body` with a fresh client, shut down afterwards whatever happens (its threads must be stopped).
    func withClient(_ body: (CurlHTTPClient) async throws -> Void) async throws {
        let client = CurlHTTPClient(
            configuration: .init(connectTimeout: .milliseconds(500), totalTimeout: .seconds(2), retryBackoff: .milliseconds(10)),
            logger: Logger(label: "test.jwks.curl")
        )
        do {
            try await body(client)
        } catch {
            await client.shutdown()
            throw error
        }
        await client.shutdown()
    }

    func verifier(
        _ url: String, client: CurlHTTPClient, secret: String? = nil, minRefreshInterval: TimeInterval = 30, maxAge: TimeInterval = 600,
        logger: Logger = quietLogger
    ) async -> TokenVerifier {
        var configuration = JWTConfiguration(
            secret: secret, jwksURL: URL(string: url)!, issuer: Self.issuer, audience: Self.audience, serviceName: "contacts-service"
        )
        configuration.jwksMinRefreshInterval = minRefreshInterval
        configuration.jwksMaxAge = maxAge
        return await TokenVerifier(configuration: configuration, jwksClient: client, logger: logger)
    }

    static let quietLogger: Logger = {
        var logger = Logger(label: "test.jwks")
        logger.logLevel = .critical
        return logger
    }()

    /// Waits until `condition` holds, at most `timeout`.
    func eventually(timeout: Duration = .seconds(3), _ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }

    // MARK: tests

    @Test func rs256AndEdDSATokensVerify() async throws {
        let (rsaA, _, edA) = try await Self.keys.value
        let provider = Provider(keys: [rsaA, edA])
        try await serving(provider) { url, client in
            let verifier = await verifier(url, client: client)
            let authority = UUID()
            let rsa = try await verifier.verify(rsaA.token(authority: authority, subject: "resident-rsa"))
            #expect(rsa == Identity(subject: "resident-rsa", authorityID: authority, organisationID: nil, roles: ["resident"]))
            let ed = try await verifier.verify(edA.token(authority: authority, subject: "resident-ed"))
            #expect(ed.subject == "resident-ed")
            #expect(ed.authorityID == authority)
            // The usual claim checks still apply to provider tokens.
            await #expect(throws: TokenVerifier.Failure.wrongAudience) {
                try await verifier.verify(try await rsaA.token(audience: "another-api"))
            }
            // One fetch serves every token.
            #expect(provider.hits == 1)
        }
    }

    @Test func tokensOfOtherKeysOrAnotherAlgorithmAreRefused() async throws {
        let (rsaA, rsaB, edA) = try await Self.keys.value
        let provider = Provider(keys: [rsaA, edA])
        try await serving(provider) { url, client in
            let verifier = await verifier(url, client: client)
            _ = try await verifier.verify(rsaA.token())
            // Signed by a key outside the set, under the kid of one inside it.
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) {
                try await verifier.verify(try await rsaB.token(kid: rsaA.kid))
            }
            // Header alg EdDSA (a valid Ed25519 signature) naming the RS256 key: the alg does not match the key.
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) {
                try await verifier.verify(try await edA.token(kid: rsaA.kid))
            }
            // PS256 with the very RSA key of the set: not an allowed algorithm.
            let pss = JWTKeyCollection()
            await pss.add(pss: try #require(rsaA.rsaPrivateKey), digestAlgorithm: .sha256, kid: JWKIdentifier(string: rsaA.kid))
            let pssToken = try await pss.sign(Claims.make(subject: "u", authority: UUID(), audience: Self.audience), kid: JWKIdentifier(string: rsaA.kid))
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await verifier.verify(pssToken) }
            // A provider token without kid.
            let noKID = try await rsaA.signer.sign(Claims.make(subject: "u", authority: UUID(), audience: Self.audience))
            #expect(try header(of: noKID)["kid"] == nil)
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await verifier.verify(noKID) }
            // None of these made us ask the provider again: their kids are known (or absent).
            #expect(provider.hits == 1)
        }
    }

    @Test func anUnknownKidRefetchesOnceAndThenVerifiesTheRotatedKey() async throws {
        let (rsaA, rsaB, _) = try await Self.keys.value
        let provider = Provider(keys: [rsaA])
        try await serving(provider) { url, client in
            let verifier = await verifier(url, client: client, minRefreshInterval: 1)
            _ = try await verifier.verify(rsaA.token())
            #expect(provider.hits == 1)
            // The provider rotates: rsa-b joins the set. Its tokens verify after exactly one refetch.
            try await Task.sleep(for: .milliseconds(1100))
            provider.serve([rsaA, rsaB])
            let identity = try await verifier.verify(rsaB.token(subject: "after-rotation"))
            #expect(identity.subject == "after-rotation")
            #expect(provider.hits == 2)
            _ = try await verifier.verify(rsaB.token(subject: "another-token"))
            _ = try await verifier.verify(rsaA.token(subject: "old-key-still-listed"))
            #expect(provider.hits == 2)
            // Yet another unknown kid right after a fetch: refused without asking the provider.
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) {
                try await verifier.verify(try await rsaB.token(kid: "rsa-c"))
            }
            #expect(provider.hits == 2)
        }
    }

    @Test func aBurstOfRandomKidsFetchesTheSetAtMostOnce() async throws {
        let (rsaA, rsaB, _) = try await Self.keys.value
        let provider = Provider(keys: [rsaA])
        try await serving(provider) { url, client in
            let verifier = await verifier(url, client: client, minRefreshInterval: 1)
            _ = try await verifier.verify(rsaA.token())
            #expect(provider.hits == 1)
            try await Task.sleep(for: .milliseconds(1100))  // a refetch is allowed again
            var forged: [String] = []
            for _ in 0..<20 { forged.append(try await rsaB.token(kid: UUID().uuidString)) }
            let before = provider.hits
            let refused = await withTaskGroup(of: Bool.self) { group in
                for token in forged {
                    group.addTask {
                        do {
                            _ = try await verifier.verify(token)
                            return false
                        } catch {
                            return (error as? TokenVerifier.Failure) == .malformedOrBadSignature
                        }
                    }
                }
                return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(refused == 20)
            let fetches = provider.hits - before
            #expect((1...2).contains(fetches), "a burst of 20 random kids caused \(fetches) fetches")
            // And the same burst again, sequentially, right after: no more fetches.
            for token in forged {
                await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await verifier.verify(token) }
            }
            #expect(provider.hits - before == fetches)
        }
    }

    @Test func anOldSetIsRefetchedAfterItsMaxAge() async throws {
        let (rsaA, rsaB, _) = try await Self.keys.value
        let provider = Provider(keys: [rsaA])
        try await serving(provider) { url, client in
            let verifier = await verifier(url, client: client, minRefreshInterval: 0.2, maxAge: 0.5)
            _ = try await verifier.verify(rsaA.token())
            #expect(provider.hits == 1)
            provider.serve([rsaB])  // rsa-a retired
            try await Task.sleep(for: .milliseconds(600))
            // The old copy serves while the new one is fetched in the background.
            _ = try await verifier.verify(rsaA.token(subject: "while-refreshing"))
            #expect(try await eventually { provider.hits >= 2 })
            // Once the new copy is installed, the new key verifies and the retired one no longer does.
            let rotated = try await rsaB.token()
            var verified = false
            for _ in 0..<50 where !verified {
                verified = (try? await verifier.verify(rotated)) != nil
                if !verified { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(verified)
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) {
                try await verifier.verify(try await rsaA.token(subject: "after-retirement"))
            }
        }
    }

    @Test func algNoneAndHS256ForgedWithThePublicKeyAreRefused() async throws {
        let (rsaA, _, _) = try await Self.keys.value
        let provider = Provider(keys: [rsaA])
        let secret = "a-test-secret-that-is-long-enough-for-hs256"
        try await serving(provider) { url, client in
            let genuine = try await rsaA.token()
            let payload = genuine.split(separator: ".")[1]
            // The classic confusion: HS256 with the provider's public key (PEM) as the HMAC secret.
            let confusion = JWTKeyCollection()
            await confusion.add(hmac: HMACKey(from: try #require(rsaA.publicPEM)), digestAlgorithm: .sha256, kid: JWKIdentifier(string: rsaA.kid))
            let forged = try await confusion.sign(Claims.make(subject: "u", authority: UUID(), audience: Self.audience), kid: JWKIdentifier(string: rsaA.kid))
            #expect(try header(of: forged)["alg"] == "HS256")
            let unsigned = [
                "\(encodeHeader(["alg": "none", "kid": rsaA.kid])).\(payload).",
                "\(encodeHeader(["alg": "none"])).\(payload).",
                "\(encodeHeader(["alg": "None", "kid": rsaA.kid])).\(payload).",
                // alg none with the genuine RS256 signature kept.
                "\(encodeHeader(["alg": "none", "kid": rsaA.kid])).\(payload).\(genuine.split(separator: ".")[2])",
            ]

            // Only a JWKS configured.
            let jwksOnly = await verifier(url, client: client)
            _ = try await jwksOnly.verify(genuine)
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await jwksOnly.verify(forged) }
            for token in unsigned {
                await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await jwksOnly.verify(token) }
            }
            // An empty secret is no secret: a token signed with an empty HMAC key is refused.
            // (Made by hand: jwt-kit itself refuses HMAC keys under 32 bytes.)
            let signingInput = "\(encodeHeader(["alg": "HS256", "typ": "JWT"])).\(payload)"
            let emptyMAC = HMAC<SHA256>.authenticationCode(for: Data(signingInput.utf8), using: SymmetricKey(data: Data()))
            let signedWithNothing = "\(signingInput).\(Data(emptyMAC).base64URL)"
            let emptySecret = await verifier(url, client: client, secret: "")
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await emptySecret.verify(signedWithNothing) }
            // Without a secret there is nothing to sign service tokens with.
            await #expect(throws: TokenVerifier.SigningSecretMissing.self) {
                _ = try await jwksOnly.serviceToken(audience: "networking-service", authority: UUID())
            }

            // A secret and a JWKS: HS256 is checked with the secret only, never with a JWKS key.
            let both = await verifier(url, client: client, secret: secret)
            _ = try await both.verify(genuine)
            let local = try await both.sign(subject: "officer-1", authority: UUID(), roles: ["partnership_officer"])
            #expect(try await both.verify(local).subject == "officer-1")
            let service = try await both.serviceToken(audience: "contacts-service", authority: UUID())
            #expect(try await both.verify(service).roles == ["service"])
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await both.verify(forged) }
            for token in unsigned {
                await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await both.verify(token) }
            }
        }
    }

    @Test func anUnreachableOrBrokenProviderRefusesTokensWithAWarning() async throws {
        let (rsaA, _, _) = try await Self.keys.value
        let lines = LogLines()
        var handler = JSONLogHandler(label: "test.jwks", metadataProvider: nil) { lines.append($0) }
        handler.logLevel = .info
        let logger = Logger(label: "test.jwks") { _ in handler }
        let warnings = { @Sendable in lines.count(level: "warning", containing: "JWKS fetch failed") }

        try await withClient { client in
            // Nothing listens on port 9.
            let down = await verifier("http://127.0.0.1:9/jwks.json", client: client, logger: logger)
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await down.verify(try await rsaA.token()) }
            #expect(warnings() >= 1)
        }

        // A provider answering 500, then a login page, then its JWKS again.
        let provider = Provider(keys: [rsaA])
        provider.answer(.serverError)
        try await serving(provider) { url, client in
            let verifier = await verifier(url, client: client, minRefreshInterval: 0.3, logger: logger)
            let before = warnings()
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await verifier.verify(try await rsaA.token()) }
            #expect(warnings() == before + 1)
            provider.answer(.garbage)
            try await Task.sleep(for: .milliseconds(350))
            await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await verifier.verify(try await rsaA.token()) }
            #expect(warnings() == before + 2)
            provider.answer(.jwks)
            try await Task.sleep(for: .milliseconds(350))
            _ = try await verifier.verify(rsaA.token())
            #expect(warnings() == before + 2)
        }
    }

    @Test func configurationNeedsASecretOrAJWKSURL() throws {
        let defaults = ServiceDefaults(name: "contacts-service", port: 8081, schema: "contacts", databaseRole: "contacts_service",
                                       migrationsDirectory: URL(fileURLWithPath: "/tmp"))
        let neither = #expect(throws: ConfigurationError.self) { try ServiceConfiguration.fromEnvironment(service: defaults, environment: [:]) }
        #expect(neither?.problems.count == 1)
        #expect(neither?.description.contains("JWT_SECRET or JWT_JWKS_URL") == true)

        let jwksOnly = try ServiceConfiguration.fromEnvironment(service: defaults, environment: ["JWT_JWKS_URL": "https://idp.example/jwks.json"])
        #expect(jwksOnly.jwt.secret == nil)
        #expect(jwksOnly.jwt.jwksURL == URL(string: "https://idp.example/jwks.json"))

        let both = try ServiceConfiguration.fromEnvironment(
            service: defaults, environment: ["JWT_JWKS_URL": "http://127.0.0.1:9000/jwks", "JWT_SECRET": String(repeating: "s", count: 32)]
        )
        #expect(both.jwt.secret == String(repeating: "s", count: 32))
        #expect(both.jwt.jwksURL != nil)

        let secretOnly = try ServiceConfiguration.fromEnvironment(service: defaults, environment: ["JWT_SECRET": String(repeating: "s", count: 32)])
        #expect(secretOnly.jwt.jwksURL == nil)

        let malformed = #expect(throws: ConfigurationError.self) {
            try ServiceConfiguration.fromEnvironment(service: defaults, environment: ["JWT_JWKS_URL": "file:///etc/jwks.json", "JWT_SECRET": "short"])
        }
        #expect(malformed?.problems.count == 2)
        #expect(malformed?.description.contains("JWT_JWKS_URL must be an http(s) URL") == true)
        #expect(malformed?.description.contains("JWT_SECRET must be at least 32 bytes") == true)
    }

    // MARK: helpers

    /// The lines a `JSONLogHandler` wrote.
    final class LogLines: Sendable {
        private let lines = Mutex<[[String: String]]>([])

        func append(_ line: Data) {
            let object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] ?? [:]
            lines.withLock { $0.append(object.compactMapValues { $0 as? String }) }
        }

        func count(level: String, containing text: String) -> Int {
            lines.withLock { $0.filter { $0["level"] == level && $0["message"]?.contains(text) == true }.count }
        }
    }

    func header(of token: String) throws -> [String: String] {
        var text = String(token.split(separator: ".")[0]).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.count % 4) % 4)
        let data = try #require(Data(base64Encoded: text))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).compactMapValues { $0 as? String }
    }

    func encodeHeader(_ fields: [String: String]) -> String {
        (try! JSONSerialization.data(withJSONObject: fields)).base64URL
    }
}

extension Data {
    fileprivate var base64URL: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
