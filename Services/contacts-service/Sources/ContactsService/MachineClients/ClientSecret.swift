import Crypto
import Foundation

/// Client secrets of machine clients: made, hashed and checked here, stored nowhere in clear.
///
/// A secret is 32 bytes from the system's cryptographically secure generator, base64url without
/// padding. Only `SHA-256(salt || secret)` is stored, with a random 16-byte salt per client.
///
/// Why SHA-256 and not a slow password hash (bcrypt, scrypt, Argon2): slow hashes exist because
/// human passwords are guessable, so each guess must be made expensive. A 256-bit random secret
/// cannot be guessed: even at 10^12 hashes per second, a stolen table would take ~10^57 years per
/// secret. A fast hash loses nothing and keeps the token endpoint cheap (a slow hash there would
/// be an invitation to exhaust the CPU). The salt makes equal secrets (there are none, but tests
/// and mistakes copy things) hash differently and rules out precomputed tables.
struct ClientSecret: Sendable {
    /// The secret as given to the client.
    let text: String

    /// A new random secret.
    static func generate() -> ClientSecret {
        var generator = SystemRandomNumberGenerator()  // getrandom(2) on Linux, arc4random on Darwin: a CSPRNG
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return ClientSecret(text: Self.base64URL(Data(bytes)))
    }

    /// A new random salt, hex.
    static func generateSalt() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// `SHA-256(salt || secret)`, hex.
    static func hash(_ secret: String, salt: String) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(salt.utf8))
        hasher.update(data: Data(secret.utf8))
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// True when `secret` hashes to `storedHash`. The comparison looks at every byte whatever
    /// differs first, so the time it takes tells nothing about how much of the hash matched.
    static func matches(_ secret: String, salt: String, storedHash: String) -> Bool {
        let computed = Array(hash(secret, salt: salt).utf8)
        let stored = Array(storedHash.utf8)
        guard computed.count == stored.count else { return false }
        var difference: UInt8 = 0
        for index in computed.indices { difference |= computed[index] ^ stored[index] }
        return difference == 0
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
