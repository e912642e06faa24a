import Foundation
import OpenAPIRuntime
import PostgresDatabase
import ServerKit
import Shared

/// One organisation of an import file, with its persons (rows sharing an `organisation_ref`).
struct ImportedOrganisation: Sendable {
    var line: Int
    var ref: String
    var values: Components.Schemas.OrganisationCreate
    var persons: [ImportedPerson]
}

struct ImportedPerson: Sendable {
    var line: Int
    var ref: String
    var values: Components.Schemas.ContactPersonCreate
    /// The partner-matching consent the file records, if any.
    var consent: ConsentEvent?
}

/// Bulk import of the CSV an authority already keeps: every row is checked first; then all of it
/// is written in one transaction, or nothing is.
extension ContactsAPI {
    static let importColumns = [
        "organisation_ref", "kind", "legal_name", "registration_number", "country", "municipality", "address", "website", "languages",
        "sectors", "keywords", "description", "staff_headcount", "annual_turnover_eur", "balance_sheet_total_eur", "partner_role",
        "person_ref", "given_name", "family_name", "position", "email", "phone", "person_languages", "consent_partner_matching",
        "consent_text_version", "consent_given_at", "consent_source",
    ]
    static let organisationColumns = Array(importColumns[0..<16])
    static let maximumImportBytes = 16 * 1024 * 1024

