import Testing
@testable import GXReport

/// A row's ordinal (used to hash it) is its position among all rows.
@Test func applicationRowOrdinalIsItsCasePosition() {
    #expect(ApplicationRow.allCases.map(\.ordinal) == Array(ApplicationRow.allCases.indices))
    #expect(Set(ApplicationRow.allCases).count == ApplicationRow.allCases.count)
    #expect(Set(ApplicationRow.rows2019) != Set(ApplicationRow.rows2021))
}
