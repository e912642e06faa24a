import Foundation

/// Compact JSON written straight into a byte buffer, for the responses that dominate a service's
/// CPU (a page of 20 organisations is ~16 KB; Foundation's `JSONEncoder` builds a tree of boxed
/// values and dictionaries for it first, and spent 30 % of the search's CPU doing so; decision 0008).
///
/// It encodes any `Encodable` in one pass, through the type's own `encode(to:)`, so the generated
/// DTOs need no second description of their fields. It supports what Codable types do in order:
/// keyed, unkeyed and single-value containers, nested containers used before their parent goes on,
/// and `encodeNil`. What a streaming writer cannot honour (`superEncoder`, writing to a container
/// after it was closed) throws `Unsupported`; callers then fall back to `JSONEncoder`. Output matches what `JSONEncoder` with `apiConfiguration`'s options produces,
/// as JSON: the same values, keys in the order the type encodes them, `/` not escaped.
public struct StreamingJSONEncoder: Sendable {
    /// The value uses an encoding feature a one-pass writer cannot honour.
    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String
    }

    public init() {}

    /// The value as compact UTF-8 JSON.
    public func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let writer = JSONStreamWriter()
        try writer.encodeValue(value)
        if let refusal = writer.refusal { throw Unsupported(description: refusal) }
        writer.closeFrames(downTo: 0)
        return writer.bytes
    }
}

/// The state of one encoding: the output, and the containers still open (innermost last).
/// One encoding uses it, on one thread, so its properties skip the runtime's exclusivity checks
/// (a check per append cost a third of the encoding's time).
///
/// Writers that have their values as bytes already (a database row) use it directly: `open` an
/// object or array, `writeKey` or `prepareElement` before each element, `closeFrames` at the end.
public final class JSONStreamWriter {
    struct Frame {
        let id: Int
        let isObject: Bool
        var count = 0
    }

    @exclusivity(unchecked) public private(set) var bytes: [UInt8] = []
    @exclusivity(unchecked) var frames: [Frame] = []
    @exclusivity(unchecked) private var nextFrameID = 0
    /// Set when the value asked for something a one-pass writer cannot honour without a call
    /// that could throw (`superEncoder`); the encoding then fails at its end.
    @exclusivity(unchecked) var refusal: String?

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The number of containers open.
    public var depth: Int { frames.count }

    /// Opens `{` or `[` and returns the new frame's id.
    public func open(object: Bool) -> Int {
        nextFrameID += 1
        bytes.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        frames.append(Frame(id: nextFrameID, isObject: object))
        return nextFrameID
    }

