import Testing
@testable import IntervisionCore

@Suite("Calendar dates")
struct CivilDateTests {
    @Test("3 calendar months later clamps to the last day of the month", arguments: [
        ("2026-01-31", "2026-04-30"),
        ("2026-01-30", "2026-04-30"),
        ("2026-01-15", "2026-04-15"),
        ("2026-11-30", "2027-02-28"),
        ("2023-11-30", "2024-02-29"),  // leap year
        ("2023-11-29", "2024-02-29"),
        ("2024-02-29", "2024-05-29"),
        ("2026-10-31", "2027-01-31"),  // across the turn of the year
        ("2026-12-31", "2027-03-31"),
    ])
    func threeMonths(from: String, expected: String) {
        #expect(d(from).adding(months: 3) == d(expected))
    }

    @Test func yearsFromLeapDay() {
        #expect(d("2024-02-29").adding(years: 1) == d("2025-02-28"))
        #expect(d("2024-02-29").adding(years: 4) == d("2028-02-29"))
    }

    @Test func dayNumbersRoundTrip() {
        #expect(d("1970-01-01").dayNumber == 0)
        #expect(d("2000-03-01").dayNumber == 11017)
        for n in stride(from: -1000, through: 40000, by: 37) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
        #expect(d("2024-02-28").adding(days: 1) == d("2024-02-29"))
        #expect(d("2025-02-28").adding(days: 1) == d("2025-03-01"))
        #expect(d("2026-01-01").days(until: d("2026-12-31")) == 364)
    }

    @Test func weekday() {
        #expect(d("2026-11-22").isoWeekday == 7)  // a Sunday
        #expect(d("2026-11-23").isoWeekday == 1)
    }

    @Test func impossibleDatesDoNotExist() {
        #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
    }

    @Test("ISO and Dutch input", arguments: [
        ("2026-03-31", "2026-03-31"), ("31-03-2026", "2026-03-31"), ("31-3-2026", "2026-03-31"),
        ("1-3-26", "2026-03-01"), ("31/03/2026", "2026-03-31"), ("31.03.2026", "2026-03-31"),
        (" 2026-3-1 ", "2026-03-01"),
    ])
    func parses(input: String, iso: String) throws {
        let date = try CivilDate.parse(input).get()
        #expect(date.iso == iso)
    }

    @Test func refusalsSayWhy() {
        #expect(CivilDate.parse("") == .failure(.empty))
        #expect(CivilDate.parse("morgen") == .failure(.notADate("morgen")))
        #expect(CivilDate.parse("2026-02-30") == .failure(.doesNotExist("2026-02-30", daysInMonth: 28)))
        #expect(CivilDate.parse("31-04-2026") == .failure(.doesNotExist("31-04-2026", daysInMonth: 30)))
        #expect(CivilDate.parse("2026-13-01") == .failure(.doesNotExist("2026-13-01", daysInMonth: nil)))
        #expect(CivilDate.parse("2026-1-1-1") == .failure(.notADate("2026-1-1-1")))
        #expect(CivilDate.parse("123-4-5") == .failure(.notADate("123-4-5")))
        if case .failure(let error) = CivilDate.parse("30-02-2026") {
            #expect(error.message.nl.contains("28 dagen"))
            #expect(error.message.en.contains("28 days"))
        }
    }

    @Test func formats() {
        let date = d("2026-03-05")
        #expect(date.iso == "2026-03-05")
        #expect(date.dutch == "05-03-2026")
        #expect(date.dutchShort == "05-03-26")
        #expect(date.compact == "20260305")
    }
}

@Suite("BIG numbers")
struct BIGNumberTests {
    @Test func padsNineAndTenDigits() {
        #expect(BIGNumber("123456789")?.digits == "00123456789")
        #expect(BIGNumber("1234567890")?.digits == "01234567890")
        #expect(BIGNumber("12345678901")?.digits == "12345678901")
        #expect(BIGNumber("1234 5678 901")?.digits == "12345678901")
    }

    @Test func refusesWithAReason() {
        #expect(BIGNumber.parse("12345678") == .failure(.wrongLength("12345678", count: 8)))
        #expect(BIGNumber.parse("123456789012") == .failure(.wrongLength("123456789012", count: 12)))
        #expect(BIGNumber.parse("1234567890A") == .failure(.notDigits("1234567890A")))
        #expect(BIGNumber.parse("") == .failure(.notDigits("")))
    }

    @Test func neverRefusedOnAChecksum() {
        // Any 11 digits are accepted: there is no official checksum.
        for digits in ["00000000000", "99999999999", "12345678901", "19876543210"] {
            #expect(BIGNumber(digits) != nil)
        }
    }
}
