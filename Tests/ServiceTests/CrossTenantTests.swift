import ContactsService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import InnovationService
import InternationalisationService
import NetworkingService
import ServerKit
import Testing
import TestSupport

/// Every operation of openapi.yaml that names an object in its path answers 404 to another
/// authority, with every role allowed to call it, and never shows the object's data.
@Suite struct CrossTenantTests {
    /// How to create, as the owning authority, the object a path parameter names: the service, the
    /// creating request and the field of the answer that holds the id.
    static let creators: [String: (tag: String, uri: String, body: String, idField: String)] = [
        "organisationId": ("contacts", "/v1/contacts/organisations", #"{"kind":"sme","legal_name":"Tajná firma s.r.o.","country":"CZ"}"#, "id"),
        "clientId": ("contacts", "/v1/contacts/clients", #"{"name":"Tajná komora","roles":["feed_consumer"]}"#, "client_id"),
        "partnerCityId": ("internationalisation", "/v1/internationalisation/partner-cities", #"{"name":"Tajné Město","country":"DE"}"#, "id"),
        "meetingId": ("networking", "/v1/networking/meetings",
                      #"{"title":"Tajná schůzka","topic":"Export","starts_at":"2027-02-01T10:00:00Z","ends_at":"2027-02-01T12:00:00Z","capacity":10}"#, "id"),
        "challengeId": ("innovation", "/v1/innovation/challenges", #"{"title":"Tajná výzva","description":"Secret"}"#, "id"),
        "ideaId": ("innovation", "/v1/innovation/ideas", #"{"title":"Tajný nápad","description":"Secret"}"#, "id"),
        "erasureId": ("contacts", "/v1/contacts/erasure-requests", #"{"subjects":["tajny-subjekt"],"reason":"Tajný důvod"}"#, "id"),
        // Made in the organisation created for {organisationId}.
        "personId": ("contacts", "/v1/contacts/organisations/{organisationId}/persons", #"{"given_name":"Tajný","family_name":"Kontakt"}"#, "id"),
    ]

    /// The chain that makes an agreement, an access request, a grant and a follow-up: an SME and a
    /// partner with a consenting contact person, an active auto-approving agreement, the SME's
    /// request (approved by the agreement) and its reveal.
    static func sharedContact(
        owner: UUID,
        call: (String, String, HTTPRequest.Method, String, String?, Bool) async throws -> TestResponse
    ) async throws -> [String: String] {
        let officer = try await TestEnvironment.token(authority: owner, roles: ["partnership_officer"], subject: "owner-officer")
        func id(_ response: TestResponse, _ field: String = "id") throws -> String {
            let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            return try #require(object?[field] as? String, "\(response.status) \(String(buffer: response.body))")
        }
        let sme = try id(try await call("contacts", "/v1/contacts/organisations", .post, officer, #"{"kind":"sme","legal_name":"Tajné SME","country":"CZ"}"#, false))
        let partner = try id(try await call("contacts", "/v1/contacts/organisations", .post, officer, #"{"kind":"company","legal_name":"Tajný partner","country":"DE"}"#, false))
        let person = try id(try await call(
            "contacts", "/v1/contacts/organisations/\(partner)/persons", .post, officer, #"{"given_name":"Tajná","family_name":"Osoba"}"#, false
        ))
        _ = try await call(
            "contacts", "/v1/contacts/persons/\(person)/consents", .post, officer,
            #"{"purpose":"partner_matching","action":"given","occurred_at":"2025-01-01T00:00:00Z","text_version":"v1","source":"web_form"}"#, false
        )
        let agreement = try id(try await call(
            "contacts", "/v1/contacts/agreements", .post, officer,
            #"{"sme_organisation_id":"\#(sme)","access_model":"long_term","authority_role":"facilitator","responsible_officer":"Tajný úředník","auto_approve":true}"#, false
        ))
        _ = try await call("contacts", "/v1/contacts/agreements/\(agreement)/transitions", .post, officer, #"{"to":"active"}"#, true)
        let smeToken = try await TestEnvironment.token(authority: owner, roles: ["sme"], subject: "owner-sme", organisation: UUID(uuidString: sme))
        let request = try await call(
            "contacts", "/v1/contacts/access-requests", .post, smeToken,
            #"{"agreement_id":"\#(agreement)","person_id":"\#(person)","reason":"Tajný důvod","intended_cooperation":"Tajná spolupráce"}"#, false
        )
        let grant = try id(request, "grant_id")
        let followUp = try id(try await call("contacts", "/v1/contacts/grants/\(grant)/reveal", .post, smeToken, nil, false), "follow_up_id")
        let neighbour = UUID()
        try await TestAuthorities.shared.register(neighbour)
        let admin = try await TestEnvironment.token(authority: owner, roles: ["authority_admin"], subject: "owner-admin")
        let sharing = try id(try await call(
            "contacts", "/v1/contacts/sharing-agreements", .post, admin,
            #"{"neighbour_authority_id":"\#(neighbour)","sectors":["C"],"organisation_ids":["\#(partner)"],"note":"Tajné"}"#, false
        ))
        return [
            "sharingId": sharing, Self.neighbourKey: neighbour.uuidString.lowercased(),
            "organisationId": partner, "personId": person, "agreementId": agreement, "requestId": try id(request), "grantId": grant,
            "followUpId": followUp,
        ]
    }

    /// Operations that read another authority's objects through a sharing agreement: the stranger
    /// names the owner in `from_authority`, and the one who reaches the object is the neighbour the
    /// agreement shares it with, not the owner.
    static let sharedReads: Set<String> = ["listSharedContactPersons"]
    /// Where `sharedContact` answers the neighbour's authority (not a path parameter).
    static let neighbourKey = "neighbourAuthority"

    static func parameter(of path: String) -> String? {
        path.split(separator: "/").first { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
    }

    @Test func objectsOfAnotherAuthorityAreNotFound() async throws {
        let owner = UUID()
        let stranger = UUID()
        let ownerToken = try await TestEnvironment.token(authority: owner, subject: "owner")
        let strangerToken = try await TestEnvironment.token(authority: stranger, subject: "stranger", organisation: UUID())
        let (contacts, _) = try await TestEnvironment.application(ContactsService.self)
        let (internationalisation, _) = try await TestEnvironment.application(InternationalisationService.self)
        let (networking, _) = try await TestEnvironment.application(NetworkingService.self)
        let (innovation, _) = try await TestEnvironment.application(InnovationService.self)

        func call(_ tag: String, _ uri: String, _ method: HTTPRequest.Method, token: String, body: String?, ifMatch: Bool = false) async throws
            -> TestResponse
        {
            var fields: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
            if ifMatch { fields[.ifMatch] = "*" }
            let headers = fields
            let buffer = body.map { ByteBuffer(string: $0) }
            switch tag {
            case "contacts": return try await contacts.test(.router) { try await $0.execute(uri: uri, method: method, headers: headers, body: buffer) }
            case "internationalisation":
                return try await internationalisation.test(.router) { try await $0.execute(uri: uri, method: method, headers: headers, body: buffer) }
            case "networking": return try await networking.test(.router) { try await $0.execute(uri: uri, method: method, headers: headers, body: buffer) }
            default: return try await innovation.test(.router) { try await $0.execute(uri: uri, method: method, headers: headers, body: buffer) }
            }
        }

        let operations = try SpecOperation.all().filter { $0.path.contains("{") }
        #expect(operations.count >= 10)
        var ids = try await Self.sharedContact(owner: owner) { tag, uri, method, token, body, ifMatch in
            try await call(tag, uri, method, token: token, body: body, ifMatch: ifMatch)
        }
        for operation in operations {
            let parameter = try #require(Self.parameter(of: operation.path), "\(operation.path)")
            if ids[parameter] == nil {
                let creator = try #require(Self.creators[parameter], "no way to create the object of {\(parameter)}: add one to CrossTenantTests")
                var creatorURI = creator.uri
                if creatorURI.contains("{organisationId}") {
                    if ids["organisationId"] == nil {
                        let organisation = try #require(Self.creators["organisationId"])
                        let created = try await call(organisation.tag, organisation.uri, .post, token: ownerToken, body: organisation.body)
                        let object = try JSONSerialization.jsonObject(with: Data(buffer: created.body)) as? [String: Any]
                        ids["organisationId"] = try #require(object?["id"] as? String)
                    }
                    creatorURI = creatorURI.replacingOccurrences(of: "{organisationId}", with: try #require(ids["organisationId"]))
                }
                let created = try await call(creator.tag, creatorURI, .post, token: ownerToken, body: creator.body)
                #expect(created.status == .created || created.status == .accepted, "creating {\(parameter)}: \(created.status) \(String(buffer: created.body))")
                let object = try JSONSerialization.jsonObject(with: Data(buffer: created.body)) as? [String: Any]
                ids[parameter] = try #require(object?[creator.idField] as? String)
            }
            let id = try #require(ids[parameter])
            let sharedRead = Self.sharedReads.contains(operation.operationID)
            let uri = operation.path.replacingOccurrences(of: "{\(parameter)}", with: id) + (sharedRead ? "?from_authority=\(owner)" : "")
            let method = try #require(HTTPRequest.Method(operation.method))
            let body: String? =
                switch (operation.method, operation.operationID) {
                case (_, "registerForMeeting"): #"{"organisation_id":"\#(UUID().uuidString)"}"#
                case (_, "createContactPerson"): #"{"given_name":"Cizí","family_name":"Osoba"}"#
                case (_, "transitionAgreement"): #"{"to":"suspended"}"#
                case (_, "decideAccessRequest"): #"{"decision":"approve"}"#
                case (_, "addFollowUpEntry"): #"{"text":"Tajná poznámka"}"#
                case (_, "recordConsentEvent"):
                    #"{"purpose":"partner_matching","action":"given","occurred_at":"2025-01-01T00:00:00Z","text_version":"v1","source":"web_form"}"#
                case ("PATCH", _): "{}"
                default: nil
                }
            let response = try await call(operation.tag, uri, method, token: strangerToken, body: body, ifMatch: operation.method == "PATCH" || operation.operationID == "transitionAgreement")
            #expect(response.status == .notFound, "\(operation.operationID) on another authority's object: \(response.status)")
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(!String(buffer: response.body).contains("Tajn"), "\(operation.operationID) leaked the object's data")
            // The owner (for a shared read: the neighbour) still reaches it, so the 404 above is about
            // the authority, not a bad path.
            if operation.method == "GET" {
                var reacher = ownerToken
                if sharedRead {
                    let neighbour = try #require(ids[Self.neighbourKey].flatMap(UUID.init(uuidString:)))
                    reacher = try await TestEnvironment.token(authority: neighbour, subject: "neighbour")
                }
                let own = try await call(operation.tag, uri, method, token: reacher, body: nil)
                #expect(own.status == .ok, "\(operation.operationID) for its owner: \(own.status)")
            }
        }
    }
}
