public import Foundation
public import Shared

/// Helpers for the data-subject endpoints every service offers to contacts-service.
public enum DataSubjects {
    /// The subjects of a request, checked: up to 20 non-empty ids without control characters (none
    /// for a contact person who never signed in; the services then hold nothing about them).
    public static func subjects(_ values: [String], field: String = "/subjects") throws -> [String] {
        var validator = FieldValidator()
        validator.check(values.count <= 20, field, "must name at most 20 subjects")
        for (index, value) in values.enumerated() { validator.text(value, "\(field)/\(index)", maxLength: 200) }
        try validator.validate()
        return values
    }

    /// One record of an export: its kind, id and fields as text (dates in RFC 3339, UTC).
    public static func record(_ kind: String, id: UUID, _ fields: [String: String?]) -> Components.Schemas.SubjectRecord {
        Components.Schemas.SubjectRecord(
            kind: kind, id: id.uuidString.lowercased(), fields: .init(additionalProperties: fields.compactMapValues { $0 })
        )
    }

    public static func text(_ date: Date?) -> String? {
        date.map { $0.formatted(.iso8601) }
    }
}
