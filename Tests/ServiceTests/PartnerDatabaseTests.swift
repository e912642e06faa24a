import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresDatabase
import ServerKit
import Testing
@testable import ContactsService
import TestSupport

/// The partner database: sectors and the EU size definition, filters and search over sectors and
/// positions, contact persons redacted by the GDPR rules, consent history, the access log, the
/// records of processing and the all-or-nothing CSV import.
@Suite struct PartnerDatabaseTests {
    let authority = UUID()

    func headers(_ token: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        fields.append(contentsOf: extra)
        return fields
    }

    func object(_ response: TestResponse) throws -> [String: JSONValue] {
        try JSONDecoder().decode([String: JSONValue].self, from: Data(buffer: response.body))
    }

    func officer() async throws -> String { try await TestEnvironment.token(authority: authority, roles: ["partnership_officer"], subject: "officer-1") }

    @Test func sectorsFiguresFiltersAndSearch() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await officer()
        try await app.test(.router) { client in
            let created = try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"kind":"sme","legal_name":"Zámečnictví Hrádek s.r.o.","country":"CZ","languages":["cs","de"],"sectors":["25.62"],"staff_headcount":12,"annual_turnover_eur":1500000,"partner_role":"supplier"}"#)
            )
            #expect(created.status == .created, "\(String(buffer: created.body))")
            let organisation = try object(created)
            #expect(organisation["size_class"]?.string == "small")
            #expect(String(buffer: created.body).contains(#""is_partner":true"#))
            let id = try #require(organisation["id"]?.string)
            _ = try await client.execute(
                uri: "/v1/contacts/organisations/\(id)/persons", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"given_name":"Jana","family_name":"Nováková","position":"Vedoucí exportu","email":"jana@example.cz"}"#)
            )
            let other = try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"kind":"company","legal_name":"Pekárna Liberec","country":"PL","sectors":["10.71"]}"#)
            )
            #expect(other.status == .created)

            for (query, expected) in [
                ("sector=C", true), ("sector=25", true), ("sector=25.6", true), ("sector=10", false), ("country=CZ", true),
                ("country=PL", false), ("language=de", true), ("language=pl", false), ("kind=sme", true), ("size_class=small", true),
                ("size_class=micro", false), ("q=locks", true), ("q=vedouci%20exportu", true), ("q=zamecnictvi", true),
            ] {
                let page = try await client.execute(uri: "/v1/contacts/organisations?\(query)&limit=100", method: .get, headers: headers(token))
                #expect(page.status == .ok, "\(query)")
                #expect(String(buffer: page.body).contains(id) == expected, "\(query)")
                #expect(!String(buffer: page.body).contains("jana@example.cz"), "search answers organisations only")
            }

            let invalid = try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"kind":"sme","legal_name":"X","country":"CZ","sectors":["99.99"],"staff_headcount":300,"annual_turnover_eur":1,"size_class":"micro"}"#)
            )
            #expect(invalid.status == .unprocessableContent)
            #expect(String(buffer: invalid.body).contains("/sectors/0"))
            #expect(String(buffer: invalid.body).contains("/size_class"))
            let badFilter = try await client.execute(uri: "/v1/contacts/organisations?sector=99.9", method: .get, headers: headers(token))
            #expect(badFilter.status == .badRequest)
        }
    }

    @Test func personalFieldsFollowTheRulesAndEveryRevealIsLogged() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await officer()
        let sme = try await TestEnvironment.token(authority: authority, roles: ["sme"], subject: "sme-1")
        let dpo = try await TestEnvironment.token(authority: authority, roles: ["data_protection_officer"], subject: "dpo-1")
        try await app.test(.router) { client in
            let organisation = try object(try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"kind":"university","legal_name":"Technická univerzita","country":"CZ"}"#)
            ))["id"]?.string ?? ""
            let created = try await client.execute(
                uri: "/v1/contacts/organisations/\(organisation)/persons", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"given_name":"Petr","family_name":"Dvořák","position":"Head of R&D","email":"petr.dvorak@example.cz","phone":"+420 485 111 222","notes":"prefers mornings"}"#)
            )
            #expect(created.status == .created, "\(String(buffer: created.body))")
            let person = try #require(try object(created)["id"]?.string)

            // The officer sees everything (public task); the SME sees the position only: no consent, no grant.
            let full = try await client.execute(uri: "/v1/contacts/persons/\(person)", method: .get, headers: headers(token))
            #expect(String(buffer: full.body).contains("petr.dvorak@example.cz"))
            let redacted = try await client.execute(uri: "/v1/contacts/persons/\(person)", method: .get, headers: headers(sme))
            #expect(redacted.status == .ok)
            let body = String(buffer: redacted.body)
            #expect(body.contains("Head of R&D"))
            for secret in ["Petr", "Dvořák", "petr.dvorak", "485 111", "mornings"] { #expect(!body.contains(secret), "\(secret)") }
            #expect(body.contains(#""reason":"no_consent""#))
            let listed = try await client.execute(uri: "/v1/contacts/organisations/\(organisation)/persons", method: .get, headers: headers(sme))
            #expect(!String(buffer: listed.body).contains("petr.dvorak"))

            // Consent alone is not enough for an SME: it needs a grant too.
            let consent = try await client.execute(
                uri: "/v1/contacts/persons/\(person)/consents", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"purpose":"partner_matching","action":"given","occurred_at":"2025-03-01T10:00:00Z","text_version":"pm-2025-03","source":"paper_form"}"#)
            )
            #expect(consent.status == .created, "\(String(buffer: consent.body))")
            let stillRedacted = try await client.execute(uri: "/v1/contacts/persons/\(person)", method: .get, headers: headers(sme))
            #expect(!String(buffer: stillRedacted.body).contains("petr.dvorak"))
            #expect(String(buffer: stillRedacted.body).contains(#""reason":"no_grant""#))

            // The log holds the creation and the officer's read, not the SME's (nothing personal was answered).
            let log = try await client.execute(uri: "/v1/contacts/personal-data-access?person_id=\(person)", method: .get, headers: headers(dpo))
            #expect(log.status == .ok)
            let entries = try JSONDecoder().decode(AccessPage.self, from: Data(buffer: log.body)).items
            #expect(entries.map(\.action) == ["read", "create"])
            #expect(entries.allSatisfy { $0.actor == "officer-1" })
            #expect(entries[0].fields.contains("email"))
        }
    }

    @Test func removingErasesAPersonInPlaceAndDeletesOnlyUnreferencedOrganisations() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await officer()
        try await app.test(.router) { client in
            let organisation = try object(try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token), body: ByteBuffer(string: #"{"kind":"company","legal_name":"Pryč s.r.o.","country":"CZ"}"#)
            ))["id"]?.string ?? ""
            let person = try object(try await client.execute(
                uri: "/v1/contacts/organisations/\(organisation)/persons", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"given_name":"Jan","family_name":"Pryč","email":"jan@pryc.example"}"#)
            ))["id"]?.string ?? ""
            #expect(try await client.execute(uri: "/v1/contacts/organisations/\(organisation)", method: .delete, headers: headers(token)).status == .conflict)
            #expect(try await client.execute(uri: "/v1/contacts/persons/\(person)", method: .delete, headers: headers(token)).status == .noContent)
            #expect(try await client.execute(uri: "/v1/contacts/persons/\(person)", method: .delete, headers: headers(token)).status == .noContent)
            let erased = try await client.execute(uri: "/v1/contacts/persons/\(person)", method: .get, headers: headers(token))
            #expect(String(buffer: erased.body).contains(#""anonymised":true"#) && !String(buffer: erased.body).contains("jan@"))
            // The erased record still names the organisation, so it stays.
            #expect(try await client.execute(uri: "/v1/contacts/organisations/\(organisation)", method: .delete, headers: headers(token)).status == .conflict)
            let lonely = try object(try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token), body: ByteBuffer(string: #"{"kind":"other","legal_name":"Sama","country":"CZ"}"#)
            ))["id"]?.string ?? ""
            #expect(try await client.execute(uri: "/v1/contacts/organisations/\(lonely)", method: .delete, headers: headers(token)).status == .noContent)
            #expect(try await client.execute(uri: "/v1/contacts/organisations/\(lonely)", method: .get, headers: headers(token)).status == .notFound)
            #expect(try await client.execute(uri: "/v1/contacts/persons/\(UUID())", method: .delete, headers: headers(token)).status == .notFound)
        }
    }

    @Test func consentHistoryIsAppendOnlyAndChecked() async throws {
        let (app, runtime) = try await TestEnvironment.application(ContactsService.self)
        let token = try await officer()
        try await app.test(.router) { client in
            let organisation = try object(try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"kind":"company","legal_name":"Sklárna","country":"CZ"}"#)
            ))["id"]?.string ?? ""
            let person = try object(try await client.execute(
                uri: "/v1/contacts/organisations/\(organisation)/persons", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"given_name":"Eva","family_name":"Malá"}"#)
            ))["id"]?.string ?? ""
            func record(_ action: String, _ at: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/v1/contacts/persons/\(person)/consents", method: .post, headers: headers(token),
                    body: ByteBuffer(string: #"{"purpose":"partner_matching","action":"\#(action)","occurred_at":"\#(at)","text_version":"v1","source":"web_form"}"#)
                )
            }
            #expect(try await record("withdrawn", "2025-01-01T00:00:00Z").status == .unprocessableContent)
            #expect(try await record("given", "2025-01-01T00:00:00Z").status == .created)
            #expect(try await record("given", "2025-01-02T00:00:00Z").status == .unprocessableContent)
            #expect(try await record("withdrawn", "2024-12-31T00:00:00Z").status == .unprocessableContent)
            #expect(try await record("withdrawn", "2099-01-01T00:00:00Z").status == .unprocessableContent)
            #expect(try await record("withdrawn", "2025-02-01T00:00:00Z").status == .created)
            let history = try await client.execute(uri: "/v1/contacts/persons/\(person)/consents", method: .get, headers: headers(token))
            let decoded = try JSONDecoder().decode(History.self, from: Data(buffer: history.body))
            #expect(decoded.current.first { $0.purpose == "partner_matching" }?.state == "withdrawn")
            #expect(decoded.events.map(\.action) == ["given", "withdrawn"])
        }
        // Not even the service's own role can rewrite the proof.
        await #expect(throws: PostgresError.self) {
            try await runtime.pool.query("UPDATE consent_events SET action = 'given' WHERE authority_id = $1", [authority], authority: authority)
        }
    }

    @Test func theCSVIsImportedWhollyOrNotAtAll() async throws {
        let (app, runtime) = try await TestEnvironment.application(ContactsService.self)
        let token = try await officer()
        let header = "organisation_ref;kind;legal_name;registration_number;country;municipality;address;website;languages;sectors;keywords;description;staff_headcount;annual_turnover_eur;balance_sheet_total_eur;partner_role;person_ref;given_name;family_name;position;email;phone;person_languages;consent_partner_matching;consent_text_version;consent_given_at;consent_source"
        let good = """
            \(header)
            ORG-1;sme;Łódzkie Zakłady Włókiennicze sp. z o.o.;;PL;Łódź;;;pl|en;13.10;textiles|export;"Weaving; dyeing, ""technical"" fabrics";40;8000000;;supplier;PER-1;Anna;Kowalska;Export manager;anna@example.pl;+48 42 123 45 67;pl|en;given;pm-2025-03;2025-03-01T10:00:00Z;paper_form
            ORG-1;sme;Łódzkie Zakłady Włókiennicze sp. z o.o.;;PL;Łódź;;;pl|en;13.10;textiles|export;"Weaving; dyeing, ""technical"" fabrics";40;8000000;;supplier;PER-2;Piotr;Nowak;CEO;piotr@example.pl;;pl;;;;
            ORG-2;university;Technická univerzita v Liberci;;CZ;Liberec;;;cs;85.4;;;;;;;;;;;;;;;;;
            """
        func post(_ csv: String, _ query: String = "") async throws -> TestResponse {
            try await app.test(.router) { client in
                try await client.execute(
                    uri: "/v1/contacts/imports\(query)", method: .post, headers: [.authorization: "Bearer \(token)", .contentType: "text/csv"],
                    body: ByteBuffer(string: csv)
                )
            }
        }
        func count(_ table: String) async throws -> Int {
            try await runtime.pool.query("SELECT count(*)::int AS n FROM \(table) WHERE authority_id = $1", [authority], authority: authority)
                .first?.decode(Int.self, "n") ?? -1
        }

        let dryRun = try await post(good, "?dry_run=true")
        #expect(dryRun.status == .ok, "\(String(buffer: dryRun.body))")
        #expect(String(buffer: dryRun.body).contains(#""organisations_created":2"#))
        #expect(try await count("organisations") == 0)

        let imported = try await post(good)
        #expect(imported.status == .ok, "\(String(buffer: imported.body))")
        let report = String(buffer: imported.body)
        for part in [#""organisations_created":2"#, #""persons_created":2"#, #""consents_recorded":1"#] { #expect(report.contains(part), "\(part)") }
        #expect(try await count("contact_persons") == 2)

        // The same file with commas: the separator is read from the header.
        let commas = try await post(good.replacingOccurrences(of: ";", with: ","))
        #expect(commas.status == .ok, "\(String(buffer: commas.body))")
        #expect(String(buffer: commas.body).contains(#""organisations_updated":2"#))
        let reimported = try await post(good)
        #expect(String(buffer: reimported.body).contains(#""organisations_updated":2"#))
        #expect(String(buffer: reimported.body).contains(#""consents_recorded":0"#))

        // One bad row: nothing of the file is written, and the answer names each line and column.
        let bad = good.replacingOccurrences(of: "ORG-2;university", with: "ORG-3;castle") + "\nORG-4;sme;;;XX;;;;;;;;;;;;PER-9;;;;not-an-email;;;given;;;"
        let refused = try await post(bad)
        #expect(refused.status == .unprocessableContent)
        let problems = String(buffer: refused.body)
        for part in ["line 4: kind", "line 5: legal_name", "line 5: country", "line 5: given_name", "line 5: email", "line 5: consent_given_at"] {
            #expect(problems.contains(part), "\(part)")
        }
        #expect(try await count("organisations") == 2)

        // An erased person stays erased: importing the authority's file again does not bring them back.
        let anna = try await runtime.pool.query(
            "SELECT id FROM contact_persons WHERE authority_id = $1 AND external_ref = 'PER-1'", [authority], authority: authority
        ).first?.decode(UUID.self, "id")
        let erased = try await app.test(.router) { client in
            try await client.execute(uri: "/v1/contacts/persons/\(try #require(anna))", method: .delete, headers: headers(token))
        }
        #expect(erased.status == .noContent)
        let again = try await post(good)
        #expect(again.status == .unprocessableContent)
        #expect(String(buffer: again.body).contains("line 2: person_ref"), "\(String(buffer: again.body))")
        #expect(String(buffer: again.body).contains("erased"))
    }

    @Test func theDirectoryExportsAsCSVThatImportsAgainWithPersonalFieldsOnlyForStaff() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await officer()
        let feed = try await TestEnvironment.token(authority: authority, roles: ["feed_consumer"], subject: "chamber")
        try await app.test(.router) { client in
            let organisation = try object(try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"kind":"company","legal_name":"Fabrika \"Sever\"; a.s.","country":"CZ","keywords":["=cmd|calc"],"sectors":["25.62"]}"#)
            ))["id"]?.string ?? ""
            _ = try await client.execute(
                uri: "/v1/contacts/organisations/\(organisation)/persons", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"given_name":"Karel","family_name":"Sever","email":"karel@sever.example","phone":"+420 485 111 222"}"#)
            )
            func export(_ token: String, _ query: String) async throws -> String {
                let response = try await client.execute(uri: "/v1/contacts/exports/directory?\(query)", method: .get, headers: headers(token))
                #expect(response.status == .ok)
                return String(buffer: response.body)
            }
            let staff = try await export(token, "include_persons=true")
            #expect(staff.hasPrefix("organisation_ref;kind;legal_name;"))
            #expect(staff.contains("karel@sever.example") && staff.contains("+420 485 111 222"))
            #expect(staff.contains(#""Fabrika ""Sever""; a.s.""#))
            #expect(staff.contains("'=cmd"), "a formula-looking cell is defused")
            #expect(try await export(feed, "include_persons=true").contains("karel@") == false)
            #expect(try await export(token, "").contains("karel@") == false)
            #expect(try await export(token, "delimiter=comma").hasPrefix("organisation_ref,kind,"))
            let json = try await client.execute(
                uri: "/v1/contacts/exports/directory", method: .get, headers: [.authorization: "Bearer \(token)", .accept: "application/json"]
            )
            #expect(json.status == .notAcceptable)
            #expect(json.headers[.contentType] == "application/problem+json")

            // What was exported imports again onto the same rows (rows made through the API are named by their ids).
            let reimport = try await client.execute(
                uri: "/v1/contacts/imports", method: .post, headers: [.authorization: "Bearer \(token)", .contentType: "text/csv"],
                body: ByteBuffer(string: staff)
            )
            #expect(reimport.status == .ok, "\(String(buffer: reimport.body))")
            let report = String(buffer: reimport.body)
            #expect(report.contains(#""organisations_created":0"#) && report.contains(#""persons_created":0"#), "\(report)")
        }
    }

    /// An authority's file is larger than an API request: the import takes up to 16 MiB, every
    /// other operation keeps the 1 MiB limit.
    @Test func theImportTakesLargerBodiesThanOtherOperations() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await officer()
        let header = Self.importHeader
        let row = "ORG-X;castle;" + String(repeating: "x", count: 300) + String(repeating: ";", count: 24) + "\n"
        let large = header + "\n" + String(repeating: row, count: 6_000)
        #expect(large.utf8.count > 1_048_576)
        try await app.test(.router) { client in
            let imported = try await client.execute(
                uri: "/v1/contacts/imports", method: .post, headers: [.authorization: "Bearer \(token)", .contentType: "text/csv"],
                body: ByteBuffer(string: large)
            )
            #expect(imported.status == .unprocessableContent, "the body was accepted and checked: \(imported.status)")
            let elsewhere = try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"kind":"sme","legal_name":"x","country":"CZ","description":""# + String(repeating: "x", count: 1_100_000) + #""}"#)
            )
            #expect(elsewhere.status == .contentTooLarge)
        }
    }

    static let importHeader = "organisation_ref;kind;legal_name;registration_number;country;municipality;address;website;languages;sectors;keywords;description;staff_headcount;annual_turnover_eur;balance_sheet_total_eur;partner_role;person_ref;given_name;family_name;position;email;phone;person_languages;consent_partner_matching;consent_text_version;consent_given_at;consent_source"

    @Test func recordsOfProcessingComeFromTheRules() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let dpo = try await TestEnvironment.token(authority: authority, roles: ["data_protection_officer"])
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/contacts/gdpr/records-of-processing", method: .get, headers: headers(dpo))
            #expect(response.status == .ok)
            let body = String(buffer: response.body)
            for purpose in ["partner_matching", "directory_management", "follow_up", "event_organisation", "innovation_participation", "statistics", "data_subject_rights"] {
                #expect(body.contains(#""purpose":"\#(purpose)""#), "\(purpose)")
            }
            #expect(body.contains(#""lawful_basis":"consent""#))
            #expect(body.contains(authority.uuidString.lowercased()))
        }
    }

    struct History: Decodable {
        struct State: Decodable {
            let purpose: String
            let state: String
        }
        struct Event: Decodable {
            let action: String
        }
        let current: [State]
        let events: [Event]
    }

    struct AccessPage: Decodable {
        struct Entry: Decodable {
            let actor: String
            let action: String
            let fields: [String]
        }
        let items: [Entry]
    }
}
