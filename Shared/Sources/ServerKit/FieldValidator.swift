import Foundation
import Shared

/// Collects every invalid field of a request, then throws one 422 problem naming them all.
/// The generated code checks types, enums and required fields; this checks what it does not:
/// lengths, patterns, ranges and reference data.
public struct FieldValidator {
    public private(set) var errors: [Problem.FieldError] = []

    public init() {}

    public mutating func check(_ condition: Bool, _ field: String, _ message: String) {
        if !condition { errors.append(.init(field: field, message: message)) }
    }

    /// A text that, when present, is within bounds after trimming and has no control characters.
    public mutating func text(_ value: String?, _ field: String, maxLength: Int, minLength: Int = 1) {
        guard let value else { return }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count < minLength {
            errors.append(.init(field: field, message: "must not be empty"))
        } else if value.unicodeScalars.count > maxLength {
            // PostgreSQL's length() counts code points, so decomposed text is measured the same way.
            errors.append(.init(field: field, message: "must be at most \(maxLength) characters"))
        } else if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
            errors.append(.init(field: field, message: "must not contain control characters"))
        }
    }

    /// An ISO 3166-1 alpha-2 code that is assigned.
    public mutating func country(_ value: String?, _ field: String) {
        guard let value else { return }
        check(CountryCodes.isAssigned(value), field, "must be an ISO 3166-1 alpha-2 country code such as PL")
    }

    /// ISO 639-1 codes, without duplicates.
    public mutating func languages(_ values: [String]?, _ field: String, maxCount: Int = 20) {
        guard let values else { return }
        check(values.count <= maxCount, field, "must hold at most \(maxCount) languages")
        for (index, value) in values.enumerated() where !LanguageCodes.isAssigned(value) {
            errors.append(.init(field: "\(field)/\(index)", message: "must be an ISO 639-1 language code such as pl"))
        }
        check(Set(values).count == values.count, field, "must not repeat a language")
    }

    /// Keywords: at most `maxCount`, each a short non-empty text.
    public mutating func keywords(_ values: [String]?, _ field: String, maxCount: Int = 50, maxLength: Int = 100) {
        guard let values else { return }
        check(values.count <= maxCount, field, "must hold at most \(maxCount) keywords")
        for (index, value) in values.enumerated() { text(value, "\(field)/\(index)", maxLength: maxLength) }
    }

    /// An absolute http(s) URL.
    public mutating func webURL(_ value: String?, _ field: String, maxLength: Int = 500) {
        guard let value else { return }
        guard value.count <= maxLength, let url = URL(string: value), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else {
            errors.append(.init(field: field, message: "must be an http or https URL"))
            return
        }
    }

    /// An integer within bounds.
    public mutating func range(_ value: Int?, _ field: String, _ bounds: ClosedRange<Int>) {
        guard let value else { return }
        check(bounds.contains(value), field, "must be between \(bounds.lowerBound) and \(bounds.upperBound)")
    }

    /// Throws the 422 problem if anything was invalid.
    public func validate() throws {
        if !errors.isEmpty { throw Problem.validation(errors) }
    }
}