    /// Closes the frames above `depth`. Always succeeds; returns true for `guard` use.
    @discardableResult
    public func closeFrames(downTo depth: Int) -> Bool {
        while frames.count > depth {
            let frame = frames.removeLast()
            bytes.append(frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }
        return true
    }

    /// Makes frame `id` the innermost open one (closing nested containers the caller has finished
    /// with) and writes the separator of its next element.
    public func prepareElement(of id: Int) throws {
        guard let index = frames.last?.id == id ? frames.count - 1 : frames.lastIndex(where: { $0.id == id }) else {
            throw StreamingJSONEncoder.Unsupported(description: "a container was written after it had been closed")
        }
        closeFrames(downTo: index + 1)
        if frames[index].count > 0 { bytes.append(UInt8(ascii: ",")) }
        frames[index].count += 1
    }

    /// Writes `"key":` into object frame `id`. Keys are not checked for repeats: a repeated key
    /// would be written twice (JSONEncoder keeps the last); Codable types, generated ones included,
    /// write each key once.
    public func writeKey(_ key: String, in id: Int) throws {
        try prepareElement(of: id)
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
    }

    /// A key encoded once, as `"key":`, for writers that write the same keys many times.
    public struct EncodedKey: Sendable {
        let bytes: [UInt8]

        public init(_ key: String) {
            let writer = JSONStreamWriter(capacity: key.utf8.count + 8)
            writer.writeString(key)
            writer.bytes.append(UInt8(ascii: ":"))
            bytes = writer.bytes
        }
    }

    /// `writeKey(_:in:)` for a key encoded already.
    public func writeKey(_ key: EncodedKey, in id: Int) throws {
        try prepareElement(of: id)
        bytes.append(contentsOf: key.bytes)
    }

    // MARK: Values

    /// Writes one value. The common leaf types are written directly (told apart by their metatype,
    /// which costs far less than a chain of dynamic casts); anything else encodes itself through an
    /// encoder whose containers write here, and whatever it opened is closed after it.
    public func encodeValue<Value: Encodable>(_ value: Value) throws {
        if Value.self == String.self {
            writeString(unsafeBitCast(value, to: String.self))
        } else if Value.self == Int.self {
            writeInteger(unsafeBitCast(value, to: Int.self))
        } else if Value.self == Date.self {
            writeDate(unsafeBitCast(value, to: Date.self))
        } else if Value.self == Bool.self {
            writeBool(unsafeBitCast(value, to: Bool.self))
        } else if Value.self == Int64.self {
            writeInteger(unsafeBitCast(value, to: Int64.self))
        } else if Value.self == Int32.self {
            writeInteger(unsafeBitCast(value, to: Int32.self))
        } else if Value.self == Double.self {
            try writeFloatingPoint(unsafeBitCast(value, to: Double.self))
        } else if Value.self == Float.self {
            try writeFloatingPoint(unsafeBitCast(value, to: Float.self))
        } else if Value.self == UInt64.self {
            writeInteger(unsafeBitCast(value, to: UInt64.self))
        } else if Value.self == UInt.self {
            writeInteger(unsafeBitCast(value, to: UInt.self))
        } else if Value.self == UInt32.self {
            writeInteger(unsafeBitCast(value, to: UInt32.self))
        } else if Value.self == Int16.self {
            writeInteger(unsafeBitCast(value, to: Int16.self))
        } else if Value.self == UInt16.self {
            writeInteger(unsafeBitCast(value, to: UInt16.self))
        } else if Value.self == Int8.self {
            writeInteger(unsafeBitCast(value, to: Int8.self))
        } else if Value.self == UInt8.self {
            writeInteger(unsafeBitCast(value, to: UInt8.self))
        } else if Value.self == Decimal.self {
            bytes.append(contentsOf: (value as! Decimal).description.utf8)
        } else if Value.self == URL.self {
            writeString((value as! URL).absoluteString)
        } else if Value.self == Data.self {
            writeString((value as! Data).base64EncodedString())
        } else {
            let depth = frames.count
            let start = bytes.count
            let encoder = StreamEncoder(writer: self, valueType: Value.self)
            try value.encode(to: encoder)
            if encoder.singleValueWritten && frames.count > depth {
                throw StreamingJSONEncoder.Unsupported(description: "a value was written beside a container")
            }
            closeFrames(downTo: depth)
            // A value that encodes nothing is an empty object, as JSONEncoder writes it.
            if bytes.count == start { bytes.append(contentsOf: Self.emptyObject) }
        }
    }

    static let trueBytes = Array("true".utf8)
    static let falseBytes = Array("false".utf8)
    static let nullBytes = Array("null".utf8)
    static let emptyObject = Array("{}".utf8)

    public func writeNull() {
        bytes.append(contentsOf: Self.nullBytes)
    }

    public func writeInteger<Number: BinaryInteger>(_ number: Number) {
        if number == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        // Digits of the magnitude, written backwards into a small stack buffer.
        var magnitude = number.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            var index = 40
            while magnitude > 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            }
            if number < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<40]))
        }
    }

    /// As JSONEncoder: the shortest text that reads back as the same number, without a trailing
    /// `.0`; NaN and the infinities have no JSON form and are refused.
    func writeFloatingPoint<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ number: Number) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: [], debugDescription: "\(number) is not a valid JSON number"))
        }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    public func writeBool(_ flag: Bool) {
        bytes.append(contentsOf: flag ? Self.trueBytes : Self.falseBytes)
    }

    /// Bytes that are already a JSON value (an integer as PostgreSQL prints it).
    public func writeRaw(_ value: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: value)
    }

    public func writeDate(_ date: Date) {
        bytes.append(UInt8(ascii: "\""))
        RFC3339Timestamp.append(date, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string: `"` and `\` escaped, control characters as short escapes or `\u00XX`,
    /// everything else as its UTF-8 bytes.
    public func writeString(_ string: String) {
        var string = string
        string.withUTF8 { writeString(utf8: $0) }
    }

    /// `writeString` for text that is UTF-8 bytes already (PostgreSQL's, in a UTF8 database).
    /// Runs without anything to escape are copied whole; they are found eight bytes at a time.
    public func writeString(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        if let base = utf8.baseAddress {
            let count = utf8.count
            var runStart = 0
            var index = 0
            while index < count {
                if index + 8 <= count, !Self.needsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = base[index]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                    runStart = index + 1
                    writeEscape(byte)
                }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes is a control character, `"` or `\` (the classic "has a
    /// byte less than n / equal to v" word tests; bytes of multi-byte characters never match).
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        return (control | ((quotes &- ones) & ~quotes & highs) | ((backslashes &- ones) & ~backslashes & highs)) != 0
    }

    private func writeEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }
}

