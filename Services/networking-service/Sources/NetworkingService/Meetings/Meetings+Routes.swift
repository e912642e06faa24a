import Foundation
import ServerKit
import Shared

/// The meetings: schedule, read, and list a period in chronological order.
extension NetworkingAPI {
    func listMeetings(_ input: Operations.ListMeetings.Input) async throws -> Operations.ListMeetings.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        let from = try input.query.from.map { try CalendarDay.parse($0, parameter: "from") }
        let to = try input.query.to.map { try CalendarDay.parse($0, parameter: "to") }
        if let from, let to, from.start > to.start {
            throw Problem.badRequest(
                "The period ends before it starts.", errors: [.init(field: "to", message: "must not be before from")]
            )
        }
        let query = MeetingQuery(startsFrom: from?.start, startsBefore: to?.nextDayStart, page: page)
        let result = try await meetings.list(query, authority: identity.authorityID)
        return .ok(.init(body: .json(.init(items: result.items.map(\.dto), nextCursor: result.nextCursor))))
    }

    func createMeeting(_ input: Operations.CreateMeeting.Input) async throws -> Operations.CreateMeeting.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the meeting as JSON.") }
        try Self.validate(body)
        let stored = try await meetings.create(body, id: UUID.v7(), authority: identity.authorityID)
        return .created(
            .init(
                headers: .init(eTag: ETag.make(version: stored.version), location: "/v1/networking/meetings/\(stored.dto.id)"),
                body: .json(stored.dto)
            )
        )
    }

    func getMeeting(_ input: Operations.GetMeeting.Input) async throws -> Operations.GetMeeting.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.meetingId, field: "meetingId")
        guard let stored = try await meetings.get(id: id, authority: identity.authorityID) else {
            throw Problem.notFound("The meeting")
        }
        return .ok(.init(headers: .init(eTag: ETag.make(version: stored.version)), body: .json(stored.dto)))
    }

    /// Times a meeting may have: what `timestamptz` and the cursors' text round-trip without surprises.
    static let plausibleTimes = Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 253_402_300_799)  // 1970 ... 9999-12-31T23:59:59Z

    static func validate(_ body: Components.Schemas.MeetingCreate) throws {
        var validator = FieldValidator()
        validator.text(body.title, "/title", maxLength: 200)
        validator.text(body.topic, "/topic", maxLength: 200)
        validator.text(body.description, "/description", maxLength: 5000)
        validator.text(body.location, "/location", maxLength: 300)
        validator.check(plausibleTimes.contains(body.startsAt), "/starts_at", "must be between the years 1970 and 9999")
        validator.check(plausibleTimes.contains(body.endsAt), "/ends_at", "must be between the years 1970 and 9999")
        validator.check(body.endsAt > body.startsAt, "/ends_at", "must be after /starts_at")
        validator.range(body.capacity, "/capacity", 1...10_000)
        try validator.validate()
    }
}

/// A calendar day of a period parameter (`YYYY-MM-DD`). Days are UTC days: a meeting belongs to
/// the day on which it starts in UTC.
struct CalendarDay: Equatable {
    /// Midnight UTC at the start of the day.
    let start: Date
    /// Midnight UTC at the start of the next day (the period's exclusive end).
    let nextDayStart: Date

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Parses a strict `YYYY-MM-DD` of an existing day; anything else is a 400 naming the parameter.
    static func parse(_ text: String, parameter: String) throws -> CalendarDay {
        let invalid = Problem.badRequest(
            "\(parameter) is not a date.", errors: [.init(field: parameter, message: "must be a date as YYYY-MM-DD, such as 2026-10-01")]
        )
        let bytes = Array(text.utf8)
        let digitPositions = [0, 1, 2, 3, 5, 6, 8, 9]
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            digitPositions.allSatisfy({ (48...57).contains(bytes[$0]) })
        else { throw invalid }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 48) } }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        // Meetings start in 1970 or later (see `plausibleTimes`), and Foundation's calendar is Julian before 1582.
        guard year >= 1970 else {
            throw Problem.badRequest("\(parameter) is too early.", errors: [.init(field: parameter, message: "must be 1970-01-01 or later")])
        }
        // The calendar rolls 2026-02-30 over to March; a day that does not exist must not round-trip.
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.dateComponents([.year, .month, .day], from: start) == DateComponents(year: year, month: month, day: day),
            let next = calendar.date(byAdding: .day, value: 1, to: start)
        else { throw invalid }
        return CalendarDay(start: start, nextDayStart: next)
    }
}
