/// The personal fields of a partner's contact person (GDPR Art. 4(1)).
///
/// Raw values equal the JSON field names of the contact-person resource, so
/// `PersonalField(rawValue: "email")` maps a JSON key to its field.
/// `position` is absent on purpose: a job title alone does not identify a
/// person and is searchable at organisation level.
public enum PersonalField: String, CaseIterable, Sendable, Codable {
    case givenName = "given_name"
    case familyName = "family_name"
    case email
    case phone
    /// Languages the person speaks.
    case languages
    /// Free-text notes of the authority about the person.
    case notes
}

/// Every JSON field of the contact-person resource.
public enum ContactPersonField: String, CaseIterable, Sendable, Codable {
    case id
    case organisationId = "organisation_id"
    case givenName = "given_name"
    case familyName = "family_name"
    case position
    case email
    case phone
    case languages
    case notes
    case createdAt = "created_at"
    case updatedAt = "updated_at"

    /// The personal field this JSON field carries, or `nil` for technical or
    /// organisation-level fields.
    public var personalField: PersonalField? {
        PersonalField(rawValue: rawValue)
    }

    /// Whether the field holds personal data and is subject to redaction.
    public var isPersonal: Bool {
        personalField != nil
    }
}

/// Whether a JSON field name of a contact person holds personal data.
///
/// Unknown names are treated as personal: a field added later must be
/// redacted until it has been classified (data protection by default,
/// Art. 25(2)).
public func isPersonal(fieldName: String) -> Bool {
    guard let field = ContactPersonField(rawValue: fieldName) else { return true }
    return field.isPersonal
}
