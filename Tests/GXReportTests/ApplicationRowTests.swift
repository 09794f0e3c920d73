import Testing
@testable import GXReport

/// A row's ordinal (used to hash it) is its position among all rows.
@Test func applicationRowOrdinalIsItsCasePosition() {
    #expect(ApplicationRow.allCases.map(\.ordinal) == Array(ApplicationRow.allCases.indices))
    #expect(Set(ApplicationRow.allCases).count == ApplicationRow.allCases.count)
    #expect(Set(ApplicationRow.rows2019) != Set(ApplicationRow.rows2021))
}

/// The ordinal reads the enum's one-byte case index: a payload or a 257th case would break it.
@Test func applicationRowIsStoredAsOneByte() {
    #expect(MemoryLayout<ApplicationRow>.size == 1)
}