    func importDirectory(_ input: Operations.ImportDirectory.Input) async throws -> Operations.ImportDirectory.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .csv(let body) = input.body else { throw Problem.badRequest("Send the file as text/csv.") }
        let data = try await Data(collecting: body, upTo: Self.maximumImportBytes)
        guard let text = String(data: data, encoding: .utf8) else {
            throw Problem.badRequest("The file is not UTF-8.", errors: [.init(field: "body", message: "must be UTF-8 text")])
        }
        let organisations = try parseImport(text)
        let dryRun = input.query.dryRun ?? false
        let report = try await importWriter.write(
            organisations, authority: identity.authorityID, actor: identity, dryRun: dryRun
        )
        return .ok(.init(body: .json(report)))
    }

    /// Parses and checks the whole file; throws one 422 naming every invalid line and column.
    func parseImport(_ text: String) throws -> [ImportedOrganisation] {
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(text)
        } catch {
            let (line, message) =
                switch error {
                case .unterminatedQuote(let line): (line, "a quoted field is not closed")
                case .textAfterClosingQuote(let line): (line, "text follows a closing quote")
                }
            throw Problem.validation([.init(field: "line \(line)", message: message)])
        }
        guard let header = records.first else {
            throw Problem.validation([.init(field: "line 1", message: "the file is empty; it needs a header row")])
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var errors: [Problem.FieldError] = []
        let missing = Self.importColumns.filter { !names.contains($0) }
        let unknown = names.filter { !Self.importColumns.contains($0) }
        if !missing.isEmpty { errors.append(.init(field: "line 1", message: "missing columns: \(missing.joined(separator: ", "))")) }
        if !unknown.isEmpty { errors.append(.init(field: "line 1", message: "unknown columns: \(unknown.joined(separator: ", "))")) }
        if !errors.isEmpty { throw Problem.validation(errors) }
        guard records.count > 1 else { throw Problem.validation([.init(field: "line 2", message: "the file has no rows")]) }
        guard records.count <= 50_001 else { throw Problem.validation([.init(field: "body", message: "at most 50,000 rows per file")]) }

        var organisations: [ImportedOrganisation] = []
        var positionOfRef: [String: Int] = [:]
        var organisationRowOfRef: [String: (line: Int, values: [String])] = [:]
        var personRefs: [String: Int] = [:]
        var emailsSeen: [String: Int] = [:]
        for record in records.dropFirst() {
            let line = record.line
            guard record.fields.count == names.count else {
                errors.append(.init(field: "line \(line)", message: "has \(record.fields.count) fields; the header has \(names.count)"))
                continue
            }
            var row: [String: String] = [:]
            for (name, value) in zip(names, record.fields) {
                let trimmed = CSVWriter.undefused(value.trimmingCharacters(in: .whitespaces))
                if !trimmed.isEmpty { row[name] = trimmed }
            }
            var validator = FieldValidator()
            func fail(_ column: String, _ message: String) { validator.check(false, "line \(line): \(column)", message) }
            func list(_ column: String) -> [String]? {
                row[column].map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            }
            func integer<T: FixedWidthInteger>(_ column: String, _ type: T.Type) -> T? {
                guard let text = row[column] else { return nil }
                guard let value = T(text), value >= 0 else {
                    fail(column, "must be a whole number, 0 or more")
                    return nil
                }
                return value
            }
            guard let ref = row["organisation_ref"] else {
                fail("organisation_ref", "is required")
                errors += validator.errors
                continue
            }
            // Rows of one organisation must agree on its columns.
            let organisationValues = Self.organisationColumns.map { row[$0] ?? "" }
            if let first = organisationRowOfRef[ref] {
                if first.values != organisationValues {
                    fail("organisation_ref", "\(ref) is described differently on line \(first.line)")
                }
            } else {
                organisationRowOfRef[ref] = (line, organisationValues)
                let kind = row["kind"].flatMap(Components.Schemas.OrganisationKind.init(rawValue:))
                if kind == nil { fail("kind", "must be one of company, sme, institution, university, chamber, business_support_organisation, public_authority, other") }
                if row["legal_name"] == nil { fail("legal_name", "is required") }
                if row["country"] == nil { fail("country", "is required") }
                let partnerRole = row["partner_role"].map { Components.Schemas.PartnerRole(rawValue: $0) }
                if case .some(nil) = partnerRole { fail("partner_role", "must be one of project_partner, funding_partner, knowledge_partner, network_member, supplier, other") }
                let values = Components.Schemas.OrganisationCreate(
                    kind: kind ?? .other, legalName: row["legal_name"] ?? "", registrationNumber: row["registration_number"],
                    country: row["country"] ?? "", municipality: row["municipality"], address: row["address"], website: row["website"],
                    languages: list("languages"), keywords: list("keywords"), description: row["description"], sizeClass: nil,
                    sectors: list("sectors"), staffHeadcount: integer("staff_headcount", Int.self),
                    annualTurnoverEur: integer("annual_turnover_eur", Int64.self),
                    balanceSheetTotalEur: integer("balance_sheet_total_eur", Int64.self), partnerRole: partnerRole ?? nil, externalRef: ref
                )
                do {
                    try validate(values)
                } catch let problem as Problem {
                    for error in problem.errors { fail(String(error.field.dropFirst()), error.message) }
                }
                positionOfRef[ref] = organisations.count
                organisations.append(ImportedOrganisation(line: line, ref: ref, values: values, persons: []))
            }
            // The person of the row, if any.
            let personColumns = ["person_ref", "given_name", "family_name", "position", "email", "phone", "person_languages", "consent_partner_matching"]
            if personColumns.contains(where: { row[$0] != nil }) {
                let personRef = row["person_ref"]
                if personRef == nil { fail("person_ref", "is required for a row with a contact person") }
                if let personRef, let earlier = personRefs[personRef] { fail("person_ref", "\(personRef) is already on line \(earlier)") }
                if let personRef { personRefs[personRef] = line }
                if let email = row["email"]?.lowercased() {
                    if let earlier = emailsSeen["\(ref)\u{0}\(email)"] { fail("email", "is already used by another person of \(ref) on line \(earlier)") }
                    emailsSeen["\(ref)\u{0}\(email)"] = line
                }
                if row["given_name"] == nil { fail("given_name", "is required for a contact person") }
                if row["family_name"] == nil { fail("family_name", "is required for a contact person") }
                let person = Components.Schemas.ContactPersonCreate(
                    givenName: row["given_name"] ?? "", familyName: row["family_name"] ?? "", position: row["position"],
                    email: row["email"], phone: row["phone"], languages: list("person_languages"), notes: nil, externalRef: personRef
                )
                do {
                    try Self.validate(
                        .init(givenName: person.givenName, familyName: person.familyName, position: person.position, email: person.email,
                              phone: person.phone, languages: person.languages, notes: nil),
                        externalRef: personRef
                    )
                } catch let problem as Problem {
                    for error in problem.errors {
                        let column = String(error.field.dropFirst()).replacingOccurrences(of: "languages", with: "person_languages")
                        fail(column, error.message)
                    }
                }
                var consent: ConsentEvent?
                if let state = row["consent_partner_matching"] {
                    let action = ConsentAction(rawValue: state)
                    if action == nil { fail("consent_partner_matching", "must be given, withdrawn or empty") }
                    let at = row["consent_given_at"].flatMap { try? Date($0, strategy: .iso8601) }
                    if at == nil { fail("consent_given_at", "is required with a consent, as an RFC 3339 time such as 2025-03-01T10:00:00Z") }
                    if at.map({ $0 > Date().addingTimeInterval(consentClockSkewTolerance) }) == true { fail("consent_given_at", "must not be in the future") }
                    if row["consent_text_version"] == nil { fail("consent_text_version", "is required with a consent (the version of the text agreed to)") }
                    if row["consent_source"] == nil { fail("consent_source", "is required with a consent (paper form, web form, e-mail...)") }
                    validator.text(row["consent_text_version"], "line \(line): consent_text_version", maxLength: 100)
                    validator.text(row["consent_source"], "line \(line): consent_source", maxLength: 100)
                    if let action, let at, let version = row["consent_text_version"], let source = row["consent_source"] {
                        consent = ConsentEvent(purpose: .partnerMatching, action: action, at: at, textVersion: version, source: source)
                    }
                } else if ["consent_text_version", "consent_given_at", "consent_source"].contains(where: { row[$0] != nil }) {
                    fail("consent_partner_matching", "is required when the other consent columns are filled")
                }
                if let position = positionOfRef[ref], validator.errors.isEmpty {
                    organisations[position].persons.append(ImportedPerson(line: line, ref: personRef ?? "", values: person, consent: consent))
                }
            }
            errors += validator.errors
        }
        if !errors.isEmpty {
            throw Problem(
                status: .unprocessableContent, type: "https://civiclink.example/problems/import-invalid", title: "The file was not imported",
                detail: "\(errors.count) problem(s) in the file; nothing was imported.", errors: Array(errors.prefix(1000))
            )
        }
        return organisations
    }
}

