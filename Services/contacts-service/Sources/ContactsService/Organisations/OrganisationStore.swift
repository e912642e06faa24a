import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// An organisation as stored, with its version for ETags.
struct StoredOrganisation: Sendable {
    var dto: Components.Schemas.Organisation
    var version: Int
}

/// A page of organisations, keyset-paginated.
struct OrganisationQuery: Sendable {
    var keywords: String?
    var updatedSince: Date?
    var country: String?
    /// A NACE code: the organisation's sectors or a code above them.
    var sector: String?
    var kind: String?
    var language: String?
    var sizeClass: String?
    var page: PageRequest
}

/// Storage of the organisations directory. Every call is scoped to one authority.
protocol OrganisationStore: Sendable {
    func create(_ organisation: Components.Schemas.OrganisationCreate, id: UUID, authority: UUID) async throws -> StoredOrganisation
    func get(id: UUID, authority: UUID) async throws -> StoredOrganisation?
    /// A page of the directory or of a search, as the API's JSON (`OrganisationPage`).
    func list(_ query: OrganisationQuery, authority: UUID) async throws -> [UInt8]
    /// Applies the present fields of `changes` if the version still matches.
    /// - Returns: nil when there is no such organisation; throws 412 when `expectedVersion` is stale.
    func update(id: UUID, authority: UUID, expectedVersion: Int?, changes: Components.Schemas.OrganisationUpdate) async throws -> StoredOrganisation?
    /// Deletes an organisation nothing refers to.
    func delete(id: UUID, authority: UUID) async throws -> OrganisationRemoval
}

enum OrganisationRemoval: Sendable {
    case removed, missing
    /// Something still names it; the reason says what.
    case referenced(String)
}

/// The PostgreSQL implementation over the `contacts.organisations` table.
struct PostgresOrganisationStore: OrganisationStore {
    let pool: PostgresPool

    static let columns = """
        id, authority_id, kind, legal_name, registration_number, country, municipality, address, website,
        languages, keywords, description, size_class, sectors, staff_headcount, annual_turnover_eur,
        balance_sheet_total_eur, partner_role, external_ref, version, created_at, updated_at
        """

    func create(_ new: Components.Schemas.OrganisationCreate, id: UUID, authority: UUID) async throws -> StoredOrganisation {
        let sql = """
            INSERT INTO organisations (id, authority_id, kind, legal_name, registration_number, country, municipality,
                                       address, website, languages, keywords, description, size_class, sectors,
                                       staff_headcount, annual_turnover_eur, balance_sheet_total_eur, partner_role, external_ref)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
            RETURNING \(Self.columns)
            """
        let parameters: [(any PostgresEncodable)?] = [
            id, authority, new.kind.rawValue, new.legalName, new.registrationNumber, new.country, new.municipality,
            new.address, new.website, new.languages ?? [], new.keywords ?? [], new.description,
            Self.sizeClass(new.sizeClass, staff: new.staffHeadcount, turnover: new.annualTurnoverEur, balance: new.balanceSheetTotalEur),
            new.sectors ?? [], new.staffHeadcount, new.annualTurnoverEur, new.balanceSheetTotalEur, new.partnerRole?.rawValue,
            new.externalRef,
        ]
        let result = try await pool.query(sql, parameters, authority: authority)
        guard let row = result.first else { throw PostgresError(kind: .queryFailed, message: "INSERT returned no row") }
        return try Self.decode(row)
    }

    func get(id: UUID, authority: UUID) async throws -> StoredOrganisation? {
        let result = try await pool.query(
            "SELECT \(Self.columns) FROM organisations WHERE authority_id = $1 AND id = $2",
            [authority, id], authority: authority
        )
        return try result.first.map(Self.decode)
    }

