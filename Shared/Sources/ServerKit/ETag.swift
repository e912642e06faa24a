/// Strong entity tags from a row's version counter, and `If-Match` evaluation (RFC 9110 §13.1.1).
public enum ETag {
    public static func make(version: Int) -> String { "\"\(version)\"" }

    /// The version an `If-Match` header names. `*` matches any; a weak tag never matches (strong comparison).
    /// - Returns: nil for `*`; throws 412 when the header names no version we could have issued.
    public static func expectedVersion(ifMatch: String) throws -> Int? {
        let trimmed = ifMatch.trimmingCharacters(in: .whitespaces)
        if trimmed == "*" { return nil }
        for candidate in trimmed.split(separator: ",") {
            let tag = candidate.trimmingCharacters(in: .whitespaces)
            guard tag.hasPrefix("\""), tag.hasSuffix("\""), tag.count >= 3, let version = Int(tag.dropFirst().dropLast()) else { continue }
            return version
        }
        throw Problem.preconditionFailed()
    }
}

import Foundation
