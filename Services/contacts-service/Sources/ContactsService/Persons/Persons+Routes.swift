import Foundation
import ServerKit
import Shared

/// Contact persons: created and changed by the authority's staff; read by whoever the GDPR rules
/// of Shared allow, field by field, for the purpose of the request; every read that answers a
/// personal field is written to the access log.
extension ContactsAPI {
    func listContactPersons(_ input: Operations.ListContactPersons.Input) async throws -> Operations.ListContactPersons.Output {
        let identity = try RequestScope.requireIdentity()
        let organisation = try PathID.parse(input.path.organisationId, field: "organisationId")
        let purpose = try Self.purpose(input.query.purpose, for: identity)
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        guard let result = try await persons.list(organisation: organisation, authority: identity.authorityID, purpose: purpose, page: page) else {
            throw Problem.notFound("The organisation")
        }
        let grants = try await readingGrants(for: result.items.map(\.id), identity: identity, purpose: purpose)
        let shown = result.items.map { Self.present($0, to: identity, purpose: purpose, readingGrant: grants[$0.id]) }
        try await persons.logAccess(shown.compactMap(\.access), authority: identity.authorityID)
        return .ok(.init(body: .json(.init(items: shown.map(\.dto), nextCursor: result.nextCursor))))
    }

    func createContactPerson(_ input: Operations.CreateContactPerson.Input) async throws -> Operations.CreateContactPerson.Output {
        let identity = try RequestScope.requireIdentity()
        let organisation = try PathID.parse(input.path.organisationId, field: "organisationId")
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the contact person as JSON.") }
        try Self.validate(
            Components.Schemas.ContactPersonUpdate(
                givenName: body.givenName, familyName: body.familyName, position: body.position, email: body.email, phone: body.phone,
                languages: body.languages, notes: body.notes
            ),
            externalRef: body.externalRef
        )
        let id = UUID.v7()
        let access = Self.access(.create, person: id, identity: identity, purpose: .directoryManagement, fields: Self.personalFields(of: body))
        guard let stored = try await persons.create(body, organisation: organisation, id: id, authority: identity.authorityID, access: access) else {
            throw Problem.notFound("The organisation")
        }
        let shown = Self.present(stored, to: identity, purpose: .directoryManagement)
        return .created(
            .init(
                headers: .init(eTag: ETag.make(version: stored.version), location: "/v1/contacts/persons/\(shown.dto.id)"),
                body: .json(shown.dto)
            )
        )
    }

