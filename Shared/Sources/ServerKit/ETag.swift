/// Strong entity tags from a row's version counter, and `If-Match` evaluation (RFC 9110 §13.1.1).
public enum ETag {
    public static func make(version: Int) -> String { "\"\(version)\"" }

    /// The version an `If-Match` header names. `*` matches any; a weak tag never matches (strong comparison).
    /// - Returns: nil for `*`; throws 428 when the header is missing (lost updates are refused, RFC 6585)
    ///   and 412 when it names no version we could have issued.
    public static func expectedVersion(ifMatch: String?) throws -> Int? {
        guard let ifMatch else {
            throw Problem(
                status: .preconditionRequired, type: Problem.typePrefix + "if-match-required",
                detail: "Send If-Match with the ETag of the version you are changing."
            )
        }
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
