import Foundation
import OpenAPIRuntime
import PostgresDatabase
import ServerKit
import Shared

/// The directory as CSV in the import's columns, streamed page by page.
extension ContactsAPI {
    static let exportPageSize = 500

    func exportDirectory(_ input: Operations.ExportDirectory.Input) async throws -> Operations.ExportDirectory.Output {
        let identity = try RequestScope.requireIdentity()
        let includePersons = input.query.includePersons ?? false
        let separator: Character = input.query.delimiter == .comma ? "," : ";"
        let reader = directoryReader
        let persons = self.persons
        let stream = AsyncThrowingStream<ArraySlice<UInt8>, any Error> { continuation in
            let task = Task {
                do {
                    continuation.yield(ArraySlice(Array((Self.importColumns.map { CSVWriter.field($0, separator) }.joined(separator: String(separator)) + "\r\n").utf8)))
                    var after: (String, UUID)?
                    repeat {
                        let page = try await reader.page(authority: identity.authorityID, after: after, includePersons: includePersons)
                        var text = ""
                        var accesses: [PersonalDataAccessEntry] = []
                        for (organisation, people) in page.rows {
                            let base = Self.organisationFields(organisation)
                            if people.allSatisfy({ $0.anonymisedAt != nil }) {
                                text += CSVWriter.line(base + Array(repeating: "", count: 11), separator)
                            }
                            // Erased persons have nothing left to export (and their refs stay suppressed).
                            for person in people where person.anonymisedAt == nil {
                                let shown = Self.present(person, to: identity, purpose: .directoryManagement)
                                let dto = shown.dto
                                let consent = person.consent == .none || dto.givenName == nil ? nil : person.consent
                                text += CSVWriter.line(base + [
                                    person.externalRef ?? person.id.uuidString.lowercased(), dto.givenName ?? "", dto.familyName ?? "", dto.position ?? "", dto.email ?? "",
                                    dto.phone ?? "", (dto.languages ?? []).joined(separator: "|"), consent?.rawValue ?? "",
                                    consent == nil ? "" : page.consentProof[person.id]?.textVersion ?? "",
                                    consent == nil ? "" : page.consentProof[person.id].map { $0.at.formatted(.iso8601) } ?? "",
                                    consent == nil ? "" : page.consentProof[person.id]?.source ?? "",
                                ], separator)
                                if var access = shown.access {
                                    access.action = AccessAction.export.rawValue
                                    accesses.append(access)
                                }
                            }
                        }
                        try await persons.logAccess(accesses, authority: identity.authorityID)
                        continuation.yield(ArraySlice(Array(text.utf8)))
                        after = page.last
                    } while after != nil
                    continuation.finish()
                } catch {
                    RequestScope.logger.error("directory export failed", metadata: ["error": "\(error)"])
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
        return .ok(.init(body: .csv(HTTPBody(stream, length: .unknown))))
    }

    struct ExportPage: Sendable {
        var rows: [(Components.Schemas.Organisation, [StoredPerson])]
        var consentProof: [UUID: ConsentEvent]
        /// The keyset of the next page; nil on the last one.
        var last: (String, UUID)?
    }

    static func organisationFields(_ o: Components.Schemas.Organisation) -> [String] {
        [
            o.externalRef ?? o.id, o.kind.rawValue, o.legalName, o.registrationNumber ?? "", o.country, o.municipality ?? "", o.address ?? "",
            o.website ?? "", o.languages.joined(separator: "|"), o.sectors.joined(separator: "|"), o.keywords.joined(separator: "|"),
            o.description ?? "", o.staffHeadcount.map(String.init) ?? "", o.annualTurnoverEur.map(String.init) ?? "",
            o.balanceSheetTotalEur.map(String.init) ?? "", o.partnerRole?.rawValue ?? "",
        ]
    }
}

/// Reads the directory for the CSV export, a page of organisations with their persons at a time.
struct DirectoryExportReader: Sendable {
    let pool: PostgresPool

    func page(authority: UUID, after: (String, UUID)?, includePersons: Bool) async throws -> ContactsAPI.ExportPage {
        var parameters: [(any PostgresEncodable)?] = [authority, ContactsAPI.exportPageSize]
        var condition = ""
        if let after {
            parameters += [after.0, after.1]
            condition = "AND (created_at, id) > ($3::timestamptz, $4::uuid)"
        }
        let boxed = BoundParameters(values: parameters)
        let filter = condition
        return try await pool.withConnection(authority: authority) { connection in
            let organisations = try connection.query(
                """
                SELECT \(PostgresOrganisationStore.columns), created_at::text AS created_key FROM organisations
                WHERE authority_id = $1 \(filter) ORDER BY created_at, id LIMIT $2
                """,
                boxed.values
            ).rows
            var byOrganisation: [UUID: [StoredPerson]] = [:]
            var proof: [UUID: ConsentEvent] = [:]
            let ids = try organisations.map { try $0.decode(UUID.self, "id") }
            if includePersons, !ids.isEmpty {
                let people = try connection.query(
                    """
                    SELECT \(PostgresPersonStore.columns), \(PostgresPersonStore.consentColumn("'partner_matching'")),
                           c.occurred_at AS consent_at, c.text_version AS consent_text_version, c.source AS consent_source
                    FROM contact_persons p
                    LEFT JOIN LATERAL (SELECT occurred_at, text_version, source FROM consent_events e
                                       WHERE e.authority_id = p.authority_id AND e.person_id = p.id AND e.purpose = 'partner_matching'
                                         AND e.occurred_at <= now()
                                       ORDER BY e.occurred_at DESC, e.recorded_at DESC LIMIT 1) c ON true
                    WHERE p.authority_id = $1 AND p.organisation_id = ANY($2::uuid[]) ORDER BY p.created_at, p.id
                    """,
                    [authority, ids]
                ).rows
                for row in people {
                    let person = try PostgresPersonStore.decode(row)
                    byOrganisation[person.organisationID, default: []].append(person)
                    if let at = try row.decode(Date?.self, "consent_at") {
                        proof[person.id] = ConsentEvent(
                            purpose: .partnerMatching, action: person.consent == .withdrawn ? .withdrawn : .given, at: at,
                            textVersion: try row.decode(String.self, "consent_text_version"), source: try row.decode(String.self, "consent_source")
                        )
                    }
                }
            }
            let rows = try organisations.map { row in
                let organisation = try PostgresOrganisationStore.decode(row).dto
                return (organisation, byOrganisation[try row.decode(UUID.self, "id")] ?? [])
            }
            let last = try organisations.count == ContactsAPI.exportPageSize
                ? organisations.last.map { (try $0.decode(String.self, "created_key"), try $0.decode(UUID.self, "id")) } : nil
            return ContactsAPI.ExportPage(rows: rows, consentProof: proof, last: last)
        }
    }
}

/// RFC 4180 output: a field is quoted when it holds the separator, a quote or a line break (or
/// starts with a character a spreadsheet would read as a formula), quotes doubled inside.
enum CSVWriter {
    static func field(_ value: String, _ separator: Character) -> String {
        var value = value
        // CSV injection: a cell starting with = + - @ would run as a formula in a spreadsheet.
        // Numbers and international phone numbers (+420 485 111 222) are left as they are.
        if let first = value.first, "=+-@\t\r".contains(first), Double(value) == nil,
            !(first == "+" && value.dropFirst().allSatisfy { $0.isNumber || $0 == " " })
        {
            value = "'" + value
        }
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The import's inverse of the defusing above: one leading `'` before a formula character goes.
    static func undefused(_ value: String) -> String {
        guard value.hasPrefix("'"), let second = value.dropFirst().first, "=+-@\t\r".contains(second) else { return value }
        return String(value.dropFirst())
    }

    static func line(_ fields: [String], _ separator: Character) -> String {
        fields.map { field($0, separator) }.joined(separator: String(separator)) + "\r\n"
    }
}
