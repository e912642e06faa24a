import CurlHTTPClient
import Foundation
import JWTKit
import Logging

/// The verification keys of an external identity provider, read from its JWKS document (RFC 7517).
///
/// Only RS256 (`kty: RSA`, 2048 bits or more) and EdDSA (`kty: OKP`, `crv: Ed25519`) keys with a `kid` are
/// taken; others are skipped. Each key keeps its algorithm, and a token is verified only with the key of its
/// `kid` *and* its header `alg`, so a token cannot pick another algorithm for a key.
///
/// Fetching: once in the background when created; again when a token names an unknown `kid` (key rotation)
/// or when the copy is older than `maxAge` (in the background, the cached keys serve meanwhile). All fetches
/// together happen at most once per `minRefreshInterval`, failed ones included, and concurrent callers share
/// the one in flight, so a flood of tokens with random `kid`s costs the provider at most one request per
/// interval. A failed fetch is logged as a warning and keeps the keys of the last good one.
actor JWKSKeySource {
    struct KeyID: Hashable {
        let kid: String
        let algorithm: String
    }

    let url: URL
    private let client: CurlHTTPClient
    private let minRefreshInterval: Duration
    private let maxAge: Duration
    private let logger: Logger
    private let clock = ContinuousClock()

    /// One single-key collection per key: jwt-kit's collection falls back to its default key for an unknown
    /// `kid`, so the key is chosen here and the collection only checks the signature.
    private var keys: [KeyID: JWTKeyCollection] = [:]
    private var knownKIDs: Set<String> = []
    private var loadedAt: ContinuousClock.Instant?
    private var lastAttempt: ContinuousClock.Instant?
    private var inFlight: Task<Void, Never>?

    init(url: URL, client: CurlHTTPClient, minRefreshInterval: TimeInterval, maxAge: TimeInterval, logger: Logger) {
        self.url = url
        self.client = client
        self.minRefreshInterval = .seconds(max(0, minRefreshInterval))
        self.maxAge = .seconds(max(0, maxAge))
        self.logger = logger
    }

    /// Starts the first fetch without waiting for it, so the keys are usually there before the first token.
    func prefetch() {
        _ = startRefreshIfAllowed()
    }

    /// The key that verifies tokens with this `kid` and header `alg`, or `nil` (the token is then refused).
    /// An unknown `kid` waits for a refetch when one is allowed (or already running).
    func key(kid: String, algorithm: String) async -> JWTKeyCollection? {
        if let loadedAt, clock.now - loadedAt >= maxAge {
            _ = startRefreshIfAllowed()
        }
        let id = KeyID(kid: kid, algorithm: algorithm)
        if let key = keys[id] { return key }
        if knownKIDs.contains(kid) {
            logger.debug("token refused: its alg does not match the algorithm of its JWKS key", metadata: ["alg": "\(algorithm)"])
            return nil
        }
        // An unknown kid: the provider may have rotated its keys.
        if inFlight == nil, !startRefreshIfAllowed() {
            logger.debug("token refused: unknown kid, JWKS fetched less than \(minRefreshInterval) ago")
            return nil
        }
        if let inFlight { await inFlight.value }
        return keys[id]
    }

    /// Starts a fetch unless one ran less than `minRefreshInterval` ago.
    /// - Returns: whether a fetch is now in flight.
    private func startRefreshIfAllowed() -> Bool {
        if inFlight != nil { return true }
        let now = clock.now
        if let lastAttempt, now - lastAttempt < minRefreshInterval { return false }
        lastAttempt = now
        inFlight = Task { await self.refresh() }
        return true
    }

    private func refresh() async {
        defer { inFlight = nil }
        do {
            let response = try await client.send(CurlRequest(method: "GET", url: url.absoluteString, headers: [("Accept", "application/json")]))
            guard response.status == 200 else { throw JWKSError(reason: "HTTP status \(response.status)") }
            let loaded = try await Self.usableKeys(in: response.body, logger: logger)
            keys = loaded
            knownKIDs = Set(loaded.keys.map(\.kid))
            loadedAt = clock.now
            logger.info("JWKS loaded", metadata: ["jwks_url": "\(url.absoluteString)", "keys": "\(loaded.count)"])
        } catch {
            logger.warning(
                "JWKS fetch failed; tokens of the identity provider are verified with the keys of the last good fetch, if any",
                metadata: ["jwks_url": "\(url.absoluteString)", "error": "\(error)", "cached_keys": "\(keys.count)"]
            )
        }
    }

    struct JWKSError: Error, CustomStringConvertible {
        let reason: String
        var description: String { reason }
    }

    /// The usable keys of a JWKS document.
    /// - Throws: `JWKSError` when the document is not a JWKS or holds no usable key (the old keys then stay).
    static func usableKeys(in body: [UInt8], logger: Logger) async throws -> [KeyID: JWTKeyCollection] {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(body))
        } catch {
            throw JWKSError(reason: "not a JWKS document: \(error)")
        }
        var keys: [KeyID: JWTKeyCollection] = [:]
        for entry in document.keys {
            do {
                guard let (id, collection) = try await key(from: entry) else {
                    logger.debug("JWKS key skipped: not an RS256 or EdDSA signing key with a kid", metadata: ["kid": "\(entry.kid ?? "-")"])
                    continue
                }
                keys[id] = collection
            } catch {
                logger.warning("JWKS key skipped: invalid", metadata: ["kid": "\(entry.kid ?? "-")", "error": "\(error)"])
            }
        }
        guard !keys.isEmpty else { throw JWKSError(reason: "the JWKS holds no usable RS256 or EdDSA key") }
        return keys
    }

    /// The key of one JWK, or `nil` when it is not one CivicLink accepts. Only public parts are read.
    private static func key(from entry: Document.Key) async throws -> (KeyID, JWTKeyCollection)? {
        guard let kid = entry.kid, !kid.isEmpty else { return nil }
        if let use = entry.use, use != "sig" { return nil }
        if let operations = entry.keyOperations, !operations.contains("verify") { return nil }
        let collection = JWTKeyCollection()
        switch entry.kty {
        case "RSA":
            guard entry.alg == nil || entry.alg == "RS256", let modulus = entry.n, let exponent = entry.e else { return nil }
            // Refuses keys under 2048 bits.
            let key = try Insecure.RSA.PublicKey(modulus: modulus, exponent: exponent)
            await collection.add(rsa: key, digestAlgorithm: .sha256)
            return (KeyID(kid: kid, algorithm: "RS256"), collection)
        case "OKP":
            guard entry.alg == nil || entry.alg == "EdDSA", entry.crv == "Ed25519", let x = entry.x else { return nil }
            let key = try EdDSA.PublicKey(x: x, curve: .ed25519)
            await collection.add(eddsa: key)
            return (KeyID(kid: kid, algorithm: "EdDSA"), collection)
        default:
            return nil
        }
    }

    /// A JWKS document; a key with fields of unexpected types is read as far as possible and then skipped,
    /// so one odd key does not hide the others.
    struct Document: Decodable {
        let keys: [Key]

        struct Key: Decodable {
            var kty: String?
            var kid: String?
            var alg: String?
            var use: String?
            var keyOperations: [String]?
            var n: String?
            var e: String?
            var crv: String?
            var x: String?

            enum CodingKeys: String, CodingKey {
                case kty, kid, alg, use, n, e, crv, x
                case keyOperations = "key_ops"
            }

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                kty = try? container.decodeIfPresent(String.self, forKey: .kty)
                kid = try? container.decodeIfPresent(String.self, forKey: .kid)
                alg = try? container.decodeIfPresent(String.self, forKey: .alg)
                use = try? container.decodeIfPresent(String.self, forKey: .use)
                keyOperations = try? container.decodeIfPresent([String].self, forKey: .keyOperations)
                n = try? container.decodeIfPresent(String.self, forKey: .n)
                e = try? container.decodeIfPresent(String.self, forKey: .e)
                crv = try? container.decodeIfPresent(String.self, forKey: .crv)
                x = try? container.decodeIfPresent(String.self, forKey: .x)
            }
        }
    }
}

extension JWKSKeySource {
    /// The client used when the caller passes none. A static, never released: a `CurlHTTPClient` must be shut
    /// down before it is released, and this one lives as long as the process.
    static let defaultClient = CurlHTTPClient(
        configuration: CurlClientConfiguration(
            connectTimeout: .seconds(2), totalTimeout: .seconds(5), maxRetries: 1, maxConcurrentTransfers: 1, maxResponseBytes: 512 * 1024
        ),
        logger: Logger(label: "civiclink.jwks")
    )
}
