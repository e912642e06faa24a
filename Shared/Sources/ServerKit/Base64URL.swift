/// Base64url without padding (RFC 4648 §5), the alphabet of cursors and JWT segments, on bytes.
///
/// Foundation's base64 plus three `replacingOccurrences` passes cost 4 % of a search's CPU for its
/// one cursor (docs/performance.md); this is one pass each way and allocates only the result.
public enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// The value of each byte of the alphabet; 0xFF for every other byte.
    private static let values: [UInt8] = {
        var values = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in alphabet.enumerated() { values[Int(byte)] = UInt8(index) }
        return values
    }()

    /// `bytes` as unpadded base64url text.
    public static func encode(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index + 3 <= bytes.count {
            let group = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            text.append(alphabet[Int(group >> 18 & 63)])
            text.append(alphabet[Int(group >> 12 & 63)])
            text.append(alphabet[Int(group >> 6 & 63)])
            text.append(alphabet[Int(group & 63)])
            index += 3
        }
        switch bytes.count - index {
        case 1:
            let group = UInt32(bytes[index]) << 16
            text.append(alphabet[Int(group >> 18 & 63)])
            text.append(alphabet[Int(group >> 12 & 63)])
        case 2:
            let group = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8
            text.append(alphabet[Int(group >> 18 & 63)])
            text.append(alphabet[Int(group >> 12 & 63)])
            text.append(alphabet[Int(group >> 6 & 63)])
        default:
            break
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes of unpadded base64url `text`; nil for any other byte (`+`, `/`, `=`, spaces), an
    /// impossible length, or unused low bits that are not zero (so each value has one spelling).
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        var utf8 = Array(text.utf8)
        guard utf8.count % 4 != 1 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count * 3 / 4)
        for position in utf8.indices {
            let value = values[Int(utf8[position])]
            guard value != 0xFF else { return nil }
            utf8[position] = value
        }
        var index = 0
        while index + 4 <= utf8.count {
            let group = UInt32(utf8[index]) << 18 | UInt32(utf8[index + 1]) << 12 | UInt32(utf8[index + 2]) << 6 | UInt32(utf8[index + 3])
            bytes.append(UInt8(group >> 16 & 0xFF))
            bytes.append(UInt8(group >> 8 & 0xFF))
            bytes.append(UInt8(group & 0xFF))
            index += 4
        }
        switch utf8.count - index {
        case 2:
            guard utf8[index + 1] & 0x0F == 0 else { return nil }
            bytes.append(utf8[index] << 2 | utf8[index + 1] >> 4)
        case 3:
            guard utf8[index + 2] & 0x03 == 0 else { return nil }
            bytes.append(utf8[index] << 2 | utf8[index + 1] >> 4)
            bytes.append((utf8[index + 1] & 0x0F) << 4 | utf8[index + 2] >> 2)
        default:
            break
        }
        return bytes
    }
}