/// Writes a checked import in one transaction: organisations and persons matched on their refs
/// (updated when known, created otherwise), consents recorded when they change the state.
struct DirectoryImportWriter {
    let pool: PostgresPool

    func write(_ organisations: [ImportedOrganisation], authority: UUID, actor: Identity, dryRun: Bool) async throws -> Components.Schemas.ImportReport {
        do {
            return try await transaction(organisations, authority: authority, actor: actor, dryRun: dryRun)
        } catch let finished as DryRunFinished {
            return finished.report
        }
    }

    private func transaction(_ organisations: [ImportedOrganisation], authority: UUID, actor: Identity, dryRun: Bool) async throws -> Components.Schemas.ImportReport {
        try await pool.transaction(authority: authority) { connection in
            var report = Components.Schemas.ImportReport(
                dryRun: dryRun, rows: organisations.reduce(0) { $0 + max(1, $1.persons.count) }, organisationsCreated: 0, organisationsUpdated: 0,
                personsCreated: 0, personsUpdated: 0, consentsRecorded: 0
            )
            var problems: [Problem.FieldError] = []
            var accesses: [PersonalDataAccessEntry] = []
            for organisation in organisations {
                let o = organisation.values
                // A ref that is the id of a row without a ref (an export of rows made through the API) names that row.
                if let id = UUID(uuidString: organisation.ref) {
                    _ = try connection.query(
                        "UPDATE organisations SET external_ref = $3 WHERE authority_id = $1 AND id = $2 AND external_ref IS NULL",
                        [authority, id, organisation.ref]
                    )
                }
                let size = PostgresOrganisationStore.sizeClass(nil, staff: o.staffHeadcount, turnover: o.annualTurnoverEur, balance: o.balanceSheetTotalEur)
                let saved = try connection.query(
                    """
                    INSERT INTO organisations (id, authority_id, kind, legal_name, registration_number, country, municipality, address, website,
                                               languages, keywords, description, size_class, sectors, staff_headcount, annual_turnover_eur,
                                               balance_sheet_total_eur, partner_role, external_ref)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
                    ON CONFLICT (authority_id, external_ref) WHERE external_ref IS NOT NULL DO UPDATE SET
                        kind = excluded.kind, legal_name = excluded.legal_name, registration_number = excluded.registration_number,
                        country = excluded.country, municipality = excluded.municipality, address = excluded.address,
                        website = excluded.website, languages = excluded.languages, keywords = excluded.keywords,
                        description = excluded.description, size_class = coalesce(excluded.size_class, organisations.size_class),
                        sectors = excluded.sectors, staff_headcount = excluded.staff_headcount,
                        annual_turnover_eur = excluded.annual_turnover_eur, balance_sheet_total_eur = excluded.balance_sheet_total_eur,
                        partner_role = excluded.partner_role, version = organisations.version + 1, updated_at = now()
                    RETURNING id, (xmax = 0) AS inserted
                    """,
                    [
                        UUID.v7(), authority, o.kind.rawValue, o.legalName, o.registrationNumber, o.country, o.municipality, o.address, o.website,
                        o.languages ?? [], o.keywords ?? [], o.description, size, o.sectors ?? [], o.staffHeadcount, o.annualTurnoverEur,
                        o.balanceSheetTotalEur, o.partnerRole?.rawValue, organisation.ref,
                    ]
                )
                guard let row = saved.first else { continue }
                let organisationID = try row.decode(UUID.self, "id")
                if try row.decode(Bool.self, "inserted") { report.organisationsCreated += 1 } else { report.organisationsUpdated += 1 }
                for person in organisation.persons {
                    let p = person.values
                    if let id = UUID(uuidString: person.ref) {
                        _ = try connection.query(
                            "UPDATE contact_persons SET external_ref = $3 WHERE authority_id = $1 AND id = $2 AND external_ref IS NULL",
                            [authority, id, person.ref]
                        )
                    }
                    let savedPerson = try connection.query(
                        """
                        INSERT INTO contact_persons (id, authority_id, organisation_id, external_ref, given_name, family_name, position, email,
                                                     phone, languages)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                        ON CONFLICT (authority_id, external_ref) WHERE external_ref IS NOT NULL DO UPDATE SET
                            organisation_id = excluded.organisation_id, given_name = excluded.given_name, family_name = excluded.family_name,
                            position = excluded.position, email = excluded.email, phone = excluded.phone, languages = excluded.languages,
                            version = contact_persons.version + 1, updated_at = now(),
                            -- Importing the same file again is no activity (the retention clock keeps running).
                            last_activity_at = CASE
                                WHEN (contact_persons.organisation_id, contact_persons.given_name, contact_persons.family_name, contact_persons.position,
                                      contact_persons.email, contact_persons.phone, contact_persons.languages)
                                     IS DISTINCT FROM (excluded.organisation_id, excluded.given_name, excluded.family_name, excluded.position,
                                                       excluded.email, excluded.phone, excluded.languages)
                                THEN now() ELSE contact_persons.last_activity_at END
                        WHERE contact_persons.anonymised_at IS NULL
                        RETURNING id, (xmax = 0) AS inserted
                        """,
                        [UUID.v7(), authority, organisationID, person.ref, p.givenName, p.familyName, p.position, p.email, p.phone, p.languages ?? []]
                    )
                    guard let personRow = savedPerson.first else {
                        problems.append(.init(field: "line \(person.line): person_ref", message: "\(person.ref) was erased; it cannot be imported again"))
                        continue
                    }
                    let personID = try personRow.decode(UUID.self, "id")
                    if try personRow.decode(Bool.self, "inserted") { report.personsCreated += 1 } else { report.personsUpdated += 1 }
                    accesses.append(
                        PersonalDataAccessEntry(
                            personID: personID, actor: actor.subject, actorRoles: actor.roles.sorted(), purpose: .directoryManagement,
                            action: "import", fields: ContactsAPI.personalFields(of: p), grantID: nil
                        )
                    )
                    guard let consent = person.consent else { continue }
                    let history = try PostgresPersonStore.history(person: personID, authority: authority, connection: connection).map(\.event)
                    // Importing the same file again records nothing new.
                    if consentState(for: .partnerMatching, history: history, at: consent.at) == ConsentState(rawValue: consent.action.rawValue) { continue }
                    let refused = validateConsentEvent(consent, history: history, now: Date())
                    if let first = refused.first {
                        problems.append(.init(field: "line \(person.line): consent_partner_matching", message: first.detail))
                        continue
                    }
                    _ = try connection.query(
                        """
                        INSERT INTO consent_events (id, authority_id, person_id, purpose, action, occurred_at, text_version, source, recorded_by)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                        """,
                        [UUID.v7(), authority, personID, consent.purpose.rawValue, consent.action.rawValue, consent.at, consent.textVersion,
                         consent.source, actor.subject]
                    )
                    report.consentsRecorded += 1
                }
            }
            if !problems.isEmpty {
                throw Problem(
                    status: .unprocessableContent, type: "https://civiclink.example/problems/import-invalid", title: "The file was not imported",
                    detail: "\(problems.count) problem(s) in the file; nothing was imported.", errors: problems
                )
            }
            // Accesses are logged in slices (a statement takes at most 65,535 parameters).
            for start in stride(from: 0, to: accesses.count, by: 1000) {
                try PostgresPersonStore.insertAccess(Array(accesses[start..<min(start + 1000, accesses.count)]), authority: authority, connection: connection)
            }
            // A dry run checks everything the database would, then leaves nothing behind.
            if dryRun { throw DryRunFinished(report: report) }
            return report
        }
    }
}

/// Thrown to roll a dry run back; carries the report it would have answered.
struct DryRunFinished: Error {
    let report: Components.Schemas.ImportReport
}
