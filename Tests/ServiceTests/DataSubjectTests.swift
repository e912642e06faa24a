import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import InnovationService
import InternationalisationService
import Logging
import NetworkingService
import PostgresDatabase
import ServerKit
import Testing
@testable import ContactsService
import TestSupport

/// Data-subject requests over real HTTP between real services: the export gathers every service's
/// records, an erasure anonymises here at once and reaches the others through the outbox, a
/// service that is down leaves its part pending with the attempt recorded, and the retention purge
/// anonymises whom the rules say.
///
/// contacts-service runs on a scratch schema here: an outbox worker of a running stack (`make run`)
/// serves every authority of the live schema and would deliver these tests' erasures first.
@Suite(.serialized) struct DataSubjectTests {
    let authority = UUID()

    func withScratchContacts(
        urls: [String: URL], _ body: (any ApplicationProtocol, ServiceRuntime<ContactsService>) async throws -> Void
    ) async throws {
        let schema = "contacts_dsr_\(UUID().uuidString.prefix(8).lowercased())"
        let admin = PostgresPool(configuration: TestEnvironment.admin(), logger: Logger(label: "test.admin"))
        try await admin.query("CREATE SCHEMA \(schema) AUTHORIZATION contacts_service")
        do {
            let (contacts, runtime) = try await TestEnvironment.application(ContactsService.self) {
                $0.database.schema = schema
                $0.serviceURLs = urls
            }
            try await runtime.pool.query(
                "INSERT INTO authorities (id, name, country, municipality_code, languages) VALUES ($1, 'Scratch authority', 'CZ', 'SCRATCH', '{cs}')",
                [authority], authority: authority
            )
            try await body(contacts, runtime)
            await runtime.pool.close()
        } catch {
            try await admin.query("DROP SCHEMA \(schema) CASCADE")
            await admin.close()
            throw error
        }
        try await admin.query("DROP SCHEMA \(schema) CASCADE")
        await admin.close()
    }

    func call(_ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, _ token: String, _ body: String? = nil)
        async throws -> TestResponse
    {
        try await client.execute(
            uri: uri, method: method, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: body.map { ByteBuffer(string: $0) }
        )
    }

    func field(_ response: TestResponse, _ name: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        return try #require(object?[name] as? String, "\(response.status) \(String(buffer: response.body))")
    }

