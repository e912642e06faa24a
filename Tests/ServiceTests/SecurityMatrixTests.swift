import ContactsService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import InnovationService
import InternationalisationService
import NetworkingService
import ServerKit
import Shared
import Testing
import TestSupport

/// The role x operation matrix: docs/security.md, the services' policies and what the running
/// routers answer must agree, for every operation of openapi.yaml and every role.
@Suite struct SecurityMatrixTests {
    static let policies: [String: OperationPolicy] = [
        "contacts": ContactsService.policy, "internationalisation": InternationalisationService.policy,
        "networking": NetworkingService.policy, "innovation": InnovationService.policy,
    ]

    /// operationId -> roles marked ✓ in docs/security.md.
    static func documentedMatrix() throws -> [String: Set<Role>] {
        let text = try String(contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent("docs/security.md"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("| operation |") }) else { return [:] }
        let roles = lines[header].split(separator: "|").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        var matrix: [String: Set<Role>] = [:]
        for line in lines[(header + 2)...] {
            guard line.hasPrefix("|") else { break }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let operation = cells.first else { continue }
            var allowed = Set<Role>()
            for (index, cell) in cells.dropFirst().enumerated() where cell == "✓" {
                if index < roles.count, let role = Role(rawValue: roles[index]) { allowed.insert(role) }
            }
            matrix[operation] = allowed
        }
        return matrix
    }

    @Test func theDocumentedMatrixIsTheEnforcedOne() throws {
        let operations = try SpecOperation.all()
        #expect(operations.count >= 21)
        let documented = try Self.documentedMatrix()
        #expect(Set(documented.keys) == Set(operations.map(\.operationID)), "docs/security.md lists exactly the operations of openapi.yaml")
        for operation in operations {
            let policy = try #require(Self.policies[operation.tag], "no policy for tag \(operation.tag)")
            if policy.isPublic(operation.operationID) {
                // A public operation has no ✓ (no role is needed) and is exempt from the bearer check.
                #expect(documented[operation.operationID] == [], "\(operation.operationID) is public: its row has no ✓")
                #expect(AuthenticationMiddleware<CivicRequestContext>.publicOperations.contains(.init(method: operation.method, path: operation.path)),
                        "\(operation.operationID) is public in the policy but AuthenticationMiddleware still requires a token")
            } else {
                #expect(policy.allowedRoles[operation.operationID] == documented[operation.operationID],
                        "\(operation.operationID): the policy and docs/security.md differ")
            }
        }
        for (tag, policy) in Self.policies {
            let own = Set(operations.filter { $0.tag == tag }.map(\.operationID))
            #expect(Set(policy.allowedRoles.keys).union(policy.publicOperations) == own, "\(tag)'s policy names operations it does not serve")
        }
        // Every exemption from the bearer check is a public operation of openapi.yaml, and nothing more.
        let publicOperations = operations.filter { Self.policies[$0.tag]?.isPublic($0.operationID) == true }
        #expect(Set(publicOperations.map { AuthenticationMiddleware<CivicRequestContext>.PublicOperation(method: $0.method, path: $0.path) })
                == AuthenticationMiddleware<CivicRequestContext>.publicOperations)
    }

    @Test func everyOperationAnswersByTheMatrix() async throws {
        let operations = try SpecOperation.all()
        let authority = UUID()
        try await TestAuthorities.shared.register(authority)
        let verifier = await TokenVerifier(configuration: TestEnvironment.jwt)
        let (contacts, _) = try await TestEnvironment.application(ContactsService.self)
        let (internationalisation, _) = try await TestEnvironment.application(InternationalisationService.self)
        let (networking, _) = try await TestEnvironment.application(NetworkingService.self)
        let (innovation, _) = try await TestEnvironment.application(InnovationService.self)

        // Tokens that must all be refused with 401, whatever the operation.
        let expired = try await verifier.sign(subject: "s", authority: authority, roles: ["authority_admin"], expiresIn: -3600)
        let wrongAudience = try await verifier.sign(subject: "s", authority: authority, roles: ["authority_admin"], audience: "elsewhere")
        let wrongIssuer = try await verifier.sign(subject: "s", authority: authority, roles: ["authority_admin"], issuer: "evil")
        let good = try await verifier.sign(subject: "s", authority: authority, roles: ["authority_admin"])
        let parts = good.split(separator: ".").map(String.init)
        let noneHeader = Data(#"{"alg":"none","typ":"JWT"}"#.utf8).base64EncodedString()
            .replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        let forger = await TokenVerifier(configuration: JWTConfiguration(
            secret: "not-the-secret-but-long-enough-to-sign-with", issuer: TestEnvironment.jwt.issuer,
            audience: TestEnvironment.jwt.audience, serviceName: "x"))
        let forged = try await forger.sign(subject: "s", authority: authority, roles: ["authority_admin"])
        let refused: [(String, String?)] = [
            ("no token", nil), ("expired", expired), ("wrong audience", wrongAudience), ("wrong issuer", wrongIssuer),
            ("alg none", "\(noneHeader).\(parts[1])."), ("wrong signature", forged),
        ]
        var tokensByRole: [Role: String] = [:]
        for role in Role.allCases {
            // An SME's token names the organisation it acts for, as the identity provider issues them.
            tokensByRole[role] = try await verifier.sign(
                subject: "matrix-\(role.rawValue)", authority: authority, organisation: role == .sme ? UUID() : nil, roles: [role.rawValue]
            )
        }

        func call(_ operation: SpecOperation, token: String?) async throws -> TestResponse {
            var fields: HTTPFields = [.contentType: "application/json"]
            if let token { fields[.authorization] = "Bearer \(token)" }
            let headers = fields
            let method = HTTPRequest.Method(operation.method)!
            let body: ByteBuffer? = method == .get ? nil : ByteBuffer(string: "{}")
            let uri = operation.samplePath
            switch operation.tag {
            case "contacts": return try await contacts.test(.router) { try await $0.execute(uri: uri, method: method, headers: headers, body: body) }
            case "internationalisation":
                return try await internationalisation.test(.router) { try await $0.execute(uri: uri, method: method, headers: headers, body: body) }
            case "networking": return try await networking.test(.router) { try await $0.execute(uri: uri, method: method, headers: headers, body: body) }
            default: return try await innovation.test(.router) { try await $0.execute(uri: uri, method: method, headers: headers, body: body) }
            }
        }

        for operation in operations {
            let policy = try #require(Self.policies[operation.tag])
            if policy.isPublic(operation.operationID) {
                // Public: answered without a token, and no token (good, bad or none) nor role is refused
                // by authentication or authorization (the operation checks its own credentials).
                for (label, token) in refused + tokensByRole.map({ ($0.key.rawValue, Optional($0.value)) }) {
                    let response = try await call(operation, token: token)
                    #expect(response.status != .unauthorized && response.status != .forbidden,
                            "\(operation.operationID) is public; with \(label) it answered \(response.status)")
                }
                continue
            }
            for (label, token) in refused {
                let response = try await call(operation, token: token)
                #expect(response.status == .unauthorized, "\(operation.operationID) with \(label): \(response.status)")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            for role in Role.allCases {
                let response = try await call(operation, token: tokensByRole[role])
                if policy.allowedRoles[operation.operationID]?.contains(role) == true {
                    #expect(response.status != .forbidden && response.status != .unauthorized,
                            "\(operation.operationID) as \(role.rawValue) should pass authorization, got \(response.status)")
                } else {
                    #expect(response.status == .forbidden, "\(operation.operationID) as \(role.rawValue) should be 403, got \(response.status)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                }
            }
        }
    }
}