    func getContactPerson(_ input: Operations.GetContactPerson.Input) async throws -> Operations.GetContactPerson.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.personId, field: "personId")
        let purpose = try Self.purpose(input.query.purpose, for: identity)
        guard let stored = try await persons.get(id: id, authority: identity.authorityID, purpose: purpose) else {
            throw Problem.notFound("The contact person")
        }
        let grants = try await readingGrants(for: [stored.id], identity: identity, purpose: purpose)
        let shown = Self.present(stored, to: identity, purpose: purpose, readingGrant: grants[stored.id])
        if let access = shown.access { try await persons.logAccess([access], authority: identity.authorityID) }
        return .ok(.init(headers: .init(eTag: ETag.make(version: stored.version)), body: .json(shown.dto)))
    }

    func updateContactPerson(_ input: Operations.UpdateContactPerson.Input) async throws -> Operations.UpdateContactPerson.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.personId, field: "personId")
        let expected = try ETag.expectedVersion(ifMatch: input.headers.ifMatch)
        guard case .json(let changes) = input.body else { throw Problem.badRequest("Send the changes as JSON.") }
        try Self.validate(changes, externalRef: nil)
        let fields = [
            ("given_name", changes.givenName != nil), ("family_name", changes.familyName != nil), ("email", changes.email != nil),
            ("phone", changes.phone != nil), ("languages", changes.languages != nil), ("notes", changes.notes != nil),
        ].filter(\.1).map(\.0)
        let access = Self.access(.update, person: id, identity: identity, purpose: .directoryManagement, fields: fields)
        guard let stored = try await persons.update(
            id: id, authority: identity.authorityID, expectedVersion: expected, changes: changes, purpose: .directoryManagement, access: access
        ) else {
            throw Problem.notFound("The contact person")
        }
        let shown = Self.present(stored, to: identity, purpose: .directoryManagement)
        return .ok(.init(headers: .init(eTag: ETag.make(version: stored.version)), body: .json(shown.dto)))
    }

    // MARK: - The GDPR rules applied to an answer

    enum AccessAction: String {
        case read, create, update, reveal, export, erase
    }

    /// For an SME reading for partner matching: the time-limited or long-term grants it holds for these persons.
    func readingGrants(for people: [UUID], identity: Identity, purpose: ProcessingPurpose) async throws -> [UUID: UUID] {
        guard purpose == .partnerMatching, identity.roles.contains(Role.sme.rawValue), let sme = identity.organisationID else { return [:] }
        return try await persons.readingGrants(persons: people, sme: sme, authority: identity.authorityID)
    }

    /// Presents a person read outside a reveal: a reading grant covers it when there is one.
    static func present(
        _ person: StoredPerson, to identity: Identity, purpose: ProcessingPurpose, readingGrant: UUID?
    ) -> (dto: Components.Schemas.ContactPerson, access: PersonalDataAccessEntry?) {
        var shown = present(person, to: identity, purpose: purpose, grant: readingGrant == nil ? .none : .covering(active: true))
        shown.access?.grantID = readingGrant
        return shown
    }

    /// The purpose of a read: the one asked for, or the role's usual one.
    static func purpose(_ asked: Components.Schemas.ProcessingPurpose?, for identity: Identity) throws -> ProcessingPurpose {
        if let asked {
            guard let purpose = ProcessingPurpose(rawValue: asked.rawValue) else {
                throw Problem.badRequest("Unknown purpose.", errors: [.init(field: "purpose", message: "is not a processing purpose")])
            }
            return purpose
        }
        let roles = identity.roles
        if roles.contains(Role.authorityAdmin.rawValue) || roles.contains(Role.partnershipOfficer.rawValue) { return .directoryManagement }
        if roles.contains(Role.dataProtectionOfficer.rawValue) { return .dataSubjectRights }
        if roles.contains(Role.sme.rawValue) { return .partnerMatching }
        if roles.contains(Role.broker.rawValue) { return .eventOrganisation }
        return .directoryManagement
    }

    /// The person as this caller may see it for this purpose, and the access to log if any
    /// personal field is answered.
    /// - Parameters:
    ///   - grant: whether an access grant covers the person for this caller (a reveal); reads
    ///     outside a reveal have none. For a neighbour: the sharing agreement.
    ///   - actingFor: `.neighbour` when the caller reads another authority's person under a
    ///     sharing agreement; the owner's own reference (`external_ref`) is then left out too.
    static func present(
        _ person: StoredPerson, to identity: Identity, purpose: ProcessingPurpose, grant: GrantCoverage = .none,
        actingFor: ActingAuthority = .owner
    ) -> (dto: Components.Schemas.ContactPerson, access: PersonalDataAccessEntry?) {
        let context = DisclosureContext(
            roles: Set(identity.roles.compactMap(Role.init(rawValue:))), purpose: purpose, consent: person.consent, grant: grant,
            actingFor: actingFor
        )
        let plan = redactionPlan(in: context)
        func shown<Value>(_ field: PersonalField, _ value: Value?) -> Value? { plan[field]?.isRevealed == true ? value : nil }
        var redacted: [Components.Schemas.RedactedField] = []
        var revealed: [String] = []
        let values: [(PersonalField, Bool)] = [
            (.givenName, person.givenName != nil), (.familyName, person.familyName != nil), (.email, person.email != nil),
            (.phone, person.phone != nil), (.languages, !person.languages.isEmpty), (.notes, person.notes != nil),
        ]
        for (field, present) in values where present {
            switch plan[field] ?? .redact(reason: .roleNotPermitted) {
            case .reveal:
                revealed.append(field.rawValue)
            case .redact(let reason):
                redacted.append(.init(field: field.rawValue, reason: .init(rawValue: reason.rawValue) ?? .roleNotPermitted))
            }
        }
        let dto = Components.Schemas.ContactPerson(
            id: person.id.uuidString.lowercased(),
            organisationId: person.organisationID.uuidString.lowercased(),
            externalRef: actingFor == .owner ? person.externalRef : nil,
            givenName: shown(.givenName, person.givenName),
            familyName: shown(.familyName, person.familyName),
            position: person.position,
            email: shown(.email, person.email),
            phone: shown(.phone, person.phone),
            languages: shown(.languages, person.languages.isEmpty ? nil : person.languages),
            notes: shown(.notes, person.notes),
            anonymised: person.anonymisedAt != nil,
            purpose: Components.Schemas.ProcessingPurpose(rawValue: purpose.rawValue) ?? .directoryManagement,
            redacted: redacted,
            createdAt: person.createdAt,
            updatedAt: person.updatedAt
        )
        let access = revealed.isEmpty ? nil : Self.access(.read, person: person.id, identity: identity, purpose: purpose, fields: revealed)
        return (dto, access)
    }

    static func access(_ action: AccessAction, person: UUID, identity: Identity, purpose: ProcessingPurpose, fields: [String]) -> PersonalDataAccessEntry {
        PersonalDataAccessEntry(
            personID: person, actor: identity.subject, actorRoles: identity.roles.sorted(), purpose: purpose, action: action.rawValue,
            fields: fields, grantID: nil
        )
    }

    static func personalFields(of body: Components.Schemas.ContactPersonCreate) -> [String] {
        [
            ("given_name", true), ("family_name", true), ("email", body.email != nil), ("phone", body.phone != nil),
            ("languages", body.languages != nil), ("notes", body.notes != nil),
        ].filter(\.1).map(\.0)
    }

    static func validate(_ body: Components.Schemas.ContactPersonUpdate, externalRef: String?) throws {
        var validator = FieldValidator()
        validator.text(body.givenName, "/given_name", maxLength: 200)
        validator.text(body.familyName, "/family_name", maxLength: 200)
        validator.text(body.position, "/position", maxLength: 200, minLength: 0)
        validator.email(body.email, "/email")
        validator.phone(body.phone, "/phone")
        validator.languages(body.languages, "/languages")
        validator.text(body.notes, "/notes", maxLength: 5000, minLength: 0)
        validator.text(externalRef, "/external_ref", maxLength: 100)
        try validator.validate()
    }
}