    func list(_ query: OrganisationQuery, authority: UUID) async throws -> [UInt8] {
        if let keywords = query.keywords { return try await search(keywords, query, authority: authority) }
        var parameters: [(any PostgresEncodable)?] = [authority, query.page.limit + 1]
        func bind(_ value: any PostgresEncodable) -> String {
            parameters.append(value)
            return "$\(parameters.count)"
        }
        var conditions = ["authority_id = $1"]
        if let since = query.updatedSince { conditions.append("updated_at >= \(bind(since))") }
        if let country = query.country { conditions.append("country = \(bind(country))") }
        if let kind = query.kind { conditions.append("kind = \(bind(kind))") }
        if let size = query.sizeClass { conditions.append("size_class = \(bind(size))") }
        if let language = query.language { conditions.append("languages @> ARRAY[\(bind(language))]::text[]") }
        if let sector = query.sector { conditions.append("sector_lineage @> ARRAY[\(bind(sector))]::text[]") }
        if let after = query.page.after {
            conditions.append("(created_at, id) < (\(bind(after[0]))::timestamptz, \(bind(after[1]))::uuid)")
        }
        let sql = """
            SELECT \(Self.columns) FROM organisations
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY created_at DESC, id DESC LIMIT $2
            """
        let rows = try await pool.query(sql, parameters, authority: authority).rows
        // Cursor keys are the database's own text of the sort columns, so no precision is lost in a round trip.
        return try Self.pageJSON(rows, limit: query.page.limit) { row in
            [try row.decode(String.self, "created_at"), try row.decode(String.self, "id")]
        }
    }

    /// The keyword search: `search_organisations` (migration 0013, decision 0007) finds the page in
    /// the inverted index, by tier (the query as a phrase, then every word anywhere), score and id.
    /// This statement is the one `make bench-search` runs in pgbench beside the service.
    static let searchSQL = """
        SELECT \(columns), s.tier, s.score
        FROM search_organisations($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) s
        JOIN organisations o ON o.authority_id = $1 AND o.id = s.organisation_id
        ORDER BY s.tier, s.score DESC, s.organisation_id DESC
        """

    private func search(_ keywords: String, _ query: OrganisationQuery, authority: UUID) async throws -> [UInt8] {
        // The route's PageRequest checked the cursor: tier 1 or 2, a score in range, an id.
        let after = query.page.after
        let parameters: [(any PostgresEncodable)?] = [
            authority, keywords, query.page.limit + 1, query.country, query.kind, query.sizeClass, query.language, query.sector,
            query.updatedSince, after.flatMap { Int($0[0]) }, after.flatMap { Int($0[1]) }, after.flatMap { UUID(uuidString: $0[2]) },
        ]
        let rows = try await pool.query(Self.searchSQL, parameters, authority: authority).rows
        return try Self.pageJSON(rows, limit: query.page.limit) { row in
            [try row.decode(String.self, "tier"), try row.decode(String.self, "score"), try row.decode(String.self, "id")]
        }
    }

    /// `{"items": [...], "next_cursor": ...}` for `limit + 1` fetched rows, written from the rows'
    /// text without building the DTOs (decision 0008); `cursorKeys` reads the sort keys of a row.
    static func pageJSON(_ rows: [PostgresRow], limit: Int, cursorKeys: (PostgresRow) throws -> [String]) throws -> [UInt8] {
        typealias Keys = Components.Schemas.OrganisationPage.CodingKeys
        let writer = JSONStreamWriter(capacity: 1024 + 900 * min(rows.count, limit))
        let page = writer.open(object: true)
        try writer.writeKey(Keys.items.rawValue, in: page)
        let items = writer.open(object: false)
        // The rows of one result share their columns: looked up once, by name, for the whole page.
        let positions = try rows.first?.positions(of: OrganisationJSON.fields.map(\.column)) ?? []
        for row in rows.prefix(limit) {
            try writer.prepareElement(of: items)
            try writeJSON(row, at: positions, to: writer)
        }
        if rows.count > limit {
            try writer.writeKey(Keys.nextCursor.rawValue, in: page)
            writer.writeString(Cursor.encode(try cursorKeys(rows[limit - 1])))
        }
        writer.closeFrames(downTo: 0)
        return writer.bytes
    }