    /// A contact person with a consent, created by the officer.
    func person(_ client: some TestClientProtocol, _ officer: String) async throws -> String {
        let organisation = try field(try await call(client, .post, "/v1/contacts/organisations", officer, #"{"kind":"company","legal_name":"Firma","country":"CZ"}"#), "id")
        let person = try field(try await call(
            client, .post, "/v1/contacts/organisations/\(organisation)/persons", officer,
            #"{"given_name":"Věra","family_name":"Svobodová","email":"vera@example.cz","phone":"+420 777 123 456"}"#
        ), "id")
        let consent = try await call(
            client, .post, "/v1/contacts/persons/\(person)/consents", officer,
            #"{"purpose":"partner_matching","action":"given","occurred_at":"2025-01-01T00:00:00Z","text_version":"v1","source":"paper_form"}"#
        )
        #expect(consent.status == .created)
        return person
    }

    @Test func theExportGathersEveryServiceAndAnErasureReachesThemThroughTheOutbox() async throws {
        let subject = "resident-\(UUID().uuidString.prefix(8))"
        let officer = try await TestEnvironment.token(authority: authority, roles: ["partnership_officer"], subject: "officer")
        let dpo = try await TestEnvironment.token(authority: authority, roles: ["data_protection_officer"], subject: "dpo")
        let resident = try await TestEnvironment.token(authority: authority, roles: ["resident", "partnership_officer"], subject: subject)
        let (internationalisation, _) = try await TestEnvironment.application(InternationalisationService.self, port: 0)
        let (networking, _) = try await TestEnvironment.application(NetworkingService.self, port: 0)
        let (innovation, _) = try await TestEnvironment.application(InnovationService.self, port: 0)
        try await internationalisation.test(.live) { intl in
            try await networking.test(.live) { net in
                try await innovation.test(.live) { inno in
                    // The person's own traces in two other services.
                    #expect(try await call(intl, .post, "/v1/internationalisation/partner-cities", resident, #"{"name":"Zittau","country":"DE"}"#).status == .created)
                    #expect(try await call(inno, .post, "/v1/innovation/ideas", resident, #"{"title":"Bike racks at the station","description":"x"}"#).status == .created)
                    let urls = [
                        "internationalisation-service": URL(string: "http://127.0.0.1:\(try #require(intl.port))")!,
                        "networking-service": URL(string: "http://127.0.0.1:\(try #require(net.port))")!,
                        "innovation-service": URL(string: "http://127.0.0.1:\(try #require(inno.port))")!,
                    ]
                    try await withScratchContacts(urls: urls) { contacts, runtime in try await contacts.test(.router) { client in
                        let person = try await person(client, officer)
                        let export = try await call(
                            client, .post, "/v1/contacts/data-subject-exports", dpo, #"{"person_id":"\#(person)","subjects":["\#(subject)"]}"#
                        )
                        #expect(export.status == .ok, "\(String(buffer: export.body))")
                        let document = try JSONDecoder().decode(Export.self, from: Data(buffer: export.body))
                        #expect(document.services.map(\.service) == ["contacts-service", "innovation-service", "internationalisation-service", "networking-service"])
                        let kinds = Set(document.services.flatMap { $0.records.map(\.kind) })
                        for kind in ["contact_person", "consent_event", "idea", "partner_city_recorded"] { #expect(kinds.contains(kind), "\(kind)") }
                        #expect(String(buffer: export.body).contains("vera@example.cz"))

                        let requested = try await call(
                            client, .post, "/v1/contacts/erasure-requests", dpo, #"{"person_id":"\#(person)","subjects":["\#(subject)"],"reason":"Art. 17 request by e-mail"}"#
                        )
                        #expect(requested.status == .accepted, "\(String(buffer: requested.body))")
                        let erasure = try field(requested, "id")
                        #expect(String(buffer: requested.body).contains(#""status":"pending""#))

                        // Erased here at once; the proof of consent stays.
                        let read = try await call(client, .get, "/v1/contacts/persons/\(person)", officer)
                        #expect(!String(buffer: read.body).contains("Svobodová") && !String(buffer: read.body).contains("vera@"))
                        #expect(String(buffer: read.body).contains(#""anonymised":true"#))
                        let consents = try await call(client, .get, "/v1/contacts/persons/\(person)/consents", officer)
                        #expect(String(buffer: consents.body).contains(#""text_version":"v1""#))

                        // The worker delivers to the three services.
                        let worker = try #require(contactsWorker(runtime: runtime, urls: urls))
                        await worker.deliverDue()
                        let done = try await call(client, .get, "/v1/contacts/erasure-requests/\(erasure)", dpo)
                        let status = try JSONDecoder().decode(Erasure.self, from: Data(buffer: done.body))
                        #expect(status.status == "completed", "\(String(buffer: done.body))")
                        #expect(status.services.count == 4 && status.services.allSatisfy { $0.status == "completed" })
                        #expect(status.services.first { $0.service == "innovation-service" }?.erased == 1)

                        let after = try await call(client, .post, "/v1/contacts/data-subject-exports", dpo, #"{"subjects":["\#(subject)"]}"#)
                        let remaining = try JSONDecoder().decode(Export.self, from: Data(buffer: after.body))
                        #expect(remaining.services.allSatisfy { $0.records.isEmpty }, "\(String(buffer: after.body))")
                    } }
                }
            }
        }
    }

    @Test func aServiceThatIsDownLeavesItsPartPendingWithTheAttemptRecorded() async throws {
        let officer = try await TestEnvironment.token(authority: authority, roles: ["partnership_officer"], subject: "officer")
        let admin = try await TestEnvironment.token(authority: authority, roles: ["authority_admin"], subject: "admin")
        // Nothing listens on port 9 of this machine.
        let down = URL(string: "http://127.0.0.1:9")!
        let urls = ["internationalisation-service": down, "networking-service": down, "innovation-service": down]
        try await withScratchContacts(urls: urls) { contacts, runtime in try await contacts.test(.router) { client in
            let person = try await person(client, officer)
            let requested = try await call(client, .post, "/v1/contacts/erasure-requests", admin, #"{"person_id":"\#(person)","subjects":["s-\#(UUID())"]}"#)
            let erasure = try field(requested, "id")
            await try #require(contactsWorker(runtime: runtime, urls: urls)).deliverDue()
            let status = try JSONDecoder().decode(Erasure.self, from: Data(buffer: try await call(client, .get, "/v1/contacts/erasure-requests/\(erasure)", admin).body))
            #expect(status.status == "pending")
            for service in status.services where service.service != "contacts-service" {
                #expect(service.status == "pending" && service.attempts == 1 && service.last_error == "not reachable", "\(service)")
            }
            // The list answers the same status per service as the single read.
            struct Page: Decodable { let items: [Erasure] }
            let listed = try JSONDecoder().decode(Page.self, from: Data(buffer: try await call(client, .get, "/v1/contacts/erasure-requests", admin).body))
            #expect(listed.items.count == 1)
            #expect(listed.items.first?.services.map(\.service) == status.services.map(\.service))
            #expect(listed.items.first?.services.map(\.attempts) == status.services.map(\.attempts))

            // A contact person who never signed in has nothing elsewhere: erased and complete at once.
            let contactOnly = try await self.person(client, officer)
            let immediate = try await call(client, .post, "/v1/contacts/erasure-requests", admin, #"{"person_id":"\#(contactOnly)","subjects":[]}"#)
            #expect(immediate.status == .accepted)
            #expect(try JSONDecoder().decode(Erasure.self, from: Data(buffer: immediate.body)).status == "completed")
            let nobody = try await call(client, .post, "/v1/contacts/erasure-requests", admin, #"{"subjects":[]}"#)
            #expect(nobody.status == .unprocessableContent)

            // Exports are all or nothing.
            let export = try await call(client, .post, "/v1/contacts/data-subject-exports", admin, #"{"subjects":["anyone"]}"#)
            #expect(export.status == .serviceUnavailable)
            #expect(export.headers[.retryAfter] != nil)
        } }
    }

    @Test func theRetentionPurgeAnonymisesOnlyWhomTheRulesSay() async throws {
        let officer = try await TestEnvironment.token(authority: authority, roles: ["partnership_officer"], subject: "officer")
        let dpo = try await TestEnvironment.token(authority: authority, roles: ["data_protection_officer"], subject: "dpo")
        let (contacts, runtime) = try await TestEnvironment.application(ContactsService.self)
        try await contacts.test(.router) { client in
            let organisation = try field(try await call(client, .post, "/v1/contacts/organisations", officer, #"{"kind":"company","legal_name":"Stará firma","country":"CZ"}"#), "id")
            var people: [String] = []
            for name in ["Dormant", "Recent"] {
                people.append(try field(try await call(
                    client, .post, "/v1/contacts/organisations/\(organisation)/persons", officer, #"{"given_name":"\#(name)","family_name":"Person"}"#
                ), "id"))
            }
            let consenting = try await person(client, officer)
            // Three years without activity for two of them; one of those consented.
            for id in [people[0], consenting] {
                _ = try await runtime.pool.query(
                    "UPDATE contact_persons SET last_activity_at = now() - interval '3 years', created_at = now() - interval '3 years' WHERE authority_id = $1 AND id = $2",
                    [authority, UUID(uuidString: id)!], authority: authority
                )
            }
            let run = try await call(client, .post, "/v1/contacts/retention-runs", dpo)
            #expect(run.status == .created)
            let body = String(buffer: run.body)
            #expect(body.contains(#""examined":2"#) && body.contains(#""anonymised":1"#), "\(body)")
            let dormant = try await call(client, .get, "/v1/contacts/persons/\(people[0])", officer)
            #expect(String(buffer: dormant.body).contains(#""anonymised":true"#))
            for id in [people[1], consenting] {
                #expect(String(buffer: try await call(client, .get, "/v1/contacts/persons/\(id)", officer).body).contains(#""anonymised":false"#))
            }
            let runs = try await call(client, .get, "/v1/contacts/retention-runs", dpo)
            #expect(String(buffer: runs.body).contains(#""trigger":"manual""#))
        }
    }

    func contactsWorker(runtime: ServiceRuntime<ContactsService>, urls: [String: URL]) -> ErasureOutboxWorker? {
        ErasureOutboxWorker(
            store: PostgresDataSubjectStore(pool: runtime.pool),
            caller: ServiceCaller(peers: runtime.peers, tokens: runtime.tokens, urls: urls),
            interval: .seconds(60), retryMax: .seconds(60), logger: Logger(label: "test.outbox")
        )
    }

    struct Export: Decodable {
        struct Section: Decodable {
            struct Record: Decodable {
                let kind: String
            }
            let service: String
            let records: [Record]
        }
        let services: [Section]
    }

    struct Erasure: Decodable {
        struct Service: Decodable {
            let service: String
            let status: String
            let attempts: Int
            let erased: Int?
            let last_error: String?
        }
        let status: String
        let services: [Service]
    }
}
