import Foundation

extension UUID {
    /// A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Time-ordered ids keep
    /// B-tree inserts at the right edge of the index instead of scattering them.
    public static func v7(now: Date = Date()) -> UUID {
        let milliseconds = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255) }
        for index in 0..<6 { bytes[index] = UInt8((milliseconds >> (8 * (5 - UInt64(index)))) & 0xFF) }
        bytes[6] = (bytes[6] & 0x0F) | 0x70  // version 7
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 9562 variant
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}

/// Path and body identifiers are UUIDs on the wire; anything else is a 400 naming the field.
public enum PathID {
    public static func parse(_ text: String, field: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else {
            throw Problem.badRequest("\(field) is not a UUID.", errors: [.init(field: field, message: "must be a UUID")])
        }
        return id
    }
}
