import Foundation
import ServerKit
import Testing

/// Bearer token rules: signature, algorithm, times, issuer, audience, claims.
@Suite struct TokenVerifierTests {
    let configuration = JWTConfiguration(
        secret: "a-test-secret-that-is-long-enough-for-hs256", issuer: "civiclink-local", audience: "civiclink", serviceName: "contacts-service"
    )
    let authority = UUID()

    @Test func aValidTokenGivesTheCaller() async throws {
        let verifier = await TokenVerifier(configuration: configuration)
        let organisation = UUID()
        let token = try await verifier.sign(subject: "officer-1", authority: authority, organisation: organisation, roles: ["partnership_officer"])
        let identity = try await verifier.verify(token)
        #expect(identity == Identity(subject: "officer-1", authorityID: authority, organisationID: organisation, roles: ["partnership_officer"]))
    }

    @Test func expiredTokensAreRefusedBeyondTheLeeway() async throws {
        let verifier = await TokenVerifier(configuration: configuration)
        let token = try await verifier.sign(subject: "u", authority: authority, roles: [], expiresIn: -120)
        await #expect(throws: TokenVerifier.Failure.expired) { try await verifier.verify(token) }
        let withinLeeway = try await verifier.sign(subject: "u", authority: authority, roles: [], expiresIn: -5)
        _ = try await verifier.verify(withinLeeway)
    }

    @Test func wrongIssuerAndAudienceAreRefused() async throws {
        let verifier = await TokenVerifier(configuration: configuration)
        let issuer = try await verifier.sign(subject: "u", authority: authority, roles: [], issuer: "someone-else")
        await #expect(throws: TokenVerifier.Failure.wrongIssuer) { try await verifier.verify(issuer) }
        let audience = try await verifier.sign(subject: "u", authority: authority, roles: [], audience: "another-api")
        await #expect(throws: TokenVerifier.Failure.wrongAudience) { try await verifier.verify(audience) }
    }

    @Test func serviceTokensAreAcceptedOnlyByTheirAudience() async throws {
        let caller = await TokenVerifier(configuration: JWTConfiguration(
            secret: configuration.secret, issuer: configuration.issuer, audience: configuration.audience, serviceName: "networking-service"))
        let token = try await caller.serviceToken(audience: "contacts-service", authority: authority)
        let contacts = await TokenVerifier(configuration: configuration)
        let identity = try await contacts.verify(token)
        #expect(identity.roles == ["service"])
        #expect(identity.subject == "service:networking-service")
        #expect(identity.authorityID == authority)
        let innovation = await TokenVerifier(configuration: JWTConfiguration(
            secret: configuration.secret, issuer: configuration.issuer, audience: configuration.audience, serviceName: "innovation-service"))
        await #expect(throws: TokenVerifier.Failure.wrongAudience) { try await innovation.verify(token) }
    }

    @Test func unsignedAndWronglySignedTokensAreRefused() async throws {
        let verifier = await TokenVerifier(configuration: configuration)
        let token = try await verifier.sign(subject: "u", authority: authority, roles: ["authority_admin"])
        let parts = token.split(separator: ".").map(String.init)
        // alg: none with the same claims and an empty signature.
        let noneHeader = Data(#"{"alg":"none","typ":"JWT"}"#.utf8).base64EncodedString()
            .replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await verifier.verify("\(noneHeader).\(parts[1]).") }
        // Signed with another secret.
        let other = await TokenVerifier(configuration: JWTConfiguration(
            secret: "another-secret-that-is-also-long-enough!!", issuer: configuration.issuer, audience: configuration.audience,
            serviceName: "x"))
        let forged = try await other.sign(subject: "u", authority: authority, roles: ["authority_admin"])
        await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await verifier.verify(forged) }
        // A changed payload breaks the signature.
        await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await verifier.verify("\(parts[0]).\(parts[1])x.\(parts[2])") }
        await #expect(throws: TokenVerifier.Failure.malformedOrBadSignature) { try await verifier.verify("not-a-jwt") }
    }
}