/// The `Encoder` handed to a value's `encode(to:)`. It opens at most one container, or writes one
/// single value; asking again for the same kind of container returns the one already open.
private final class StreamEncoder: Encoder {
    let writer: JSONStreamWriter
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    @exclusivity(unchecked) private var openedFrame: (id: Int, isObject: Bool)?
    @exclusivity(unchecked) var singleValueWritten = false

    /// The type being encoded: a type that puts itself into its single value container is a
    /// primitive this writer does not know (it would recurse forever), so it is refused.
    let valueType: Any.Type

    init(writer: JSONStreamWriter, valueType: Any.Type) {
        self.writer = writer
        self.valueType = valueType
    }

    private func frame(object: Bool) -> Int {
        if let openedFrame {
            // The same container again is the one already open; a container of the other kind,
            // or one asked for after its first was closed, has no place in one-pass output.
            if openedFrame.isObject == object, writer.frames.contains(where: { $0.id == openedFrame.id }) { return openedFrame.id }
            writer.refusal = writer.refusal ?? "one value asked for two containers"
        }
        let id = writer.open(object: object)
        openedFrame = (id, object)
        return id
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(StreamKeyedContainer<Key>(writer: writer, frame: frame(object: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        StreamUnkeyedContainer(writer: writer, frame: frame(object: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        StreamSingleValueContainer(encoder: self)
    }
}

private struct StreamKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONStreamWriter
    let frame: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        try writer.writeKey(key.stringValue, in: frame)
        writer.writeNull()
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: String, forKey key: Key) throws {
        try writer.writeKey(key.stringValue, in: frame)
        writer.writeString(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        try writer.writeKey(key.stringValue, in: frame)
        writer.writeInteger(value)
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try write(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try write(value, key) }

    private func write<T: Encodable>(_ value: T, _ key: Key) throws {
        try writer.writeKey(key.stringValue, in: frame)
        try writer.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        // The protocol does not let this throw: a container that is closed already fails the encoding at its end.
        writer.attempt { try writer.writeKey(key.stringValue, in: frame) }
        return KeyedEncodingContainer(StreamKeyedContainer<NestedKey>(writer: writer, frame: writer.open(object: true)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.attempt { try writer.writeKey(key.stringValue, in: frame) }
        return StreamUnkeyedContainer(writer: writer, frame: writer.open(object: false))
    }

    mutating func superEncoder() -> any Encoder { writer.refuse("superEncoder is not supported") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { writer.refuse("superEncoder is not supported") }
}

private struct StreamUnkeyedContainer: UnkeyedEncodingContainer {
    let writer: JSONStreamWriter
    let frame: Int
    var codingPath: [any CodingKey] { [] }
    var count: Int { writer.frames.first(where: { $0.id == frame })?.count ?? 0 }

    mutating func encodeNil() throws {
        try writer.prepareElement(of: frame)
        writer.writeNull()
    }

    mutating func encode(_ value: String) throws {
        try writer.prepareElement(of: frame)
        writer.writeString(value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try writer.prepareElement(of: frame)
        try writer.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        writer.attempt { try writer.prepareElement(of: frame) }
        return KeyedEncodingContainer(StreamKeyedContainer<NestedKey>(writer: writer, frame: writer.open(object: true)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.attempt { try writer.prepareElement(of: frame) }
        return StreamUnkeyedContainer(writer: writer, frame: writer.open(object: false))
    }

    mutating func superEncoder() -> any Encoder { writer.refuse("superEncoder is not supported") }
}

private struct StreamSingleValueContainer: SingleValueEncodingContainer {
    let encoder: StreamEncoder
    var codingPath: [any CodingKey] { [] }

    private func claim() throws {
        guard !encoder.singleValueWritten else {
            throw StreamingJSONEncoder.Unsupported(description: "a single value container was written twice")
        }
        encoder.singleValueWritten = true
    }

    mutating func encodeNil() throws {
        try claim()
        encoder.writer.writeNull()
    }

    mutating func encode(_ value: String) throws {
        try claim()
        encoder.writer.writeString(value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try claim()
        guard ObjectIdentifier(T.self) != ObjectIdentifier(encoder.valueType) else {
            throw StreamingJSONEncoder.Unsupported(description: "\(T.self) is a primitive this writer does not know")
        }
        try encoder.writer.encodeValue(value)
    }
}

extension JSONStreamWriter {
    /// Runs a step that cannot throw to its caller (the nested-container methods); a failure fails
    /// the encoding at its end.
    fileprivate func attempt(_ step: () throws -> Void) {
        do { try step() } catch { refusal = refusal ?? "\(error)" }
    }

    /// Records why the encoding must fail and hands out an encoder whose every use throws.
    fileprivate func refuse(_ reason: String) -> any Encoder {
        refusal = refusal ?? reason
        return UnsupportedEncoder()
    }
}

/// Handed out by `superEncoder`: every use throws, so the caller falls back to `JSONEncoder`.
private struct UnsupportedEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(UnsupportedKeyedContainer<Key>())
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnsupportedUnkeyedContainer() }
    func singleValueContainer() -> any SingleValueEncodingContainer { UnsupportedUnkeyedContainer() }
}

private let superEncoderUnsupported = StreamingJSONEncoder.Unsupported(description: "superEncoder is not supported")

private struct UnsupportedKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var codingPath: [any CodingKey] { [] }
    mutating func encodeNil(forKey key: Key) throws { throw superEncoderUnsupported }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { throw superEncoderUnsupported }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(UnsupportedKeyedContainer<NestedKey>())
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { UnsupportedUnkeyedContainer() }
    mutating func superEncoder() -> any Encoder { UnsupportedEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { UnsupportedEncoder() }
}

private struct UnsupportedUnkeyedContainer: UnkeyedEncodingContainer, SingleValueEncodingContainer {
    var codingPath: [any CodingKey] { [] }
    var count: Int { 0 }
    mutating func encodeNil() throws { throw superEncoderUnsupported }
    mutating func encode<T: Encodable>(_ value: T) throws { throw superEncoderUnsupported }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(UnsupportedKeyedContainer<NestedKey>())
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { UnsupportedUnkeyedContainer() }
    mutating func superEncoder() -> any Encoder { UnsupportedEncoder() }
}

/// RFC 3339 date-times as the API writes them: UTC, milliseconds, `Z`
/// (`2026-11-22T07:20:39.123Z`), the text `Date.ISO8601FormatStyle(includingFractionalSeconds: true)`
/// produces, without its calendar machinery (a page of organisations has 40 dates).
public enum RFC3339Timestamp {
    /// 1583-01-01T00:00:00Z. Before it Foundation's formatter writes Julian calendar dates (the
    /// Gregorian reform of 1582); those rare dates are left to it, so both paths agree everywhere.
    static let gregorianStart: Double = -12_212_553_600

    public static func string(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func append(_ date: Date, to bytes: inout [UInt8]) {
        let interval = date.timeIntervalSince1970
        guard interval >= gregorianStart, interval < 253_402_300_800 else {
            bytes.append(contentsOf: foundationFormat.format(date).utf8)
            return
        }
        // Whole seconds, then the fraction truncated to milliseconds, as Foundation does.
        let whole = interval.rounded(.down)
        let milliseconds = min(999, Int(((interval - whole) * 1000).rounded(.down)))
        let seconds = Int(whole)
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        // Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "civil_from_days").
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)

        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            var value = value
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor))
                value %= divisor
                divisor /= 10
            }
        }
        digits(year, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(day, 2)
        bytes.append(UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay / 60 % 60, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay % 60, 2)
        bytes.append(UInt8(ascii: "."))
        digits(milliseconds, 3)
        bytes.append(UInt8(ascii: "Z"))
    }

    private static let foundationFormat = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}