    /// One organisation as the API's JSON, the same document `decode(_:)` and the generated
    /// encoder make of the row (ServiceTests compare the two): NULL columns are left out, enum
    /// values the schema does not know are read as `decode` reads them. `positions` are the
    /// row's positions of `OrganisationJSON.fields`' columns.
    static func writeJSON(_ row: PostgresRow, at positions: [Int], to writer: JSONStreamWriter) throws {
        let object = writer.open(object: true)
        for (field, position) in zip(OrganisationJSON.fields, positions) {
            try row.withBytes(at: position) { bytes in
                switch field.form {
                case .text(let required):
                    // Text as it is: PostgreSQL's text in a UTF8 database is valid UTF-8.
                    guard let bytes else {
                        if required { throw PostgresError(kind: .decodingFailed, message: "column \(field.column) is NULL") }
                        return
                    }
                    try writer.writeKey(field.key, in: object)
                    writer.writeString(utf8: bytes)
                case .integer:
                    // Integers as PostgreSQL prints them, which is JSON already.
                    guard let bytes else { return }
                    try writer.writeKey(field.key, in: object)
                    writer.writeRaw(bytes)
                case .strings:
                    try writer.writeKey(field.key, in: object)
                    let array = writer.open(object: false)
                    guard let bytes, try PostgresText.forEachArrayElement(bytes, { element in
                        guard let element else { throw PostgresError(kind: .decodingFailed, message: "column \(field.column) holds a NULL element") }
                        try writer.prepareElement(of: array)
                        writer.writeString(utf8: element)
                    })
                    else { throw PostgresError(kind: .decodingFailed, message: "column \(field.column) is not a one-dimensional array") }
                    writer.closeFrames(downTo: writer.depth - 1)
                case .date:
                    guard let date = bytes.flatMap(PostgresText.timestamp) else {
                        throw PostgresError(kind: .decodingFailed, message: "column \(field.column) is not a timestamp")
                    }
                    try writer.writeKey(field.key, in: object)
                    writer.writeDate(date)
                case .kind:
                    guard let bytes else { throw PostgresError(kind: .decodingFailed, message: "column \(field.column) is NULL") }
                    try writer.writeKey(field.key, in: object)
                    if OrganisationJSON.kinds.contains(where: { $0.elementsEqual(bytes) }) {
                        writer.writeString(utf8: bytes)
                    } else {
                        writer.writeString(Components.Schemas.OrganisationKind.other.rawValue)
                    }
                case .sizeClass:
                    guard let bytes, OrganisationJSON.sizeClasses.contains(where: { $0.elementsEqual(bytes) }) else { return }
                    try writer.writeKey(field.key, in: object)
                    writer.writeString(utf8: bytes)
                case .partnerRole:
                    guard let bytes, OrganisationJSON.partnerRoles.contains(where: { $0.elementsEqual(bytes) }) else { return }
                    try writer.writeKey(field.key, in: object)
                    writer.writeString(utf8: bytes)
                case .isPartner:
                    // A partner is an organisation with a role, even one the schema does not know.
                    try writer.writeKey(field.key, in: object)
                    writer.writeBool(bytes != nil)
                }
            }
        }
        writer.closeFrames(downTo: writer.depth - 1)
    }