extension FieldValidator {
    /// An e-mail address: one `@`, a dotted domain, no spaces (deliverability is not checked).
    mutating func email(_ value: String?, _ field: String) {
        guard let value else { return }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        let valid = value.count <= 320 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !value.contains(where: { $0.isWhitespace || $0.isNewline })
        check(valid, field, "must be an e-mail address such as jana.novakova@example.cz")
    }

    /// A phone number in international form: `+`, the country code, then digits (spaces allowed).
    mutating func phone(_ value: String?, _ field: String) {
        guard let value else { return }
        let digits = value.dropFirst().filter { $0 != " " }
        let valid = value.hasPrefix("+") && (8...15).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber } && digits.first != "0"
        check(valid, field, "must be an international number such as +420 485 111 222")
    }
}

/// Removing: a person is erased in place (the proof of consent and the access log stay), an
/// organisation is deleted only when nothing refers to it.
extension ContactsAPI {
    func deleteContactPerson(_ input: Operations.DeleteContactPerson.Input) async throws -> Operations.DeleteContactPerson.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.personId, field: "personId")
        let access = Self.access(.erase, person: id, identity: identity, purpose: .directoryManagement, fields: PersonalField.allCases.map(\.rawValue))
        let found = try await persons.erase(id: id, by: identity.subject, authority: identity.authorityID, access: access)
        guard found else { throw Problem.notFound("The contact person") }
        return .noContent(.init())
    }

    func deleteOrganisation(_ input: Operations.DeleteOrganisation.Input) async throws -> Operations.DeleteOrganisation.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.organisationId, field: "organisationId")
        let outcome = try await organisations.delete(id: id, authority: identity.authorityID)
        switch outcome {
        case .removed: return .noContent(.init())
        case .missing: throw Problem.notFound("The organisation")
        case .referenced(let reason): throw Problem.conflict("The organisation cannot be removed. \(reason)")
        }
    }
}