    func update(id: UUID, authority: UUID, expectedVersion: Int?, changes: Components.Schemas.OrganisationUpdate) async throws -> StoredOrganisation? {
        let parameters: [(any PostgresEncodable)?] = [
            authority, id, changes.kind?.rawValue, changes.legalName, changes.registrationNumber, changes.country,
            changes.municipality, changes.address, changes.website, changes.languages, changes.keywords,
            changes.description, changes.sizeClass?.rawValue, changes.sectors, changes.staffHeadcount,
            changes.annualTurnoverEur, changes.balanceSheetTotalEur, changes.partnerRole?.rawValue, changes.externalRef,
        ]
        let boxed = BoundParameters(values: parameters)
        return try await pool.transaction(authority: authority) { connection in
            // Lock the row so the version check and the update see the same state.
            let current = try connection.query(
                "SELECT version FROM organisations WHERE authority_id = $1 AND id = $2 FOR UPDATE", [authority, id]
            )
            guard let row = current.first else { return nil }
            let version = try row.decode(Int.self, "version")
            if let expectedVersion, expectedVersion != version { throw Problem.preconditionFailed() }
            let updated = try connection.query(
                """
                UPDATE organisations SET
                    kind = coalesce($3, kind), legal_name = coalesce($4, legal_name),
                    registration_number = coalesce($5, registration_number), country = coalesce($6, country),
                    municipality = coalesce($7, municipality), address = coalesce($8, address),
                    website = coalesce($9, website), languages = coalesce($10::text[], languages),
                    keywords = coalesce($11::text[], keywords), description = coalesce($12, description),
                    sectors = coalesce($14::text[], sectors), staff_headcount = coalesce($15, staff_headcount),
                    annual_turnover_eur = coalesce($16, annual_turnover_eur),
                    balance_sheet_total_eur = coalesce($17, balance_sheet_total_eur),
                    partner_role = coalesce($18, partner_role), external_ref = coalesce($19, external_ref),
                    size_class = coalesce($13, size_class),
                    version = version + 1, updated_at = now()
                WHERE authority_id = $1 AND id = $2
                RETURNING \(Self.columns)
                """,
                boxed.values
            )
            guard let row = updated.first else { return nil }
            var stored = try Self.decode(row)
            // The figures decide the size class when they are complete enough (EU definition).
            let dto = stored.dto
            if let derived = EnterpriseSize.classify(
                staffHeadcount: dto.staffHeadcount, annualTurnoverEUR: dto.annualTurnoverEur, balanceSheetTotalEUR: dto.balanceSheetTotalEur
            ), derived != dto.sizeClass {
                _ = try connection.query(
                    "UPDATE organisations SET size_class = $3 WHERE authority_id = $1 AND id = $2", [authority, id, derived.rawValue]
                )
                stored.dto.sizeClass = derived
            }
            return stored
        }
    }

    func delete(id: UUID, authority: UUID) async throws -> OrganisationRemoval {
        try await pool.transaction(authority: authority) { connection in
            guard try !connection.query(
                "SELECT 1 FROM organisations WHERE authority_id = $1 AND id = $2 FOR UPDATE", [authority, id]
            ).rows.isEmpty else { return .missing }
            guard let row = try connection.query(
                """
                SELECT EXISTS (SELECT 1 FROM contact_persons WHERE authority_id = $1 AND organisation_id = $2) AS persons,
                       EXISTS (SELECT 1 FROM cooperation_agreements WHERE authority_id = $1 AND sme_organisation_id = $2) AS agreements,
                       EXISTS (SELECT 1 FROM follow_ups WHERE authority_id = $1 AND (organisation_id = $2 OR sme_organisation_id = $2)) AS follow_ups
                """,
                [authority, id]
            ).first else { return .missing }
            if try row.decode(Bool.self, "persons") { return .referenced("It still has contact persons; remove or erase them first.") }
            if try row.decode(Bool.self, "agreements") { return .referenced("It is the SME of cooperation agreements; they keep it.") }
            if try row.decode(Bool.self, "follow_ups") { return .referenced("Follow-ups of shared contacts name it.") }
            _ = try connection.query("DELETE FROM organisations WHERE authority_id = $1 AND id = $2", [authority, id])
            return .removed
        }
    }

    /// Reads the columns in the order of `columns` (the row's lookup by name is cheapest so). The
    /// ids are taken as PostgreSQL prints a uuid, lower-case and canonical, as the API writes them.
    static func decode(_ row: PostgresRow) throws -> StoredOrganisation {
        let id = try row.decode(String.self, "id")
        let authorityID = try row.decode(String.self, "authority_id")
        let kind = try row.decode(String.self, "kind")
        let legalName = try row.decode(String.self, "legal_name")
        let registrationNumber = try row.decode(String?.self, "registration_number")
        let country = try row.decode(String.self, "country")
        let municipality = try row.decode(String?.self, "municipality")
        let address = try row.decode(String?.self, "address")
        let website = try row.decode(String?.self, "website")
        let languages = try row.decode([String].self, "languages")
        let keywords = try row.decode([String].self, "keywords")
        let description = try row.decode(String?.self, "description")
        let size = try row.decode(String?.self, "size_class")
        let sectors = try row.decode([String].self, "sectors")
        let staffHeadcount = try row.decode(Int?.self, "staff_headcount")
        let annualTurnover = try row.decode(Int64?.self, "annual_turnover_eur")
        let balanceSheetTotal = try row.decode(Int64?.self, "balance_sheet_total_eur")
        let partnerRole = try row.decode(String?.self, "partner_role")
        let externalRef = try row.decode(String?.self, "external_ref")
        let version = try row.decode(Int.self, "version")
        let dto = Components.Schemas.Organisation(
            id: id,
            authorityId: authorityID,
            kind: Components.Schemas.OrganisationKind(rawValue: kind) ?? .other,
            legalName: legalName,
            registrationNumber: registrationNumber,
            country: country,
            municipality: municipality,
            address: address,
            website: website,
            languages: languages,
            keywords: keywords,
            description: description,
            sizeClass: size.flatMap(Components.Schemas.SizeClass.init(rawValue:)),
            sectors: sectors,
            staffHeadcount: staffHeadcount,
            annualTurnoverEur: annualTurnover,
            balanceSheetTotalEur: balanceSheetTotal,
            partnerRole: partnerRole.flatMap(Components.Schemas.PartnerRole.init(rawValue:)),
            externalRef: externalRef,
            isPartner: partnerRole != nil,
            createdAt: try row.decode(Date.self, "created_at"),
            updatedAt: try row.decode(Date.self, "updated_at")
        )
        return StoredOrganisation(dto: dto, version: version)
    }

    /// The size class stored for a new organisation: derived from the figures when they allow it.
    static func sizeClass(_ given: Components.Schemas.SizeClass?, staff: Int?, turnover: Int64?, balance: Int64?) -> String? {
        (EnterpriseSize.classify(staffHeadcount: staff, annualTurnoverEUR: turnover, balanceSheetTotalEUR: balance) ?? given)?.rawValue
    }
}

/// The fields of an organisation's JSON in the generated encoder's order: the column each is read
/// from, its key encoded once, and how the column's text becomes the value.
enum OrganisationJSON {
    enum Form {
        case text(required: Bool)
        case integer
        case strings
        case date
        case kind
        case sizeClass
        case partnerRole
        /// `is_partner`, read from `partner_role`.
        case isPartner
    }

    struct Field: Sendable {
        let column: String
        let key: JSONStreamWriter.EncodedKey
        let form: Form

        init(_ column: String, _ key: Components.Schemas.Organisation.CodingKeys, _ form: Form) {
            self.column = column
            self.key = JSONStreamWriter.EncodedKey(key.rawValue)
            self.form = form
        }
    }

    /// The enumerations' values as UTF-8, to tell the column's text known or not without a String.
    static let kinds = Components.Schemas.OrganisationKind.allCases.map { Array($0.rawValue.utf8) }
    static let sizeClasses = Components.Schemas.SizeClass.allCases.map { Array($0.rawValue.utf8) }
    static let partnerRoles = Components.Schemas.PartnerRole.allCases.map { Array($0.rawValue.utf8) }

    static let fields: [Field] = [
        Field("id", .id, .text(required: true)),
        Field("authority_id", .authorityId, .text(required: true)),
        Field("kind", .kind, .kind),
        Field("legal_name", .legalName, .text(required: true)),
        Field("registration_number", .registrationNumber, .text(required: false)),
        Field("country", .country, .text(required: true)),
        Field("municipality", .municipality, .text(required: false)),
        Field("address", .address, .text(required: false)),
        Field("website", .website, .text(required: false)),
        Field("languages", .languages, .strings),
        Field("keywords", .keywords, .strings),
        Field("description", .description, .text(required: false)),
        Field("size_class", .sizeClass, .sizeClass),
        Field("sectors", .sectors, .strings),
        Field("staff_headcount", .staffHeadcount, .integer),
        Field("annual_turnover_eur", .annualTurnoverEur, .integer),
        Field("balance_sheet_total_eur", .balanceSheetTotalEur, .integer),
        Field("partner_role", .partnerRole, .partnerRole),
        Field("external_ref", .externalRef, .text(required: false)),
        Field("partner_role", .isPartner, .isPartner),
        Field("created_at", .createdAt, .date),
        Field("updated_at", .updatedAt, .date),
    ]
}
